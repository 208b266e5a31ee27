import {
  type CollectionTiming,
  type DueRule,
  type HolidayCalendar,
  type Milestone,
  type Span,
  type WorkingHours,
  addSpan,
  atLocalTime,
  holidaysOrSeed,
  spanParts,
} from '../../process';
import { landInWorkingHours } from '../deal/schedule';
import type { CollectionState, InstallmentState } from '../../state/collection';

/** `n` days of the ladder from `instant` (a day is what the timing says: a calendar day, or a second in tests). */
export function daysFrom(instant: number, n: number, timing: CollectionTiming, hours: WorkingHours, holidays: HolidayCalendar): number {
  const { unit, amount } = spanParts(timing.day);
  return addSpan(instant, { [unit]: amount * n } as Span, hours, holidays);
}

/** When an installment falls due by its rule; undefined while its milestone is not reported. */
export function dueAtOf(
  rule: DueRule,
  signedAt: number,
  milestones: Partial<Record<Milestone, number>>,
  timing: CollectionTiming,
  hours: WorkingHours,
  holidays: HolidayCalendar,
): number | undefined {
  switch (rule.kind) {
    case 'on_date':
      return atLocalTime(rule.date, hours.start, hours.timezone);
    case 'after_signing':
      return daysFrom(signedAt, rule.days, timing, hours, holidays);
    case 'after_milestone': {
      const reached = milestones[rule.milestone];
      return reached === undefined ? undefined : daysFrom(reached, rule.days, timing, hours, holidays);
    }
  }
}

/** When rung `r` of the ladder goes out for this installment, inside the company's working hours when the timing keeps to them. */
export function rungAt(state: CollectionState, i: InstallmentState, r: number): number {
  const { timing, hours } = state.start;
  const holidays = holidaysOrSeed(state.start.holidays);
  return landInWorkingHours(daysFrom(i.dueAt!, timing.ladder[r].offsetDays, timing, hours, holidays), hours, holidays, timing);
}

/** Why chasing this installment waits, if it does. */
export function pausedBy(state: CollectionState, i: InstallmentState, now: number): 'contract' | 'dispute' | 'promise' | null {
  if (state.paused) return 'contract';
  if (i.dispute) return 'dispute';
  if (i.promise && i.promise.until > now) return 'promise';
  return null;
}
