import { type HolidayCalendar, type WorkingHours, dueAfter } from './calendar';
import type { ChecklistItemRule, ServiceTiming, TrainingPolicy } from './service';

/** When a checklist item is due: its span after signing, on its owner's calendar. */
export const checklistDueAt = (
  rule: ChecklistItemRule,
  signedAt: number,
  hours: WorkingHours,
  holidays: HolidayCalendar,
  timing: Pick<ServiceTiming, 'workingHoursOnly'>,
): number => dueAfter(signedAt, rule.dueAfterSigning, hours, holidays, timing);

/** Whether a trainee's assessment score passes. */
export const passes = (score: number, policy: TrainingPolicy): boolean => score >= policy.passMark;

/** What keeps a score from being one, as a message; none when it is. */
export const scoreError = (score: number, policy: TrainingPolicy): string | undefined =>
  Number.isFinite(score) && score >= 0 && score <= policy.outOf ? undefined : `a score from 0 to ${policy.outOf}`;
