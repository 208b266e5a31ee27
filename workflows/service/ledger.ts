import {
  type ChecklistItemKey,
  type SeasonReading,
  type WorkingHours,
  checklistDueAt,
  holidaysOrSeed,
  passes,
  visitSchedule,
  warrantyEndsAt,
} from '../../process';
import { appendStep } from '../shared/steps';
import type { TrainingInput, VisitRecordInput } from './messages';
import type { ChecklistItem, OpenedTicket, ServiceStart, ServiceState, ServiceStepType, TrainingSession, Visit } from '../../state/service';

export function step(state: ServiceState, type: ServiceStepType, actorId: string | null, at: number, data: Record<string, unknown> = {}) {
  appendStep(state, { type, at, actorId, data });
}

export function openService(start: ServiceStart): ServiceState {
  const { timing, hours, signedAt, engineerId } = start;
  const state: ServiceState = {
    start,
    checklist: timing.checklist.map((rule) => ({
      key: rule.key,
      label: rule.label,
      ownerId: engineerId,
      dueAt: checklistDueAt(rule, signedAt, hours, holidaysOrSeed(start.holidays), timing),
      round: 0,
      alerts: 0,
    })),
    trainings: [],
    visits: [],
    tickets: [],
    toCollection: [],
    history: [],
    version: 0,
    untold: [],
  };
  step(state, 'started', null, signedAt, {
    reference: start.reference,
    engineerId,
    checklist: state.checklist.map((i) => ({ key: i.key, dueAt: i.dueAt })),
  });
  return state;
}

export const item = (state: ServiceState, key: ChecklistItemKey): ChecklistItem | undefined => state.checklist.find((i) => i.key === key);

export function completeItem(state: ServiceState, i: ChecklistItem, by: string, at: number, note?: string) {
  i.done = { by, at, note };
  step(state, 'item_done', by, at, { item: i.key, note, late: at > i.dueAt });
}

export function reopenItem(state: ServiceState, i: ChecklistItem, reason: string, by: string, at: number) {
  i.done = undefined;
  i.round += 1;
  i.alerts = 0;
  i.lastAlertAt = undefined;
  step(state, 'item_reopened', by, at, { item: i.key, reason });
}

export function recordTraining(state: ServiceState, id: string, input: TrainingInput, by: string, at: number): TrainingSession {
  const policy = state.start.timing.training;
  const trainees = input.trainees.map((t) => ({ ...t, passed: passes(t.score, policy) }));
  const session: TrainingSession = { id, ...input, trainees, passed: trainees.every((t) => t.passed), recordedBy: by, recordedAt: at };
  state.trainings.push(session);
  step(state, 'training_recorded', by, at, {
    trainingId: id,
    heldAt: input.heldAt,
    trainees: trainees.length,
    passedTrainees: trainees.filter((t) => t.passed).length,
    passed: session.passed,
  });
  return session;
}

/** 验收: the customer signs; collection hears of it, the warranty starts and with it the visit programme. */
export function recordAcceptance(
  state: ServiceState,
  signedBy: string,
  signedAt: number,
  remarks: string | undefined,
  by: string,
  at: number,
  newId: () => string,
  seasons: SeasonReading,
) {
  const { timing, hours, warrantyMonths, region, engineerId } = state.start;
  const holidays = holidaysOrSeed(state.start.holidays);
  state.acceptance = { signedBy, signedAt, remarks, recordedBy: by, recordedAt: at };
  step(state, 'acceptance_recorded', by, at, { signedBy, signedAt, remarks });
  const accepted = item(state, 'acceptance');
  if (accepted && !accepted.done) completeItem(state, accepted, by, at);
  state.toCollection.push({ milestone: 'acceptance', reachedAt: signedAt, actorId: by });
  const endsAt = warrantyEndsAt(signedAt, warrantyMonths, timing, hours, holidays);
  state.warranty = { months: warrantyMonths, startsAt: signedAt, endsAt };
  const planned = visitSchedule(signedAt, endsAt, region, timing, hours, holidays, seasons);
  state.visits.push(...planned.map((v): Visit => ({ ...v, id: newId(), assigneeId: engineerId, alerts: 0 })));
  step(state, 'visits_planned', null, at, {
    warrantyEndsAt: endsAt,
    visits: planned.length,
    first: planned[0] ? { kind: planned[0].kind, dueAt: planned[0].dueAt } : null,
  });
}

export function endWarranty(state: ServiceState, at: number) {
  const w = state.warranty!;
  w.endedAt = at;
  state.toCollection.push({ milestone: 'warranty_end', reachedAt: w.endsAt, actorId: state.start.engineerId });
  step(state, 'warranty_ended', null, at, { startsAt: w.startsAt, endsAt: w.endsAt });
}

export function scheduleVisit(
  state: ServiceState,
  id: string,
  dueAt: number,
  assigneeId: string,
  hours: WorkingHours | undefined,
  purpose: string,
  by: string,
  at: number,
): Visit {
  const n = state.visits.filter((v) => v.kind === 'technical').length + 1;
  const visit: Visit = { id, key: `technical-${n}`, kind: 'technical', dueAt, assigneeId, hours, purpose, scheduledBy: by, alerts: 0 };
  state.visits.push(visit);
  step(state, 'visit_scheduled', by, at, { visitId: id, kind: 'technical', dueAt, assigneeId, purpose });
  return visit;
}

export function recordVisit(state: ServiceState, v: Visit, record: VisitRecordInput, by: string, at: number) {
  v.record = { ...record, recordedBy: by, recordedAt: at };
  step(state, 'visit_recorded', by, at, {
    visitId: v.id,
    kind: v.kind,
    visitedAt: record.visitedAt,
    problems: record.problems,
    satisfaction: record.satisfaction,
    confirmedBy: record.confirmedBy.name,
  });
}

export function recordTicket(state: ServiceState, ticket: OpenedTicket) {
  state.tickets.push(ticket);
  const visit = ticket.visitId ? state.visits.find((v) => v.id === ticket.visitId) : undefined;
  if (visit?.record) visit.record.ticketId = ticket.ticketId;
  step(state, 'ticket_opened', ticket.openedBy, ticket.openedAt, {
    ticketId: ticket.ticketId,
    title: ticket.title,
    priority: ticket.priority,
    warranty: ticket.warranty,
    visitId: ticket.visitId,
  });
}
