import type { HolidayCalendar } from './holiday-calendar';
import { type WorkingHours } from './working-hours';
import { workingPeriodsFrom } from './working-periods';

/**
 * `instant` itself if it is inside working hours on a working day, else the opening of the
 * next working period. Periods are half-open: at closing time (18:00) the office is closed,
 * so Friday 18:00 moves to the next working day's 09:00.
 */
export function nextWorkingMoment(instant: number, hours: WorkingHours, holidays: HolidayCalendar): number {
  for (const { open, close } of workingPeriodsFrom(instant, hours, holidays)) {
    if (instant < open) return open;
    if (instant < close) return instant;
  }
  throw new Error('unreachable');
}

/** Whether `instant` is inside working hours on a working day. */
export function isWorkingMoment(instant: number, hours: WorkingHours, holidays: HolidayCalendar): boolean {
  return nextWorkingMoment(instant, hours, holidays) === instant;
}
