import { type FollowUpKind, type FollowUpTiming, type HolidayCalendar, holidaysOrSeed } from '../../process';
import { touch } from './timeline';
import { dueAfter } from './schedule';
import type { Actor, DealState, FollowUp, LoggedActivity } from '../../state/deal';

export interface NextStep {
  action: string;
  dueAt: number;
  ownerId?: string;
  escalateTo?: string | null;
}

export interface ActivityInput extends Omit<LoggedActivity, 'at'> {
  /** When it happened; the moment it is logged when absent. */
  at?: number;
  nextStep?: NextStep;
  /** email_material: days until the follow-up, within the timing's material window. */
  followUpDays?: number;
  /** demo: the revisit date agreed with the customer. */
  revisitAt?: number;
}

export interface NewFollowUp {
  kind: FollowUpKind;
  action?: string;
  dueAt: number;
  ownerId?: string;
  escalateTo?: string | null;
  contactId?: string;
  note?: string;
  counted?: FollowUp['counted'];
}

export const isPending = (f: FollowUp) => f.state === 'open' || f.state === 'snoozed';
export const findFollowUp = (state: DealState, id: string) => state.followUps.find((f) => f.id === id);

export function scheduleFollowUp(state: DealState, input: NewFollowUp, id: string, actor: Actor, at: number): FollowUp {
  const followUp: FollowUp = {
    id,
    kind: input.kind,
    action: input.action,
    ownerId: input.ownerId ?? state.ownerId,
    escalateTo: input.escalateTo !== undefined ? input.escalateTo : state.owner.supervisorId,
    dueAt: input.dueAt,
    state: 'open',
    contactId: input.contactId,
    note: input.note,
    counted: input.counted,
    createdAt: at,
    updatedAt: at,
    alerts: 0,
    round: 0,
  };
  state.followUps.push(followUp);
  touch(state, 'followup_scheduled', actor, at, {
    followUpId: id,
    kind: followUp.kind,
    action: followUp.action,
    dueAt: followUp.dueAt,
    ownerId: followUp.ownerId,
  });
  return followUp;
}

/** Logs an activity: it lands on the timeline, resets the stall clock and runs the follow-up rules. */
export function logActivity(state: DealState, timing: FollowUpTiming, input: ActivityInput, newId: () => string, actor: Actor, now: number) {
  const { nextStep, followUpDays, revisitAt, ...logged } = input;
  const activity = { ...logged, at: logged.at ?? now };
  touch(state, 'activity_logged', actor, now, { ...activity });
  if (activity.at > state.stall.since) state.stall = { since: activity.at, alerts: 0 };

  for (const f of state.followUps)
    if (isPending(f) && timing.cancelledBy[activity.type]?.includes(f.kind)) endFollowUp(state, f, 'cancelled', `after ${activity.type}`, actor, now);

  const rule = timing.rules.find((r) => r.after === activity.type);
  if (rule) {
    const span = followUpDays !== undefined && rule.creates === 'material' ? { days: followUpDays } : rule.dueAfter;
    const counted = revisitAt !== undefined && rule.creates === 'revisit' ? undefined : { from: activity.at, span };
    const dueAt = counted ? dueAfter(counted.from, counted.span, state.owner.hours, holidaysOrSeed(state.holidays), timing) : revisitAt!;
    scheduleFollowUp(state, { kind: rule.creates, dueAt, contactId: activity.contactIds?.[0], counted }, newId(), actor, now);
  }
  if (nextStep)
    scheduleFollowUp(
      state,
      { kind: 'next_step', action: nextStep.action, dueAt: nextStep.dueAt, ownerId: nextStep.ownerId, escalateTo: nextStep.escalateTo },
      newId(),
      actor,
      now,
    );
}

export function endFollowUp(state: DealState, f: FollowUp, outcome: 'done' | 'cancelled', note: string | undefined, actor: Actor, at: number) {
  f.state = outcome;
  f.updatedAt = at;
  touch(state, outcome === 'done' ? 'followup_done' : 'followup_cancelled', actor, at, { followUpId: f.id, kind: f.kind, note });
}

/** Moves the due time (snooze, or a call-back the customer moved); alerts start over. */
export function rescheduleFollowUp(state: DealState, f: FollowUp, dueAt: number, snoozed: boolean, actor: Actor, at: number) {
  f.dueAt = dueAt;
  f.state = snoozed ? 'snoozed' : 'open';
  f.alerts = 0;
  f.lastAlertAt = undefined;
  f.round += 1;
  f.updatedAt = at;
  f.counted = undefined;
  touch(state, 'followup_rescheduled', actor, at, { followUpId: f.id, dueAt, snoozed });
}

/** Counts the pending, not yet alerted follow-ups a rule set on `holidays` again; the ones whose due time moved. */
export function recountFollowUps(state: DealState, holidays: HolidayCalendar, timing: FollowUpTiming): { followUpId: string; dueAt: number }[] {
  const moved: { followUpId: string; dueAt: number }[] = [];
  for (const f of state.followUps) {
    if (!isPending(f) || f.alerts > 0 || !f.counted) continue;
    const dueAt = dueAfter(f.counted.from, f.counted.span, state.owner.hours, holidays, timing);
    if (dueAt === f.dueAt) continue;
    f.dueAt = dueAt;
    moved.push({ followUpId: f.id, dueAt });
  }
  return moved;
}
