import { type FactPatch, type ProcessDefinition, type Stage, applyFactPatch, holdsMoney, wonStage } from '../../process';
import { endFollowUp, isPending, recountFollowUps } from './followups';
import type { OwnerCalendar } from '../../state/deal';
import type { FollowUpTiming, HolidayCalendar } from '../../process';
import type { Actor, DealCreation, DealState, LostRecord, StageChange } from '../../state/deal';
import { touch } from './timeline';

export function openDeal(def: ProcessDefinition, c: DealCreation, at: number): DealState {
  const state: DealState = {
    dealId: c.dealId,
    processVersion: def.version,
    fingerprint: c.fingerprint,
    title: c.title,
    accountId: c.accountId,
    ownerId: c.ownerId,
    createdBy: c.createdBy.id,
    amount: c.amount,
    currency: c.currency,
    amountsIn: 'minor',
    stage: 'LEAD',
    status: 'open',
    facts: applyFactPatch({}, def, c.facts),
    reopenCount: 0,
    history: [],
    createdAt: at,
    updatedAt: at,
    stageEnteredAt: at,
    version: 0,
    seq: 0,
    unprojected: [],
    owner: c.owner,
    holidays: c.holidays,
    timing: c.timing,
    approvalTiming: c.approvalTiming,
    collectionTiming: c.collectionTiming,
    tenderTiming: c.tenderTiming,
    serviceTiming: c.serviceTiming,
    supportTiming: c.supportTiming,
    followUps: [],
    stall: { since: at, alerts: 0 },
    emails: [],
  };
  touch(state, 'created', c.createdBy, at, {
    title: c.title,
    stage: 'LEAD',
    amount: c.amount,
    currency: c.currency,
    ownerId: c.ownerId,
    facts: Object.keys(state.facts),
  });
  return state;
}

export function recordFacts(state: DealState, def: ProcessDefinition, patch: FactPatch, actor: Actor, at: number): void {
  state.facts = applyFactPatch(state.facts, def, patch);
  // The values as recorded, so amounts land on the timeline in minor units, beside the currency.
  const changes = Object.fromEntries(Object.keys(patch).map((key) => [key, state.facts[key] ?? null]));
  touch(state, 'facts_recorded', actor, at, holdsMoney(def, Object.keys(patch)) ? { changes, currency: state.currency } : { changes });
}

function changeStage(state: DealState, change: Omit<StageChange, 'from' | 'at' | 'by'>, actor: Actor, at: number) {
  const record: StageChange = { from: state.stage, at, by: actor.id, ...change };
  state.history.push(record);
  state.stage = change.to;
  state.stageEnteredAt = at;
  state.stall = { since: at, alerts: 0 };
  return record;
}

export function moveStage(state: DealState, def: ProcessDefinition, to: Stage, kind: 'forward' | 'back', note: string | undefined, actor: Actor, at: number) {
  const { from } = changeStage(state, { to, kind, note }, actor, at);
  if (to === wonStage(def)) {
    state.status = 'won';
    for (const f of state.followUps) if (isPending(f)) endFollowUp(state, f, 'cancelled', 'the deal was won', actor, at);
  }
  touch(state, 'stage_changed', actor, at, { from, to, kind, note });
}

export function markLost(state: DealState, lost: Omit<LostRecord, 'at' | 'by'>, actor: Actor, at: number) {
  state.lostFrom = state.stage as DealState['lostFrom'];
  state.lost = { ...lost, at, by: actor.id };
  for (const f of state.followUps) if (isPending(f)) endFollowUp(state, f, 'cancelled', 'the deal was lost', actor, at);
  changeStage(state, { to: 'LOST', kind: 'lost', note: lost.note }, actor, at);
  state.status = 'lost';
  touch(state, 'lost', actor, at, { from: state.lostFrom, ...lost });
}

export function reopen(state: DealState, to: Stage, reason: string, actor: Actor, at: number) {
  changeStage(state, { to, kind: 'reopen', note: reason }, actor, at);
  state.status = 'open';
  state.reopenCount += 1;
  state.lost = undefined;
  state.lostFrom = undefined;
  touch(state, 'reopened', actor, at, { to, reason });
}

/** Follows the owner's new calendar; their pending follow-ups escalate to the new supervisor. */
export function changeOwnerCalendar(state: DealState, owner: OwnerCalendar, at: number) {
  for (const f of state.followUps)
    if (isPending(f) && f.ownerId === state.ownerId && f.escalateTo === state.owner.supervisorId) f.escalateTo = owner.supervisorId;
  state.owner = owner;
  touch(state, 'owner_calendar_changed', null, at, { ...owner });
}

/**
 * Computes business time on a newer holiday calendar: the alarms are derived again from it, and
 * the follow-ups a rule counted are counted again (their moved due times are on the entry).
 */
export function changeHolidayCalendar(state: DealState, holidays: HolidayCalendar, fromVersion: number, timing: FollowUpTiming, at: number) {
  state.holidays = holidays;
  const followUps = recountFollowUps(state, holidays, timing);
  touch(state, 'calendar_changed', null, at, { from: fromVersion, to: holidays.version, ...(followUps.length ? { followUps } : {}) });
}
