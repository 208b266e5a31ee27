import { type HolidayCalendar, type WorkingHours, addSpan, localDate, spanParts } from './calendar';
import { instantAtLocal, localTimeOfDay } from './calendar/time-zone';
import type { ServiceTiming } from './service';
import type { WarrantyStatus } from './support';

/** The same local time of day `n` calendar months later, on the last day of a shorter month (31 January + 1 → 28 or 29 February). */
function addCalendarMonths(instant: number, n: number, timezone: string): number {
  const [y, m, d] = localDate(instant, timezone).split('-').map(Number);
  const months = y * 12 + (m - 1) + n;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return instantAtLocal(date, localTimeOfDay(instant, timezone), timezone);
}

/** `n` warranty months after `instant`: calendar months, or the timing's own month (tests use seconds). */
export function addWarrantyMonths(instant: number, n: number, timing: Pick<ServiceTiming, 'month'>, hours: WorkingHours, holidays: HolidayCalendar): number {
  if (timing.month === 'calendar') return addCalendarMonths(instant, n, hours.timezone);
  const { unit, amount } = spanParts(timing.month);
  return addSpan(instant, { [unit]: amount * n } as never, hours, holidays);
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
