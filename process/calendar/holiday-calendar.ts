/**
 * The holiday and make-up workday table (节假日 / 调休) as versioned data.
 *
 * Weekends are off; public holidays (法定节假日) are off; make-up working days (调休, a
 * Saturday or Sunday worked in exchange for a longer holiday) are on. A year the table has no
 * entry for counts weekends only: callers ask `holidayCalendarCovers` and say so to people
 * (the answer is never a silent "weekends only").
 *
 * Holidays are mainland China's for everyone, whatever zone a user's working hours are in:
 * that is the product's market. A date is judged as the user's own local date.
 *
 * Workflows carry the calendar they were given (see `SEED_HOLIDAY_CALENDAR` for the first
 * version), so an admin's new year reaches a running workflow only when it is handed the new
 * version, never by re-reading a mutable source.
 */
import { z } from 'zod';
import { isLocalDate, weekday } from './local-date';

const LocalDate = z.string().refine(isLocalDate, 'a real date written YYYY-MM-DD');

export const HolidayNameSchema = z.strictObject({ zh: z.string().trim().min(1).max(60), en: z.string().trim().min(1).max(60) });

/** One year's schedule: each day off with its holiday's name, and the make-up working days. */
export const HolidayYearSchema = z.strictObject({
  holidays: z.record(LocalDate, HolidayNameSchema),
  workdays: z.array(LocalDate),
});

export const HolidayCalendarSchema = z
  .strictObject({
    /** Grows by one with every change; a workflow records the version it computes with. */
    version: z.number().int().positive(),
    years: z.record(z.string().regex(/^\d{4}$/), HolidayYearSchema),
  })
  .superRefine((calendar, ctx) => {
    for (const [year, entry] of Object.entries(calendar.years)) {
      const dates = [...Object.keys(entry.holidays), ...entry.workdays];
      for (const d of dates.filter((date) => !date.startsWith(`${year}-`))) {
        ctx.addIssue({ code: 'custom', path: ['years', year], message: `${d} is not in ${year}` });
      }
      for (const d of entry.workdays.filter((date) => entry.holidays[date] !== undefined)) {
        ctx.addIssue({ code: 'custom', path: ['years', year, 'workdays'], message: `${d} is both a holiday and a make-up working day` });
      }
    }
  });

export type HolidayName = z.infer<typeof HolidayNameSchema>;
export type HolidayYear = z.infer<typeof HolidayYearSchema>;
export type HolidayCalendar = z.infer<typeof HolidayCalendarSchema>;

const yearOf = (date: string) => date.slice(0, 4);

/** Whether the holiday schedule of `date`'s year is known; if not, `isWorkingDay` uses weekends only. */
export function holidayCalendarCovers(date: string, holidays: HolidayCalendar): boolean {
  weekday(date); // validates
  return holidays.years[yearOf(date)] !== undefined;
}

/** The years the calendar has a schedule for, in order. */
export const coveredYears = (holidays: HolidayCalendar): number[] =>
  Object.keys(holidays.years)
    .map(Number)
    .sort((a, b) => a - b);

/** Whether `date` (YYYY-MM-DD) is a working day: Monday–Friday unless a public holiday, or a make-up working day. */
export function isWorkingDay(date: string, holidays: HolidayCalendar): boolean {
  const day = weekday(date); // validates
  const year = holidays.years[yearOf(date)];
  if (year?.workdays.includes(date)) return true;
  if (year?.holidays[date] !== undefined) return false;
  return day <= 5;
}

/** The calendar from `firstYear` on: what a workflow started now can need, without two decades of past holidays in its state. */
export const holidaysFrom = (holidays: HolidayCalendar, firstYear: number): HolidayCalendar => ({
  version: holidays.version,
  years: Object.fromEntries(Object.entries(holidays.years).filter(([year]) => Number(year) >= firstYear)),
});

/**
 * The calendar a workflow holding `held` computes with once told of `told`: undefined unless
 * `told` is a newer version (a signal may come twice, or after a newer one). It takes the new
 * version's years and keeps its own others, so a year the newer calendar no longer carries
 * (it is handed from last year on) never changes under a workflow that already counted in it.
 */
export function newerHolidayCalendar(held: HolidayCalendar, told: HolidayCalendar): HolidayCalendar | undefined {
  if (told.version <= held.version) return undefined;
  return { version: told.version, years: { ...held.years, ...told.years } };
}
