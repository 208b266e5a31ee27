import { getExternalWorkflowHandle } from '@temporalio/workflow';
import { type ProcessDefinition, type Stage, type StageApproval, judgeMove } from '../../process';
import { type ApprovalNews, approvalWorkflowId, cancelApprovalSignal } from '../approval/messages';
import { startApproval } from './approval-request';
import { hearContractApproval } from './contract';
import { moveStage } from './ledger';
import { touch } from './timeline';
import type { Actor, DealState, TimelineType } from '../../state/deal';

/** Asks for the approval that entering `stage` needs; the deal stays put until the request is decided. */
export async function requestApproval(
  state: DealState,
  def: ProcessDefinition,
  gate: StageApproval,
  stage: Stage,
  note: string | undefined,
  actor: Actor,
  at: number,
) {
  const { approvalId, started } = startApproval(state, def, { kind: gate.kind, amount: gate.amount(state), stage, note }, actor, at);
  state.pendingApproval = { approvalId, kind: gate.kind, stage, note, requestedBy: actor.id, requestedAt: at };
  await started;
}

/** A move back or a loss ends the pending request: nobody needs to decide it any more. */
export function dropPendingApproval(state: DealState, reason: string, actor: Actor) {
  const pending = state.pendingApproval;
  if (!pending) return;
  state.pendingApproval = undefined;
  void getExternalWorkflowHandle(approvalWorkflowId(pending.approvalId))
    .signal(cancelApprovalSignal, { reason, actorId: actor.id })
    .catch(() => undefined);
}

/** Every step of a request lands on the deal's timeline; its outcome moves the deal, or records why not. */
export function hearApproval(state: DealState, def: ProcessDefinition, news: ApprovalNews, now: number) {
  for (const s of news.steps) {
    if (s.type === 'requested') continue;
    touch(state, `approval_${s.type}` as TimelineType, s.actorId ? { id: s.actorId } : null, s.at, { approvalId: news.approvalId, level: s.level, ...s.data });
  }
  if (hearContractApproval(state, news, now)) return;
  const pending = state.pendingApproval;
  if (!pending || pending.approvalId !== news.approvalId || news.status === 'pending') return;
  state.pendingApproval = undefined;
  if (news.status === 'rejected') state.lastRejection = { approvalId: pending.approvalId, stage: pending.stage, facts: JSON.stringify(state.facts) };
  if (news.status !== 'approved') return;
  const verdict = judgeMove(def, state, pending.stage, now, pending.note);
  if (!verdict.ok)
    return touch(state, 'approval_lapsed', null, now, { approvalId: pending.approvalId, stage: pending.stage, status: 'approved', refusal: verdict });
  moveStage(state, def, pending.stage, verdict.kind, pending.note, { id: pending.requestedBy, role: 'requester' }, now);
}

/** Asking again for what was just turned down, with the very same facts, is refused. */
export const repeatsRejection = (state: DealState, stage: Stage) =>
  state.lastRejection?.stage === stage && state.lastRejection.facts === JSON.stringify(state.facts);
