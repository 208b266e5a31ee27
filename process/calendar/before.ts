import { addDays } from './local-date';
import { type Span, addSpan, spanParts } from './span';
import { instantAtLocal, localDate, localTimeOfDay } from './time-zone';
import { type HolidayCalendar, isWorkingDay } from './holiday-calendar';
import type { WorkingHours } from './working-hours';

/**
 * The instant `span` before `instant`: T−3 business days before a deadline is the same local time
 * of day, three working days earlier (skipping weekends and holidays); exact spans go back in time.
 * `businessHours` are not supported backwards.
 */
export function spanBefore(instant: number, span: Span, hours: WorkingHours, holidays: HolidayCalendar): number {
  const { unit, amount } = spanParts(span);
  if (unit === 'businessHours') throw new RangeError('businessHours cannot be counted backwards; use businessDays');
  if (unit !== 'businessDays') return addSpan(instant, { [unit]: -amount } as Span, hours, holidays);
  let date = localDate(instant, hours.timezone);
  for (let left = amount; left > 0;) {
    date = addDays(date, -1);
    if (isWorkingDay(date, holidays)) left -= 1;
  }
  return instantAtLocal(date, localTimeOfDay(instant, hours.timezone), hours.timezone);
}
