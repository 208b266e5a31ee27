import { dayjs } from '../../../format/time';
import type { CalendarYear, CalendarYearInput } from './queries';

const DATE = 'YYYY-MM-DD';

/** A year as the form holds it: each holiday's days as one picked range, each make-up day as a picked date. */
export interface YearFields {
  holidays: { range?: [dayjs.Dayjs, dayjs.Dayjs]; name: { zh: string; en: string } }[];
  workdays: (dayjs.Dayjs | undefined)[];
}

export const blankHoliday = (): YearFields['holidays'][number] => ({ name: { zh: '', en: '' } });

/** A stored year in the form's shape; a year not yet covered starts with one blank holiday to fill in. */
export const fieldsOf = (year: CalendarYear | undefined): YearFields =>
  year
    ? {
        holidays: year.holidays.map((h) => ({ range: [dayjs(h.from), dayjs(h.to)], name: { ...h.name } })),
        workdays: year.workdays.map((d) => dayjs(d)),
      }
    : { holidays: [blankHoliday()], workdays: [] };

/** What the form says, as the API takes it: in the order entered, for the server to judge. */
export const inputOf = (fields: YearFields): CalendarYearInput => ({
  holidays: fields.holidays.map((h) => ({ from: h.range![0].format(DATE), to: h.range![1].format(DATE), name: { zh: h.name.zh, en: h.name.en } })),
  workdays: fields.workdays.map((d) => d!.format(DATE)),
});

/** Days off in a range, both ends counted. */
export const daysIn = (range: [dayjs.Dayjs, dayjs.Dayjs]) => range[1].startOf('day').diff(range[0].startOf('day'), 'day') + 1;

/** The server names a holiday's `from` and `to`; the form holds both in one range picker. */
export const formFieldOf = (path: (string | number)[]) =>
  path[0] === 'holidays' && (path[2] === 'from' || path[2] === 'to') ? ['holidays', path[1], 'range'] : path;
