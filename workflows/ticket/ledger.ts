import { type SlaTarget, type TicketPriority, type TicketStatus, pinnedDefinition } from '../../process';
import { appendStep } from '../shared/steps';
import { type SlaClockState, type TicketStart, type TicketState, type TicketStepType, slaPolicyOf } from '../../state/ticket';

export function step(state: TicketState, type: TicketStepType, actorId: string | null, at: number, data: Record<string, unknown> = {}) {
  appendStep(state, { type, at, actorId, data });
}

export function openTicket(start: TicketStart): TicketState {
  const support = { ...pinnedDefinition(start.processVersion, start.processDocument).support, ...start.support };
  const clock = (target: SlaTarget): SlaClockState => ({ target, runs: [{ from: start.reportedAt }], rung: 0 });
  const state: TicketState = {
    start,
    support,
    status: 'open',
    priority: start.priority,
    assigneeId: start.assigneeId,
    billableParts: support.billableParts.includes(start.warranty),
    clocks: [clock('response'), clock('restore')],
    reopenedCount: 0,
    history: [],
    version: 0,
    untold: [],
  };
  step(state, 'opened', start.openedBy, start.reportedAt, {
    reference: start.reference,
    title: start.title,
    priority: start.priority,
    warranty: start.warranty,
    policy: slaPolicyOf(state).key,
    billableParts: state.billableParts,
  });
  return state;
}

export const clockOf = (state: TicketState, target: SlaTarget): SlaClockState => state.clocks.find((c) => c.target === target)!;

const isRunning = (c: SlaClockState) => c.runs.at(-1)?.to === undefined;

/** Moves the ticket and makes every unmet clock run or stand still as the new state says. */
function enter(state: TicketState, status: TicketStatus, at: number) {
  state.status = status;
  const run = !state.support.pausedIn.includes(status);
  for (const c of state.clocks) {
    if (c.metAt !== undefined || run === isRunning(c)) continue;
    if (run) c.runs.push({ from: at });
    else c.runs.at(-1)!.to = at;
  }
}

function meet(c: SlaClockState, at: number) {
  if (isRunning(c)) c.runs.at(-1)!.to = at;
  c.metAt = at;
}

export function respond(state: TicketState, by: string, note: string | undefined, at: number) {
  meet(clockOf(state, 'response'), at);
  state.respondedAt = at;
  enter(state, 'responded', at);
  step(state, 'responded', by, at, { note, late: clockOf(state, 'response').breachedAt !== undefined });
}

export function waitForCustomer(state: TicketState, by: string, reason: string | undefined, at: number) {
  enter(state, 'waiting_customer', at);
  step(state, 'waiting_customer', by, at, { reason });
}

export function resume(state: TicketState, by: string, at: number) {
  enter(state, 'in_progress', at);
  step(state, 'resumed', by, at);
}

export function restore(state: TicketState, by: string, resolution: string, at: number) {
  meet(clockOf(state, 'restore'), at);
  state.restoredAt = at;
  state.resolution = resolution;
  enter(state, 'restored', at);
  step(state, 'restored', by, at, { resolution, late: clockOf(state, 'restore').breachedAt !== undefined });
}

/** Back to work: the restore clock runs on from the time it had consumed; a breach or warning already recorded stays. */
export function reopen(state: TicketState, by: string, reason: string | undefined, at: number) {
  const c = clockOf(state, 'restore');
  c.metAt = undefined;
  state.restoredAt = undefined;
  state.resolution = undefined;
  state.reopenedCount += 1;
  enter(state, 'in_progress', at);
  step(state, 'reopened', by, at, { reason });
}

export function assign(state: TicketState, by: string, assigneeId: string, at: number) {
  const from = state.assigneeId ?? null;
  state.assigneeId = assigneeId;
  step(state, 'assigned', by, at, { from, to: assigneeId });
}

/** A new priority may mean a new policy: its targets and calendar apply to the time already consumed. */
export function changePriority(state: TicketState, by: string, priority: TicketPriority, at: number) {
  const from = { priority: state.priority, policy: slaPolicyOf(state).key };
  state.priority = priority;
  step(state, 'priority_changed', by, at, { from: from.priority, to: priority, fromPolicy: from.policy, policy: slaPolicyOf(state).key });
}

export function warn(state: TicketState, c: SlaClockState, deadline: number, at: number) {
  c.warnedAt = at;
  step(state, 'sla_warned', null, at, { target: c.target, deadline, assigneeId: state.assigneeId ?? null });
}

/** Records the breach at the instant the target was consumed; a warning not yet sent is passed over, never sent late. */
export function breach(state: TicketState, c: SlaClockState, deadline: number, at: number) {
  if (c.warnedAt === undefined) step(state, 'sla_warning_skipped', null, at, { target: c.target, reason: 'the deadline came first' });
  c.breachedAt = deadline;
  step(state, 'sla_breached', null, at, { target: c.target, deadline });
}

export function escalate(state: TicketState, c: SlaClockState, at: number) {
  const rung = state.support.escalation[c.rung];
  c.rung += 1;
  step(state, 'sla_escalated', null, at, { target: c.target, rung: rung.key, breachedAt: c.breachedAt });
}

export function close(state: TicketState, at: number) {
  state.status = 'closed';
  state.closedAt = at;
  step(state, 'closed', null, at, { restoredAt: state.restoredAt });
}
