/**
 * A year of the holiday calendar as people write it: holiday ranges with their names, and the
 * make-up working days (调休). `yearFromRanges` turns it into the calendar's per-date form.
 */
import { z } from 'zod';
import { HolidayNameSchema, type HolidayYear } from './holiday-calendar';
import { addDays, isLocalDate, weekday } from './local-date';

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

export const HolidayRangeSchema = z.strictObject({ from: LocalDate, to: LocalDate, name: HolidayNameSchema });
export type HolidayRange = z.infer<typeof HolidayRangeSchema>;

/** A year's holiday ranges and make-up days, checked against the year: each message names the field it is about. */
export function holidayYearSchema(year: number) {
  const inYear = LocalDate.refine((d) => isLocalDate(d) && d.startsWith(`${year}-`), `a real date in ${year}`);
  return z
    .strictObject({
      holidays: z
        .array(z.strictObject({ from: inYear, to: inYear, name: HolidayNameSchema }))
        .min(1, `${year} has at least one holiday`)
        .max(40),
      workdays: z.array(inYear.refine((d) => isLocalDate(d) && weekday(d) >= 6, 'a make-up working day is a Saturday or a Sunday')).max(20),
    })
    .superRefine(({ holidays, workdays }, ctx) => {
      holidays.forEach((h, i) => {
        if (h.to < h.from) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'to'], message: 'a holiday ends on or after the day it starts' });
        const before = holidays[i - 1];
        if (before && h.from <= before.to) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'from'], message: 'holidays are in order and do not overlap' });
      });
      workdays.forEach((d, i) => {
        if (holidays.some((h) => d >= h.from && d <= h.to))
          ctx.addIssue({ code: 'custom', path: ['workdays', i], message: `${d} is inside a holiday; a day is either off or worked` });
        if (i > 0 && d <= workdays[i - 1]) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: 'make-up working days are in order, each once' });
      });
    });
}

export type HolidayYearInput = z.infer<ReturnType<typeof holidayYearSchema>>;

/** The per-date form of a year written as ranges. */
export function yearFromRanges(input: { holidays: readonly HolidayRange[]; workdays: readonly string[] }): HolidayYear {
  const holidays: HolidayYear['holidays'] = {};
  for (const h of input.holidays) for (let d = h.from; d <= h.to; d = addDays(d, 1)) holidays[d] = { zh: h.name.zh, en: h.name.en };
  return { holidays, workdays: [...input.workdays] };
}

/** The ranges of a year in per-date form: consecutive days of one name make one range. */
export function rangesOfYear(year: HolidayYear): HolidayRange[] {
  const ranges: HolidayRange[] = [];
  for (const date of Object.keys(year.holidays).sort()) {
    const name = year.holidays[date];
    const last = ranges.at(-1);
    if (last && addDays(last.to, 1) === date && last.name.en === name.en && last.name.zh === name.zh) last.to = date;
    else ranges.push({ from: date, to: date, name: { ...name } });
  }
  return ranges;
}
