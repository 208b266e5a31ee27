/** A person's working hours: one daily period, in their own time zone, on working days. */
import { assertTimeZone, instantAtLocal, timeOfDayMs } from './time-zone';

export interface WorkingHours {
  /** IANA time zone the hours are read in, e.g. 'Asia/Shanghai', 'Europe/Berlin'. */
  timezone: string;
  /** Opening time, 'HH:MM' local. */
  start: string;
  /** Closing time, 'HH:MM' local, later the same day than `start` (no overnight shifts). */
  end: string;
}

/** Office hours of the product's market: 09:00–18:00 China Standard Time. */
export const DEFAULT_WORKING_HOURS: WorkingHours = Object.freeze({ timezone: 'Asia/Shanghai', start: '09:00', end: '18:00' });

/**
 * Checks and returns working hours (a frozen copy). Throws a RangeError naming the problem
 * for an unknown time zone, a time not written 'HH:MM', or an end not after the start.
 */
export function workingHours(hours: WorkingHours): WorkingHours {
  workingDayTimes(hours);
  return Object.freeze({ timezone: hours.timezone, start: hours.start, end: hours.end });
}

/** Opening and closing as milliseconds after local midnight, validated. */
export function workingDayTimes(hours: WorkingHours): { open: number; close: number } {
  if (hours === null || typeof hours !== 'object') throw new RangeError('working hours must be { timezone, start, end }');
  assertTimeZone(hours.timezone);
  const open = timeOfDayMs(hours.start);
  const close = timeOfDayMs(hours.end);
  if (close <= open) {
    throw new RangeError(`working hours must end after they start on the same day: start ${hours.start}, end ${hours.end}`);
  }
  return { open, close };
}

/** The instants a local date's working period opens and closes (whether or not it is a working day). */
export function workingPeriod(date: string, hours: WorkingHours): { open: number; close: number } {
  const { open, close } = workingDayTimes(hours);
  return { open: instantAtLocal(date, open, hours.timezone), close: instantAtLocal(date, close, hours.timezone) };
}
