import { type FollowUpTiming, type ProcessDefinition, type Span, type WorkingHours, addSpan, nextWorkingMoment } from '../../process';
import type { DealState } from '../../state/deal';

/** Whether waits keep to working hours; fast tests turn it off. */
type Calendar = Pick<FollowUpTiming, 'workingHoursOnly'>;

export const timingOf = (state: DealState, def: ProcessDefinition): FollowUpTiming => ({ ...def.followUps, ...state.timing });

/** Business spans count as plain time when the timing ignores working hours (as fast tests do). */
function plain(span: Span): Span {
  if ('businessDays' in span) return { days: span.businessDays };
  if ('businessHours' in span) return { hours: span.businessHours };
  return span;
}

/** The first moment at or after `instant` inside working hours, when the timing keeps to them. */
export const landInWorkingHours = (instant: number, hours: WorkingHours, timing: Calendar): number =>
  timing.workingHoursOnly ? nextWorkingMoment(instant, hours) : instant;

/** When something `span` after `start` falls due, on the calendar of whoever it waits for. */
export function dueAfter(start: number, span: Span, hours: WorkingHours, timing: Calendar): number {
  if (!timing.workingHoursOnly) return addSpan(start, plain(span), hours);
  return landInWorkingHours(addSpan(start, span, hours), hours, timing);
}
