import { type ExternalWorkflowHandle, type SignalDefinition, getExternalWorkflowHandle, log, patched, sleep } from '@temporalio/workflow';

/** One signal a child owes its deal; `delivered` forgets exactly what it carried. */
export interface Dispatch {
  send: (deal: ExternalWorkflowHandle) => Promise<void>;
  delivered: () => void;
}

export const dispatch = <A>(signal: SignalDefinition<[A]>, news: A, delivered: () => void): Dispatch => ({
  send: (deal) => deal.signal(signal, news),
  delivered,
});

/**
 * Signalling fails only when the deal's workflow is not running (terminated, or being reset). An
 * operator brings it back in minutes, so the news waits that long, blocking the child's loop as an
 * activity's retries would; then the deal counts as gone for good.
 */
const RETRY = { initialMs: 1_000, coefficient: 2, maximumMs: 60_000, attempts: 10 };
const backoff = (failures: number) => Math.min(RETRY.maximumMs, RETRY.initialMs * RETRY.coefficient ** (failures - 1));

/** Histories recorded before this patch dropped the news a deal did not take. */
const KEPT = 'deal-news-kept';

/**
 * Tells one deal a child's news, in order. A failed dispatch is retried with backoff on the next
 * call; after the last attempt the deal is unreachable: that is logged and recorded once (by
 * `unreachable`), and later news stays in the child's own history.
 */
export function courier(dealWorkflowId: string, unreachable: (error: string, attempts: number) => void) {
  const deal = getExternalWorkflowHandle(dealWorkflowId);
  let failures = 0;
  let gone = false;
  return {
    /** Sends what it can; returns after a failure's backoff, so the caller composes fresh news. */
    async deliver(dispatches: Dispatch[]): Promise<void> {
      for (const d of dispatches) {
        if (gone) {
          d.delivered();
          continue;
        }
        try {
          await d.send(deal);
          failures = 0;
          d.delivered();
        } catch (err) {
          if (!patched(KEPT)) {
            d.delivered();
            continue;
          }
          failures += 1;
          const error = (err as Error).message;
          if (failures >= RETRY.attempts) {
            gone = true;
            log.error('the deal is unreachable; its news stays in this workflow’s history', { dealWorkflowId, attempts: failures, error });
            d.delivered();
            unreachable(error, failures);
            continue;
          }
          log.warn('the deal did not take its news; retrying', { dealWorkflowId, attempt: failures, error });
          await sleep(backoff(failures));
          return;
        }
      }
    },
  };
}
