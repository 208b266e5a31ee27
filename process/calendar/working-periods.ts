/** Walking the working periods (one per working day) of someone's calendar. */
import { addDays } from './local-date';
import { instantAtLocal, localDate } from './time-zone';
import { type HolidayCalendar, isWorkingDay } from './holiday-calendar';
import { type WorkingHours, workingDayTimes } from './working-hours';

/** More than any run of days off: holidays plus bridging weekends never reach a month. */
const MAX_DAYS_OFF = 366;

export interface WorkingPeriod {
  date: string;
  open: number;
  close: number;
}

/** The working periods from the local date of `instant` on, in order (today's included, even if past). */
export function* workingPeriodsFrom(instant: number, hours: WorkingHours, holidays: HolidayCalendar): Generator<WorkingPeriod> {
  const { open, close } = workingDayTimes(hours);
  let date = localDate(instant, hours.timezone);
  for (let off = 0; ; date = addDays(date, 1)) {
    if (!isWorkingDay(date, holidays)) {
      if (++off > MAX_DAYS_OFF) throw new Error(`no working day in the ${MAX_DAYS_OFF} days before ${date}`);
      continue;
    }
    off = 0;
    yield { date, open: instantAtLocal(date, open, hours.timezone), close: instantAtLocal(date, close, hours.timezone) };
  }
}

/** The `n`-th working day after `date` (`date` itself when n = 0, working or not). */
export function workingDayAfter(date: string, n: number, holidays: HolidayCalendar): string {
  let day = date;
  for (let left = n, off = 0; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) {
      left--;
      off = 0;
    } else if (++off > MAX_DAYS_OFF) throw new Error(`no working day in the ${MAX_DAYS_OFF} days before ${day}`);
  }
  return day;
}
