import { type HolidayCalendar, type WorkingHours, addSpan, atLocalTime, localDate, spanParts } from './calendar';
import { instantAtLocal, localTimeOfDay } from './calendar/time-zone';
import type { ServiceTiming } from './service';
import type { WarrantyStatus } from './support';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local date `n` calendar months after `instant`'s, on day `day` or the last of a shorter month (31 January + 1 → 28 or 29 February). */
function calendarMonthsLater(instant: number, n: number, timezone: string, day: number): string {
  const [y, m] = localDate(instant, timezone).split('-').map(Number);
  const months = y * 12 + (m - 1) + n;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

/** The same local time of day `n` calendar months later. */
function addCalendarMonths(instant: number, n: number, timezone: string): number {
  const day = Number(localDate(instant, timezone).slice(8, 10));
  return instantAtLocal(calendarMonthsLater(instant, n, timezone, day), localTimeOfDay(instant, timezone), timezone);
}

/** `n` warranty months after `instant`: calendar months, or the timing's own month (tests use seconds). */
export function addWarrantyMonths(instant: number, n: number, timing: Pick<ServiceTiming, 'month'>, hours: WorkingHours, holidays: HolidayCalendar): number {
  if (timing.month === 'calendar') return addCalendarMonths(instant, n, hours.timezone);
  const { unit, amount } = spanParts(timing.month);
  return addSpan(instant, { [unit]: amount * n } as never, hours, holidays);
}

/**
 * When the month `n` months after the one `acceptedAt` falls in begins (`n` may be negative), as
 * season windows count: the first of that calendar month at the opening of the working day; with
 * the timing's own month (tests), `n` of those after acceptance, the acceptance month beginning at it.
 */
export function warrantyMonthStart(
  acceptedAt: number,
  n: number,
  timing: Pick<ServiceTiming, 'month'>,
  hours: WorkingHours,
  holidays: HolidayCalendar,
): number {
  if (timing.month !== 'calendar') return addWarrantyMonths(acceptedAt, n, timing, hours, holidays);
  return atLocalTime(calendarMonthsLater(acceptedAt, n, hours.timezone, 1), hours.start, hours.timezone);
}

/** When the warranty (质保期) of a contract accepted at `acceptedAt` ends. */
export const warrantyEndsAt = (
  acceptedAt: number,
  months: number,
  timing: Pick<ServiceTiming, 'month'>,
  hours: WorkingHours,
  holidays: HolidayCalendar,
): number => addWarrantyMonths(acceptedAt, months, timing, hours, holidays);

/** Free repair until the warranty ends; before acceptance the equipment is still ours to make work, so in warranty too. */
export const warrantyStatusAt = (at: number, endsAt: number | undefined): WarrantyStatus =>
  endsAt === undefined || at < endsAt ? 'in_warranty' : 'out_of_warranty';
