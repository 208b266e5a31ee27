import { condition, patched } from '@temporalio/workflow';

/** Histories recorded before this patch slept the whole span again when the clock lagged behind a fired timer. */
const TIMER_MEANS_DUE = 'timer-means-due';

/**
 * The time an alarm loop judges by. A timer that has fired means its alarm is due, whatever the
 * workflow's clock says: right after a Temporal server restart a worker can be handed the task
 * carrying the previous task's time, and a loop that trusted it slept the whole span a second time.
 */
export function alarmClock() {
  let firedFor = 0;
  return {
    now: () => Math.max(Date.now(), firedFor),
    /** Waits until `wake` holds or the instant `at` comes. */
    async sleepUntil(wake: () => boolean, at: number | undefined): Promise<void> {
      const woke = await condition(wake, at === undefined ? undefined : Math.max(1, at - Date.now()));
      if (!woke && at !== undefined && at > Date.now() && patched(TIMER_MEANS_DUE)) firedFor = at;
    },
  };
}
