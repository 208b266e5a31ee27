import { ApplicationFailure, type UpdateDefinition, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { type Client, ServiceError, WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { createDeal, dealQuery, dealWorkflowId, ownerCalendarSignal } from '../../workflows/deal/messages';
import type { RefusalDetail } from '../../workflows/deal/refusals';
import type { DealCreation, DealView, OwnerCalendar } from '../../state/deal';
import type { DealWorkflowInput, dealWorkflow } from '../../workflows/deal/workflow';
import { Problem, conflict, notFound } from '../http/problem';

/** A command the deal's workflow refused before it entered history. */
export class DealRefusal extends Error {
  constructor(readonly detail: RefusalDetail, message: string) {
    super(message);
  }
}

function translate(err: unknown, dealId: string): never {
  workflowFailure(err, `deal ${dealId}`);
}

/** A workflow's answer as the API gives it: a refusal, 404 for an unknown id, 503 when no worker answers in time. */
export function workflowFailure(err: unknown, subject: string): never {
  if (err instanceof WorkflowNotFoundError || (err as { code?: number })?.code === 5) throw notFound(subject);
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.details?.length)
    throw new DealRefusal(err.cause.details[0] as RefusalDetail, err.cause.message);
  if (err instanceof WorkflowExecutionAlreadyStartedError)
    throw conflict('deal-ended', `${subject} existed and has ended; use a new Idempotency-Key for a new deal`);
  const grpcCode = (err as { code?: number; cause?: { code?: number } })?.code ?? (err as { cause?: { code?: number } })?.cause?.code;
  if (err instanceof ServiceError || grpcCode === 9 || grpcCode === 14)
    throw new Problem(503, 'deal-unavailable', 'Service unavailable', `${subject} did not answer in time: is a worker running? Try again shortly`, {
      retryAfterSeconds: 5,
    });
  throw err;
}

/** The API's only way into a deal's workflow: every command is an Update, every read of one deal a Query. */
export class DealGateway {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    /** How long a read of one deal waits for its workflow to answer. */
    private readonly queryTimeoutMs = 5_000,
  ) {}

  async create(creation: DealCreation): Promise<DealView> {
    const input: DealWorkflowInput = { creation };
    const start = new WithStartWorkflowOperation<typeof dealWorkflow>('dealWorkflow', {
      workflowId: dealWorkflowId(creation.dealId),
      taskQueue: this.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      // A deal's id is never reused, not even after its workflow has ended.
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    try {
      return await this.client.workflow.executeUpdateWithStart(createDeal, {
        args: [{ fingerprint: creation.fingerprint }],
        startWorkflowOperation: start,
      });
    } catch (err) {
      translate(err, creation.dealId);
    }
  }

  async view(dealId: string): Promise<DealView> {
    try {
      const handle = this.client.workflow.getHandle(dealWorkflowId(dealId));
      return await this.client.withDeadline(Date.now() + this.queryTimeoutMs, () => handle.query(dealQuery));
    } catch (err) {
      translate(err, dealId);
    }
  }

  async tellOwnerCalendar(dealId: string, owner: OwnerCalendar): Promise<void> {
    await this.client.workflow.getHandle(dealWorkflowId(dealId)).signal(ownerCalendarSignal, owner);
  }

  async command<A>(dealId: string, update: UpdateDefinition<DealView, [A]>, arg: A): Promise<DealView> {
    try {
      return await this.client.workflow.getHandle(dealWorkflowId(dealId)).executeUpdate(update, { args: [arg] });
    } catch (err) {
      translate(err, dealId);
    }
  }
}
