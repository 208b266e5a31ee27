import { condition } from '@temporalio/workflow';

/**
 * Sends a workflow's emails one by one, apart from its main loop, so an SMTP outage (waited out by
 * the activity's retries) never holds back timers or projections. An email whose reason has gone
 * by the time its turn comes is dropped. `busy()` says whether one is on its way.
 */
export function runOutbox<E>(queue: E[], send: (email: E) => Promise<unknown>, options: { stillWanted: (email: E) => boolean; failed: (email: E, err: Error) => void }) {
  let sending = false;
  void (async () => {
    for (;;) {
      await condition(() => queue.length > 0);
      const email = queue[0];
      if (options.stillWanted(email)) {
        sending = true;
        await send(email).catch((err: Error) => options.failed(email, err));
        sending = false;
      }
      queue.shift();
    }
  })();
  return { idle: () => queue.length === 0 && !sending };
}
