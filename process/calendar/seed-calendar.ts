/**
 * The first version of the holiday calendar: the years published in the `chinese-days`
 * package's data file (2004–2026 in chinese-days 1.5.7), read at import, never typed by hand.
 * Later years are added by an admin (`PUT /api/v1/calendar/years/:year`) as new versions.
 *
 * Why the data file and not `chinese-days`' `isWorkday()`: that function builds its table and
 * reads weekdays through the host's local-time `Date` getters, so in a process whose TZ is
 * west of UTC it shifts every date by one (a Saturday reads as a workday). Workflow code must
 * give the same answer on every worker, so the calendar reads the table and computes weekdays
 * with UTC maths. The answers agree with `isWorkday()` run in UTC (checked for 2003–2027).
 *
 * It is also what a workflow started before calendars were handed to workflows computes with.
 */
import chinaCalendar from 'chinese-days/dist/chinese-days.json';
import type { HolidayCalendar, HolidayYear } from './holiday-calendar';

/** `date -> "English name,中文名,days"` as chinese-days publishes it. */
type DayTable = Readonly<Record<string, string>>;

function seedYears(holidays: DayTable, workdays: DayTable): Record<string, HolidayYear> {
  const years: Record<string, HolidayYear> = {};
  const yearOf = (date: string) => (years[date.slice(0, 4)] ??= { holidays: {}, workdays: [] });
  for (const [date, entry] of Object.entries(holidays)) {
    const [en, zh] = entry.split(',');
    yearOf(date).holidays[date] = { zh, en };
  }
  for (const date of Object.keys(workdays)) yearOf(date).workdays.push(date);
  for (const year of Object.values(years)) year.workdays.sort();
  return years;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

/** Version 1 of the holiday calendar: a frozen snapshot of the chinese-days years. */
export const SEED_HOLIDAY_CALENDAR: HolidayCalendar = deepFreeze({
  version: 1,
  years: seedYears(chinaCalendar.holidays, chinaCalendar.workdays),
});

/** The calendar a workflow was handed, or the seed when it started before workflows were handed one. */
export const holidaysOrSeed = (holidays: HolidayCalendar | undefined): HolidayCalendar => holidays ?? SEED_HOLIDAY_CALENDAR;

/** What a workflow was handed, without the calendar: views and read models name no holiday table. */
export function withoutHolidays<T extends { holidays?: HolidayCalendar }>(given: T): T {
  const { holidays: _h, ...rest } = given;
  return rest as T;
}
