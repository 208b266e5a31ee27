import type { Label, Locale } from '../../../process';

/** Free text as the caller wrote it, or a bilingual label that the recipient reads in their own language. */
export type Wording = string | Label;

/** The reader of an email as a template sees them: their name, and their language and clock for dates. */
export interface Recipient {
  name: string;
  locale: Locale;
  /** An instant (ISO 8601) in the reader's time zone: "2026年11月23日 周一 09:00", "Mon, November 23, 2026 at 09:00". */
  at(instant: string): string;
  /** A calendar day (YYYY-MM-DD): "2026年11月23日 周一", "Mon, November 23, 2026". */
  day(date: string): string;
  /** An elapsed time in milliseconds, as time ago: "2天前", "2 days ago". */
  ago(ms: number): string;
  /** A number of days: "14天", "14 days". */
  days(count: number): string;
  say(wording: Wording): string;
}

const PATTERNS: Record<Locale, { day: string; at: string }> = {
  'zh-CN': { day: '{date} {weekday}', at: '{date} {weekday} {time}' },
  en: { day: '{weekday}, {date}', at: '{weekday}, {date} at {time}' },
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function recipient(reader: { name: string; locale: Locale; timeZone: string }): Recipient {
  const { locale } = reader;
  const format = (pattern: string, instant: Date, timeZone: string) => {
    const parts: Record<string, string> = {
      date: new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'long' }).format(instant),
      weekday: new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short' }).format(instant),
      time: new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant),
    };
    return pattern.replace(/\{(\w+)\}/g, (_, part: string) => parts[part]);
  };
  return {
    name: reader.name,
    locale,
    at: (instant) => format(PATTERNS[locale].at, new Date(instant), reader.timeZone),
    // A calendar day has no zone: read it as midnight UTC and print it in UTC.
    day: (date) => format(PATTERNS[locale].day, new Date(`${date}T00:00:00Z`), 'UTC'),
    ago: (ms) => {
      const [value, unit] = ms >= DAY ? [ms / DAY, 'day' as const] : ms >= HOUR ? [ms / HOUR, 'hour' as const] : [ms / 60_000, 'minute' as const];
      return new Intl.RelativeTimeFormat(locale).format(-Math.max(1, Math.round(value)), unit);
    },
    days: (count) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(count),
    say: (wording) => (typeof wording === 'string' ? wording : wording[locale]),
  };
}
