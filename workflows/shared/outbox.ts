import { condition } from '@temporalio/workflow';

/**
 * Sends a workflow's emails one by one, apart from its main loop, so an SMTP outage (waited out by
 * the activity's retries) never holds back timers or projections. An email whose reason has gone
 * by the time its turn comes is dropped. `current()` is the one on its way, if any.
 */
export function runOutbox<E>(
  queue: E[],
  send: (email: E) => Promise<unknown>,
  options: { stillWanted: (email: E) => boolean; failed: (email: E, err: Error) => void },
) {
  let sending: E | undefined;
  void (async () => {
    for (;;) {
      await condition(() => queue.length > 0);
      const email = queue[0];
      if (options.stillWanted(email)) {
        sending = email;
        await send(email).catch((err: Error) => options.failed(email, err));
        sending = undefined;
      }
      queue.shift();
    }
  })();
  return { idle: () => queue.length === 0 && !sending, current: () => sending };
}
