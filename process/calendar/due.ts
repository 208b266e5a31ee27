import type { HolidayCalendar } from './holiday-calendar';
import { type Span, addSpan } from './span';
import { nextWorkingMoment } from './working-moment';
import type { WorkingHours } from './working-hours';

/** Whether waits keep to working hours; fast tests turn it off. */
export interface Calendar {
  workingHoursOnly: boolean;
}

/** Business spans count as plain time when the timing ignores working hours (as fast tests do). */
function plain(span: Span): Span {
  if ('businessDays' in span) return { days: span.businessDays };
  if ('businessHours' in span) return { hours: span.businessHours };
  return span;
}

/** The first moment at or after `instant` inside working hours, when the timing keeps to them. */
export const landInWorkingHours = (instant: number, hours: WorkingHours, holidays: HolidayCalendar, timing: Calendar): number =>
  timing.workingHoursOnly ? nextWorkingMoment(instant, hours, holidays) : instant;

/** When something `span` after `start` falls due, on the calendar of whoever it waits for. */
export function dueAfter(start: number, span: Span, hours: WorkingHours, holidays: HolidayCalendar, timing: Calendar): number {
  if (!timing.workingHoursOnly) return addSpan(start, plain(span), hours, holidays);
  return landInWorkingHours(addSpan(start, span, hours, holidays), hours, holidays, timing);
}
