/**
 * Calendar arithmetic on local dates (`YYYY-MM-DD`, no zone attached).
 * Pure: computed on the proleptic Gregorian calendar with UTC maths, never with the host's zone.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a local date; throws a RangeError if it is not a real `YYYY-MM-DD` date. */
export function epochDay(date: string): number {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`not a local date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  if (fromEpochDay(ms / DAY_MS) !== date) throw new RangeError(`no such date: ${date}`);
  return ms / DAY_MS;
}

/** Whether `date` is a real `YYYY-MM-DD` date. */
export function isLocalDate(date: string): boolean {
  try {
    epochDay(date);
    return true;
  } catch {
    return false;
  }
}

/** The local date `n` days since 1970-01-01. */
export function fromEpochDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The local date `days` calendar days after `date` (before, if negative). */
export function addDays(date: string, days: number): string {
  return fromEpochDay(epochDay(date) + days);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}
