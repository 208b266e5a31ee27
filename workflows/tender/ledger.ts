import type { ApprovalStatus } from '../../state/approval';
import { appendStep } from '../shared/steps';
import type { TenderResult, TenderStart, TenderState, TenderStepType } from '../../state/tender';

export function step(state: TenderState, type: TenderStepType, actorId: string | null, at: number, data: Record<string, unknown> = {}) {
  appendStep(state, { type, at, actorId, data });
}

/** Checklist items go to the tender's presales engineer, the deal owner, or finance (the owner when there is none). */
export function openTender(start: TenderStart, at: number): TenderState {
  const ownerOf = { presales: start.presalesId, rep: start.deal.ownerId, finance: start.financeId ?? start.deal.ownerId };
  const state: TenderState = {
    start,
    status: 'open',
    items: start.checklist.map((c) => ({ key: c.key, label: c.label, ownerId: ownerOf[c.owner], done: false })),
    reminders: 0,
    presentationReminded: false,
    history: [],
    version: 0,
    untold: [],
  };
  step(state, 'started', start.startedBy.id, at, {
    tenderNo: start.tenderNo,
    submissionDeadline: start.submissionDeadline,
    openingAt: start.openingAt,
    presalesId: start.presalesId,
  });
  return state;
}

export function updateItem(state: TenderState, key: string, done: boolean, note: string | undefined, by: string, at: number) {
  const item = state.items.find((i) => i.key === key)!;
  Object.assign(item, { done, note, doneBy: done ? by : undefined, doneAt: done ? at : undefined });
  step(state, 'checklist_updated', by, at, { item: key, done, note });
}

export function reviewDecided(state: TenderState, status: ApprovalStatus, at: number) {
  state.review!.status = status;
  step(state, 'review_decided', null, at, { approvalId: state.review!.approvalId, status });
}

export function submit(state: TenderState, by: string, at: number) {
  state.status = 'submitted';
  state.submittedAt = at;
  step(state, 'submitted', by, at);
}

export function miss(state: TenderState, at: number) {
  state.status = 'missed';
  step(state, 'missed', null, at, { open: state.items.filter((i) => !i.done).map((i) => i.key) });
}

export function record(state: TenderState, result: TenderResult) {
  state.status = result.outcome;
  state.result = result;
  step(state, 'result', result.by, result.at, {
    outcome: result.outcome,
    winner: result.winner,
    ourRank: result.ourRank,
    note: result.note,
    keepOpen: result.keepOpen,
  });
}
