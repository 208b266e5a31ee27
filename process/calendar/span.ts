/**
 * Durations as the process definition states them, and adding them to instants.
 *
 * Business spans (`businessDays`, `businessHours`) count working time only: inside working
 * hours, on the working days of a holiday calendar (see holiday-calendar.ts), in the hours' own zone. Their
 * result is the earliest moment by which that much working time has passed, so it may be a
 * closing time: Friday 17:00 + 1 business hour is Friday 18:00, not Monday 09:00 (the same
 * amount of working time, but the earlier deadline). Whoever needs a moment when people are at
 * work, such as a reminder, passes the result through `nextWorkingMoment` (which moves a
 * closing time to the next opening).
 *
 * - `businessHours: h` walks the working periods from `instant`, consuming h hours of time
 *   inside them. Friday 17:00 + 2 → the next working day 10:00; Friday 19:30 + 2 → the next
 *   working day 11:00.
 * - `businessDays: n` is n working days' worth of working time, counted in whole days:
 *   - from inside working hours (opening and closing time included): the same local time of
 *     day, n working days later (Wednesday 10:00 + 1 → Thursday 10:00, skipping holidays and
 *     weekends, landing on make-up Saturdays);
 *   - from outside them: working time starts at the next opening, so the span ends at the
 *     closing time of the n-th working day from there (Friday 19:30 + 1 → Monday 18:00,
 *     the end of the next working day; Monday 08:00 + 1 → Monday 18:00).
 *   Both cases equal `businessHours: n × (end − start)`, except on a day whose working hours
 *   contain a DST change, where businessDays keep the wall-clock time of day.
 * - A zero business span gives the instant itself if it is within a working period (closing
 *   time included), else the next opening.
 *
 * Exact spans ignore the calendar: `hours`, `minutes`, `seconds` are elapsed time (may be
 * fractional or negative, e.g. a tender deadline − 72 hours); `days` are calendar days in the
 * hours' zone at the same wall-clock time, like `Temporal.ZonedDateTime.add` (whole numbers,
 * may be negative; 24 hours except across a DST change).
 */
import { addDays } from './local-date';
import { instantAtLocal, localDate, localTimeOfDay } from './time-zone';
import { type HolidayCalendar, isWorkingDay } from './holiday-calendar';
import { type WorkingHours, workingDayTimes, workingPeriod } from './working-hours';
import { workingDayAfter } from './working-periods';
import { addWorkingTime } from './working-time';

/** A duration as the process definition states it. */
export type Span = { businessDays: number } | { businessHours: number } | { days: number } | { hours: number } | { minutes: number } | { seconds: number };

export type SpanUnit = 'businessDays' | 'businessHours' | 'days' | 'hours' | 'minutes' | 'seconds';
const UNITS: readonly SpanUnit[] = ['businessDays', 'businessHours', 'days', 'hours', 'minutes', 'seconds'];
const UNIT_MS = { hours: 3_600_000, minutes: 60_000, seconds: 1000 } as const;

/** The unit and amount of a span; throws a RangeError for anything but exactly one known unit with a valid amount. */
export function spanParts(span: Span): { unit: SpanUnit; amount: number } {
  const keys = span !== null && typeof span === 'object' ? Object.keys(span) : [];
  const unit = keys[0] as SpanUnit;
  if (keys.length !== 1 || !UNITS.includes(unit)) {
    throw new RangeError(`a span has exactly one of ${UNITS.join(', ')}: got ${JSON.stringify(span)}`);
  }
  const amount = (span as Record<SpanUnit, number>)[unit];
  if (typeof amount !== 'number' || !Number.isFinite(amount)) throw new RangeError(`${unit} must be a finite number: got ${amount}`);
  if ((unit === 'businessDays' || unit === 'businessHours') && amount < 0) throw new RangeError(`${unit} must not be negative: got ${amount}`);
  if ((unit === 'businessDays' || unit === 'days') && !Number.isInteger(amount)) throw new RangeError(`${unit} must be a whole number: got ${amount}`);
  return { unit, amount };
}

/** The instant `span` after `instant`, on the holiday calendar and working hours `hours` (see the rules above). */
export function addSpan(instant: number, span: Span, hours: WorkingHours, holidays: HolidayCalendar): number {
  if (!Number.isFinite(instant)) throw new RangeError(`not an instant: ${instant}`);
  const { unit, amount } = spanParts(span);
  workingDayTimes(hours); // validates the hours for every kind of span
  switch (unit) {
    case 'businessHours':
      return addWorkingTime(instant, Math.round(amount * UNIT_MS.hours), hours, holidays);
    case 'businessDays':
      return addWorkingDays(instant, amount, hours, holidays);
    case 'days':
      return instantAtLocal(addDays(localDate(instant, hours.timezone), amount), localTimeOfDay(instant, hours.timezone), hours.timezone);
    default:
      return instant + Math.round(amount * UNIT_MS[unit]);
  }
}

function addWorkingDays(instant: number, n: number, hours: WorkingHours, holidays: HolidayCalendar): number {
  if (n === 0) return addWorkingTime(instant, 0, hours, holidays);
  const tz = hours.timezone;
  const today = localDate(instant, tz);
  let first: string; // the working day whose working time the span starts with
  if (isWorkingDay(today, holidays)) {
    const { open, close } = workingPeriod(today, hours);
    if (instant >= open && instant <= close) return instantAtLocal(workingDayAfter(today, n, holidays), localTimeOfDay(instant, tz), tz);
    first = instant < open ? today : workingDayAfter(today, 1, holidays);
  } else {
    first = workingDayAfter(today, 1, holidays);
  }
  return workingPeriod(workingDayAfter(first, n - 1, holidays), hours).close;
}
