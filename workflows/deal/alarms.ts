import { type FollowUpTiming, type OpenStage, holidaysOrSeed, isOpenStage } from '../../process';
import { touch } from './timeline';
import { isPending } from './followups';
import { dueAfter, landInWorkingHours } from './schedule';
import type { DealEmailIntent } from '../../state/deal';
import type { DealState, FollowUp } from '../../state/deal';

/** Something the deal must do at `at` by itself: alert a follow-up's owner, or tell someone it stalls. */
export interface Alarm {
  at: number;
  ring(now: number): void;
}

const FOLLOW_UP_TEMPLATES = { 1: 'followup_due', 2: 'followup_reminder', 3: 'followup_escalated' } as const;
/** Kinds whose first alert says more than "due": the exact call-back, the handover with its documents. */
const FIRST_ALERT: Partial<Record<FollowUp['kind'], 'callback_due' | 'tender_handover'>> = { callback: 'callback_due', handover: 'tender_handover' };

type Envelope = Pick<DealEmailIntent, 'key' | 'template' | 'to' | 'cc' | 'alert'>;

function send(state: DealState, envelope: Envelope, about: Omit<DealEmailIntent['about'], 'dealTitle' | 'processVersion'>) {
  state.emails.push({ ...envelope, dealId: state.dealId, about: { dealTitle: state.title, processVersion: state.processVersion, ...about } });
}

/**
 * An email decided a moment ago goes out only if what it alerts about still stands: the
 * follow-up still pending at the same due time, the deal still idle since the same moment.
 * A later alert of the same round does not cancel an earlier one still waiting to be sent.
 */
export function stillWanted(state: DealState, { alert }: DealEmailIntent): boolean {
  if ('followUpId' in alert) {
    const f = state.followUps.find((x) => x.id === alert.followUpId);
    return !!f && isPending(f) && f.round === alert.round && f.alerts >= alert.level;
  }
  return state.status === 'open' && state.stall.since === alert.stallSince && state.stall.alerts >= alert.level;
}

function alertFollowUp(state: DealState, f: FollowUp, level: 1 | 2 | 3, now: number) {
  const recipient = level === 3 ? f.escalateTo! : f.ownerId;
  f.alerts = level;
  f.lastAlertAt = now;
  if (f.state === 'snoozed') f.state = 'open';
  touch(state, 'followup_alerted', null, now, { followUpId: f.id, level, to: recipient });
  const first = level === 1 ? FIRST_ALERT[f.kind] : undefined;
  const template = first ?? FOLLOW_UP_TEMPLATES[level];
  const envelope: Envelope = {
    key: `${state.dealId}:followup:${f.id}:${f.round}:${level}`,
    template,
    to: [recipient],
    cc: level === 3 ? [f.ownerId] : undefined,
    alert: { followUpId: f.id, round: f.round, level },
  };
  send(state, envelope, {
    at: now,
    kind: f.kind,
    action: f.action,
    dueAt: f.dueAt,
    ownerId: f.ownerId,
    contactId: f.contactId,
    note: f.note,
    handover:
      template === 'tender_handover' && state.tender
        ? { tenderNo: state.tender.tenderNo, documents: state.tender.documents, contractRef: state.contract?.reference }
        : undefined,
  });
}

function followUpAlarm(state: DealState, f: FollowUp, timing: FollowUpTiming): Alarm | undefined {
  const hours = state.owner.hours;
  const holidays = holidaysOrSeed(state.holidays);
  if (f.alerts === 0) {
    const at = f.kind === 'callback' ? f.dueAt : landInWorkingHours(f.dueAt, hours, holidays, timing);
    return { at, ring: (now) => alertFollowUp(state, f, 1, now) };
  }
  if (f.alerts === 1) return { at: dueAfter(f.lastAlertAt!, timing.remindAgainAfter, hours, holidays, timing), ring: (now) => alertFollowUp(state, f, 2, now) };
  if (f.alerts === 2 && f.escalateTo)
    return { at: dueAfter(f.lastAlertAt!, timing.escalateAfter, hours, holidays, timing), ring: (now) => alertFollowUp(state, f, 3, now) };
  return undefined;
}

function alertStall(state: DealState, stage: OpenStage, level: 1 | 2, now: number) {
  const recipient = level === 1 ? state.ownerId : state.owner.supervisorId!;
  state.stall.alerts = level;
  state.stall.lastAlertAt = now;
  touch(state, 'stall_alerted', null, now, { stage, level, to: recipient, idleSince: state.stall.since });
  const envelope: Envelope = {
    key: `${state.dealId}:stall:${state.stall.since}:${level}`,
    template: level === 1 ? 'stall_owner' : 'stall_supervisor',
    to: [recipient],
    cc: level === 2 ? [state.ownerId] : undefined,
    alert: { stallSince: state.stall.since, level },
  };
  send(state, envelope, {
    at: now,
    stage,
    idleSince: state.stall.since,
    ownerId: state.ownerId,
  });
}

function stallAlarm(state: DealState, timing: FollowUpTiming): Alarm | undefined {
  const stage = state.stage;
  if (!isOpenStage(stage)) return undefined;
  const span = timing.stallAfter[stage];
  const { since, alerts, lastAlertAt } = state.stall;
  if (alerts === 0)
    return { at: dueAfter(since, span, state.owner.hours, holidaysOrSeed(state.holidays), timing), ring: (now) => alertStall(state, stage, 1, now) };
  if (alerts === 1 && state.owner.supervisorId)
    return { at: dueAfter(lastAlertAt!, span, state.owner.hours, holidaysOrSeed(state.holidays), timing), ring: (now) => alertStall(state, stage, 2, now) };
  return undefined;
}

/** The deal's next alarm; none while it is closed. Every timer is derived from state, so a query shows them all. */
export function nextAlarm(state: DealState, timing: FollowUpTiming): Alarm | undefined {
  if (state.status !== 'open') return undefined;
  const candidates = [...state.followUps.filter(isPending).map((f) => followUpAlarm(state, f, timing)), stallAlarm(state, timing)];
  return candidates.reduce<Alarm | undefined>((soonest, a) => (a && (!soonest || a.at < soonest.at) ? a : soonest), undefined);
}

/** Every scheduled alarm, for the deal's view. */
export function scheduledAlarms(state: DealState, timing: FollowUpTiming) {
  if (state.status !== 'open') return [];
  const stall = stallAlarm(state, timing);
  return [
    ...state.followUps.filter(isPending).flatMap((f) => {
      const a = followUpAlarm(state, f, timing);
      return a ? [{ at: a.at, kind: 'followup' as const, followUpId: f.id, level: f.alerts + 1 }] : [];
    }),
    ...(stall ? [{ at: stall.at, kind: 'stall' as const, level: state.stall.alerts + 1 }] : []),
  ].sort((a, b) => a.at - b.at);
}
