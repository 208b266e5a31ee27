/** Working time: how much of it lies between two instants, and when a given amount of it has passed. */
import type { HolidayCalendar } from './holiday-calendar';
import { type WorkingHours } from './working-hours';
import { workingPeriodsFrom } from './working-periods';

/** The earliest moment from `instant` on, within a working period, with `ms` of working time behind it. */
export function addWorkingTime(instant: number, ms: number, hours: WorkingHours, holidays: HolidayCalendar): number {
  let left = ms;
  for (const { open, close } of workingPeriodsFrom(instant, hours, holidays)) {
    const from = Math.max(instant, open);
    if (from > close) continue;
    if (left <= close - from) return from + left;
    left -= close - from;
  }
  throw new Error('unreachable');
}

/** Milliseconds of working time from `from` to `to` (none when `to` is not later). */
export function workingTimeBetween(from: number, to: number, hours: WorkingHours, holidays: HolidayCalendar): number {
  let total = 0;
  if (to <= from) return total;
  for (const { open, close } of workingPeriodsFrom(from, hours, holidays)) {
    if (open >= to) return total;
    total += Math.max(0, Math.min(close, to) - Math.max(open, from));
  }
  throw new Error('unreachable');
}
