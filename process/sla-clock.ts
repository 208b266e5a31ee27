import { type HolidayCalendar, type WorkingHours, addWorkingTime, workingTimeBetween } from './calendar';

/**
 * An SLA clock as data: the periods it ran (a pause ends one, a resume starts the next; the last is
 * open while it runs). Everything else is derived, on a calendar, so a new target or calendar
 * (a priority change) gives new deadlines from the time already consumed, never from zero.
 */
export interface ClockRun {
  from: number;
  to?: number;
}

/** Every hour (null), or working hours on a holiday calendar's working days. */
export type ClockCalendar = { hours: WorkingHours; holidays: HolidayCalendar } | null;

/** How much of the time between two instants counts on the calendar. */
export const calendarTime = (from: number, to: number, calendar: ClockCalendar): number =>
  calendar ? workingTimeBetween(from, to, calendar.hours, calendar.holidays) : Math.max(0, to - from);

/** The time the clock has consumed by `now`. */
export const consumedTime = (runs: readonly ClockRun[], now: number, calendar: ClockCalendar): number =>
  runs.reduce((sum, r) => sum + calendarTime(r.from, Math.min(r.to ?? now, now), calendar), 0);

/** The calendar time the clock stood still between its runs, and since its last run when it is paused now. */
export function pausedTime(runs: readonly ClockRun[], now: number, calendar: ClockCalendar, pausedNow: boolean): number {
  let sum = 0;
  runs.forEach((r, i) => {
    const next = runs[i + 1]?.from ?? (pausedNow ? now : undefined);
    if (r.to !== undefined && next !== undefined) sum += calendarTime(r.to, Math.min(next, now), calendar);
  });
  return sum;
}

/**
 * The instant at which the clock has consumed `amount`: in the past if it already has, on the open
 * run if it is running, undefined if it stands still short of it. On business hours the instant is
 * inside a working period (the close of one at the latest).
 */
export function instantConsumed(runs: readonly ClockRun[], amount: number, calendar: ClockCalendar): number | undefined {
  let left = amount;
  for (const r of runs) {
    const span = r.to === undefined ? Infinity : calendarTime(r.from, r.to, calendar);
    if (left <= span) return calendar ? addWorkingTime(r.from, left, calendar.hours, calendar.holidays) : r.from + left;
    left -= span;
  }
  return undefined;
}
