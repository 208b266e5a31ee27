import { type ApprovalPolicy, type ApproverRole, pinnedDefinition, roleAbove } from '../../process';
import { appendStep } from '../shared/steps';
import type { ApprovalRequest, ApprovalState, ApprovalStepType, Assignment, Decision } from '../../state/approval';

/** The approval policy of the process version the request was made under. */
export const policyOf = ({ request }: ApprovalState): ApprovalPolicy => pinnedDefinition(request.processVersion, request.processDocument).approvals;

/** Every change bumps the version and adds a step, which the deal hears about. */
export function step(state: ApprovalState, type: ApprovalStepType, actorId: string | null, at: number, data: Record<string, unknown> = {}, level?: number) {
  appendStep(state, { type, at, actorId, level, data });
}

export function openApproval(request: ApprovalRequest): ApprovalState {
  const state: ApprovalState = {
    request,
    status: 'pending',
    levels: request.chain.map((rule, i) => ({ level: i + 1, rule, status: 'waiting', assignments: [] })),
    current: 0,
    history: [],
    version: 0,
    untold: [],
  };
  step(state, 'requested', request.requester.id, request.requestedAt, {
    kind: request.kind,
    stage: request.stage,
    amount: request.amount,
    currency: request.currency,
    chain: request.chain,
    note: request.note,
  });
  return state;
}

/** The role a level asks for; a named approver's level escalates as a supervisor's would. */
export const levelRole = (state: ApprovalState): ApproverRole | undefined => {
  const level = state.levels[state.current];
  const last = level.assignments[level.assignments.length - 1];
  return last?.role ?? ('role' in level.rule ? level.rule.role : undefined);
};

export function assign(state: ApprovalState, assignment: Assignment) {
  const level = state.levels[state.current];
  level.status = 'pending';
  level.assignments.push(assignment);
  step(
    state,
    assignment.escalatedFrom ? 'escalated' : 'assigned',
    null,
    assignment.at,
    {
      approverId: assignment.approverId,
      assigneeId: assignment.assigneeId,
      onBehalfOf: assignment.onBehalfOf,
      escalatedFrom: assignment.escalatedFrom,
      assignment: assignment.n,
    },
    level.level,
  );
}

/**
 * The level is passed over (its approver is the requester or owns the deal, or nobody holds the role).
 * When nothing in the chain has approved yet and no level is left, the request climbs one role up,
 * so that someone other than the requester always decides.
 */
export function skipLevel(state: ApprovalState, reason: string, userId: string | undefined, at: number) {
  const level = state.levels[state.current];
  level.status = 'skipped';
  level.skipped = { userId, reason };
  step(state, 'skipped', null, at, { userId, reason }, level.level);
  if (state.current + 1 < state.levels.length) {
    state.current += 1;
    return;
  }
  if (state.levels.some((l) => l.status === 'approved')) return finish(state, 'approved', at);
  const above = roleAbove(policyOf(state), 'role' in level.rule ? level.rule.role : undefined);
  if (!above) return unroutable(state, 'no one above the chain can decide it', at);
  state.levels.push({ level: level.level + 1, rule: { role: above }, status: 'waiting', assignments: [] });
  state.current += 1;
}

export function remind(state: ApprovalState, assignment: Assignment, at: number) {
  assignment.remindedAt = at;
  step(state, 'reminded', null, at, { assigneeId: assignment.assigneeId, assignment: assignment.n }, state.levels[state.current].level);
}

/** Nobody above could take the request: it stays with its holder, reminded no more. */
export function stayPut(state: ApprovalState, assignment: Assignment, reason: string, at: number) {
  assignment.topOfLine = true;
  step(state, 'not_escalated', null, at, { assigneeId: assignment.assigneeId, reason }, state.levels[state.current].level);
}

export function decide(state: ApprovalState, decision: Decision) {
  const level = state.levels[state.current];
  level.status = decision.outcome;
  level.decision = decision;
  step(state, decision.outcome, decision.by, decision.at, { onBehalfOf: decision.onBehalfOf, comment: decision.comment, via: decision.via }, level.level);
  if (decision.outcome === 'rejected') return finish(state, 'rejected', decision.at);
  if (state.current + 1 < state.levels.length) state.current += 1;
  else finish(state, 'approved', decision.at);
}

export function withdraw(state: ApprovalState, type: 'withdrawn' | 'cancelled', actorId: string | null, reason: string | undefined, at: number) {
  step(state, type, actorId, at, { reason });
  finish(state, type, at);
}

export function unroutable(state: ApprovalState, reason: string, at: number) {
  step(state, 'unroutable', null, at, { reason }, state.levels[state.current]?.level);
  finish(state, 'unroutable', at);
}

function finish(state: ApprovalState, status: ApprovalState['status'], at: number) {
  state.status = status;
  state.decidedAt = at;
}
