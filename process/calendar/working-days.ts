/**
 * Which dates are working days: mainland China's statutory calendar, for every user.
 *
 * Weekends are off; public holidays (法定节假日) are off; make-up working days (调休, a
 * Saturday or Sunday worked in exchange for a longer holiday) are on. The holiday and make-up
 * tables are the data file published in the `chinese-days` package, never typed by hand.
 *
 * Holidays are mainland China's for everyone, whatever zone a user's working hours are in:
 * that is the product's market. A date is judged as the user's own local date.
 *
 * Why the data file and not `chinese-days`' `isWorkday()`: that function builds its table and
 * reads weekdays through the host's local-time `Date` getters, so in a process whose TZ is
 * west of UTC it shifts every date by one (a Saturday reads as a workday). Workflow code must
 * give the same answer on every worker, so this module reads the table and computes weekdays
 * with UTC maths. The answers agree with `isWorkday()` run in UTC (checked for 2003–2027).
 *
 * Years the table does not cover: the package covers 2004 up to the last year the State
 * Council has published (2026 in chinese-days 1.5.7), and `isWorkday()` silently applies
 * the plain weekend rule outside it. So do we, on purpose: outside HOLIDAY_CALENDAR_YEARS
 * a date is a working day exactly when it is Monday to Friday (no holidays, no make-up days).
 * Callers can ask `holidayCalendarCovers(date)` to tell users a date's holidays are not known
 * yet; upgrading `chinese-days` brings each new year's schedule in.
 */
import chinaCalendar from 'chinese-days/dist/chinese-days.json';
import { weekday } from './local-date';

/** `date -> "English name,中文名,days"` as chinese-days publishes it. */
type DayTable = Readonly<Record<string, string>>;
const HOLIDAYS: DayTable = chinaCalendar.holidays;
const MAKE_UP_WORKDAYS: DayTable = chinaCalendar.workdays;

const yearsIn = (table: DayTable) => Object.keys(table).map((d) => Number(d.slice(0, 4)));
const tableYears = [...yearsIn(HOLIDAYS), ...yearsIn(MAKE_UP_WORKDAYS)];

/** First and last year of mainland China's holiday schedule in the installed data (2004–2026 in chinese-days 1.5.7). */
export const HOLIDAY_CALENDAR_YEARS: Readonly<{ first: number; last: number }> = Object.freeze({
  first: Math.min(...tableYears),
  last: Math.max(...tableYears),
});

/** Whether the holiday schedule of `date`'s year is known; if not, `isWorkingDay` uses weekends only. */
export function holidayCalendarCovers(date: string): boolean {
  weekday(date); // validates
  const year = Number(date.slice(0, 4));
  return year >= HOLIDAY_CALENDAR_YEARS.first && year <= HOLIDAY_CALENDAR_YEARS.last;
}

/** Whether `date` (YYYY-MM-DD) is a working day in mainland China: Monday–Friday unless a public holiday, or a make-up working day. */
export function isWorkingDay(date: string): boolean {
  const day = weekday(date); // validates
  if (MAKE_UP_WORKDAYS[date] !== undefined) return true;
  if (HOLIDAYS[date] !== undefined) return false;
  return day <= 5;
}
