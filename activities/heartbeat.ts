import { Context } from '@temporalio/activity';

const EVERY_MS = 2_000;

/**
 * Runs `work`, heartbeating while it lasts when called as an activity: a worker that dies mid-way
 * is then noticed within the heartbeat timeout, not the start-to-close one. Called directly (in
 * tests), it just runs `work`.
 */
export async function whileBeating<T>(work: () => Promise<T>): Promise<T> {
  let context: Context;
  try {
    context = Context.current();
  } catch {
    return work();
  }
  context.heartbeat();
  const beat = setInterval(() => context.heartbeat(), EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(beat);
  }
}
