/**
 * A year's holidays read from an iCalendar file (RFC 5545), as calendar apps publish them.
 *
 * Each all-day VEVENT (`DTSTART;VALUE=DATE:20270206`, `DTEND` the day after its last, exclusive,
 * or absent for one day) is a holiday range named by its SUMMARY. A `SUMMARY;LANGUAGE=en`
 * gives the English name; without one, both names are the SUMMARY. An event is a make-up
 * working day instead when its SUMMARY contains 补班 or 上班 (as in 「春节调休补班」 or 「调休上班」),
 * or its CATEGORIES include WORKDAY: each of its days is a make-up day. Events with a time of
 * day are not holidays and are refused.
 */
import type { HolidayRange } from './holiday-ranges';
import { addDays } from './local-date';

const MAKE_UP = /补班|上班/;
const ICS_DATE = /^(\d{4})(\d{2})(\d{2})$/;

export interface IcsYear {
  holidays: HolidayRange[];
  workdays: string[];
  /** Events that could not be read, each with why. */
  problems: string[];
}

/** Content lines with folding undone: a line starting with a space or tab continues the one before. */
const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);

function property(line: string): { name: string; params: string; value: string } {
  const colon = line.indexOf(':');
  const head = colon < 0 ? line : line.slice(0, colon);
  const [name, ...params] = head.split(';');
  return { name: name.toUpperCase(), params: params.join(';').toUpperCase(), value: colon < 0 ? '' : line.slice(colon + 1).trim() };
}

const localDateOf = (value: string) => {
  const m = ICS_DATE.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
};

export function parseIcsYear(text: string): IcsYear {
  const result: IcsYear = { holidays: [], workdays: [], problems: [] };
  let event: Record<string, { params: string; value: string }[]> | undefined;
  for (const line of unfold(text)) {
    const p = property(line);
    if (p.name === 'BEGIN' && p.value.toUpperCase() === 'VEVENT') event = {};
    else if (p.name === 'END' && p.value.toUpperCase() === 'VEVENT' && event) {
      readEvent(event, result);
      event = undefined;
    } else if (event) (event[p.name] ??= []).push({ params: p.params, value: p.value });
  }
  if (!/^BEGIN:VCALENDAR\s*$/im.test(text)) result.problems.push('not an iCalendar file: it has no BEGIN:VCALENDAR');
  else if (result.holidays.length === 0) result.problems.push('the file has no all-day holiday event (VEVENT)');
  result.holidays.sort((a, b) => a.from.localeCompare(b.from));
  result.workdays.sort();
  return result;
}

function readEvent(event: Record<string, { params: string; value: string }[]>, into: IcsYear) {
  const summaries = event.SUMMARY ?? [];
  const zh = summaries.find((s) => !s.params.includes('LANGUAGE=EN'))?.value ?? summaries[0]?.value ?? '';
  const en = summaries.find((s) => s.params.includes('LANGUAGE=EN'))?.value ?? zh;
  const from = localDateOf(event.DTSTART?.[0]?.value ?? '');
  const end = event.DTEND?.[0] ? localDateOf(event.DTEND[0].value) : from && addDays(from, 1);
  if (!from || !end || end <= from) {
    into.problems.push(`${zh || 'an event'}: not an all-day event (DTSTART;VALUE=DATE:YYYYMMDD)`);
    return;
  }
  const to = addDays(end, -1);
  const categories = (event.CATEGORIES ?? []).flatMap((c) => c.value.toUpperCase().split(','));
  if (MAKE_UP.test(zh) || categories.includes('WORKDAY')) {
    for (let d = from; d <= to; d = addDays(d, 1)) into.workdays.push(d);
  } else into.holidays.push({ from, to, name: { zh, en } });
}
