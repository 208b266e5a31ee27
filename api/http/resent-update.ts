import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';

const FAILED_PRECONDITION = 9;
const ATTEMPTS = 5;
const FIRST_PAUSE_MS = 50;

/**
 * An Update the server dropped before the workflow accepted it. One that arrives while the workflow
 * continues as new fails that workflow task (UnhandledCommand), and the server answers the caller
 * FAILED_PRECONDITION, "unexpected workflow task failure", without the update having run.
 */
function droppedUnaccepted(err: unknown): boolean {
  const code = (err as { code?: number })?.code ?? (err as { cause?: { code?: number } })?.cause?.code;
  return code === FAILED_PRECONDITION;
}

/** Sends an Update, and sends it again under the same id while the server drops it unaccepted; the id makes a resend run at most once. */
export async function resendingDropped<T>(send: (updateId: string) => Promise<T>): Promise<T> {
  const updateId = randomUUID();
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(updateId);
    } catch (err) {
      if (attempt === ATTEMPTS || !droppedUnaccepted(err)) throw err;
      await sleep(FIRST_PAUSE_MS * 2 ** (attempt - 1));
    }
  }
}

/** `handle.executeUpdate`, resent while the server drops it unaccepted. */
export function executeUpdate<Ret, Args extends unknown[]>(handle: WorkflowHandle, update: UpdateDefinition<Ret, Args>, ...args: Args): Promise<Ret> {
  const execute = handle.executeUpdate.bind(handle) as (def: UpdateDefinition<Ret, Args>, options: { updateId: string; args: Args }) => Promise<Ret>;
  return resendingDropped((updateId) => execute(update, { updateId, args }));
}
