/**
 * Instants (epoch milliseconds) <-> wall-clock time in an IANA time zone, through `Intl`
 * with an explicit `timeZone`: never the host's zone, so every worker computes the same.
 */
import { epochDay, fromEpochDay } from './local-date';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        calendar: 'iso8601',
        numberingSystem: 'latn',
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new RangeError(`unknown time zone: ${JSON.stringify(timezone)}`);
    }
    formatters.set(timezone, f);
  }
  return f;
}

/** Throws a RangeError unless `timezone` is a time zone `Intl` knows (an IANA name such as 'Asia/Shanghai'). */
export function assertTimeZone(timezone: string): void {
  if (typeof timezone !== 'string' || timezone === '') throw new RangeError(`unknown time zone: ${JSON.stringify(timezone)}`);
  formatter(timezone);
}

/** The wall-clock reading of `instant` in `timezone`, written as if it were a UTC instant. */
function wallClock(instant: number, timezone: string): number {
  if (!Number.isFinite(instant)) throw new RangeError(`not an instant: ${instant}`);
  const ms = ((instant % 1000) + 1000) % 1000;
  const parts: Record<string, number> = {};
  for (const p of formatter(timezone).formatToParts(instant - ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) + ms;
}

/** The local calendar date (`YYYY-MM-DD`) of `instant` in `timezone`. */
export function localDate(instant: number, timezone: string): string {
  return fromEpochDay(Math.floor(wallClock(instant, timezone) / DAY_MS));
}

/** Milliseconds since local midnight of `instant` in `timezone` (its wall-clock time of day). */
export function localTimeOfDay(instant: number, timezone: string): number {
  const w = wallClock(instant, timezone);
  return w - Math.floor(w / DAY_MS) * DAY_MS;
}

/**
 * The instant at which clocks in `timezone` read `date` + `msOfDay` after midnight.
 * Across a DST change this follows `Temporal`'s "compatible" rule: a wall-clock time that
 * happens twice (clocks go back) is its earlier instant; one skipped (clocks go forward) is
 * moved forward by the gap, e.g. 02:30 on Berlin's spring-forward day is 03:30 CEST.
 */
export function instantAtLocal(date: string, msOfDay: number, timezone: string): number {
  const wall = epochDay(date) * DAY_MS + msOfDay;
  // Offsets just before and just after: real zones never change offset twice within two days.
  const before = wallClock(wall - DAY_MS, timezone) - (wall - DAY_MS);
  const after = wallClock(wall + DAY_MS, timezone) - (wall + DAY_MS);
  const fits = [wall - before, wall - after].filter((t) => wallClock(t, timezone) === wall);
  return fits.length ? Math.min(...fits) : wall - before;
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** Milliseconds after midnight of a wall-clock time written `HH:MM` or `HH:MM:SS` (00:00 to 23:59:59). */
export function timeOfDayMs(time: string): number {
  const m = typeof time === 'string' ? TIME_OF_DAY.exec(time) : null;
  if (!m) throw new RangeError(`not a time of day (HH:MM, 00:00 to 23:59): ${JSON.stringify(time)}`);
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000;
}

/** The instant at which clocks in `timezone` read `date` `time`, e.g. a customer's "call me back Friday 15:00". */
export function atLocalTime(date: string, time: string, timezone: string): number {
  return instantAtLocal(date, timeOfDayMs(time), timezone);
}
