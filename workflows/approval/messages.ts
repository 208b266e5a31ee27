import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../state/deal';
import type { ApprovalStatus, ApprovalStep, ApprovalView } from '../../state/approval';

export interface DecisionInput {
  actor: Actor;
  decision: 'approve' | 'reject';
  comment?: string;
  /** Who delegates to the actor today, as the API found them: the actor may decide for any of them. */
  delegating?: string[];
  /** A signed link decides only the level and assignment it was sent for. */
  link?: { level: number; assignment: number; approverId: string; linkId: string };
}

export const decideUpdate = defineUpdate<ApprovalView, [DecisionInput]>('decide');
export const withdrawUpdate = defineUpdate<ApprovalView, [{ actor: Actor; reason?: string }]>('withdraw');
/** The deal no longer wants it (moved back or lost): ends a pending request without a decision. */
export const cancelApprovalSignal = defineSignal<[{ reason: string; actorId: string }]>('cancel');
export const approvalQuery = defineQuery<ApprovalView>('approval');
/**
 * Answers once the request has its holder and both the deal and the read model know it (or once it
 * ended without one): after that, reading it, the holder's inbox and the holder's decision all work.
 */
export const routedUpdate = defineUpdate<ApprovalView, []>('routed');

/** What the request tells its deal: new steps for the timeline, and the status they led to. */
export interface ApprovalNews {
  approvalId: string;
  status: ApprovalStatus;
  steps: ApprovalStep[];
}
export const approvalNewsSignal = defineSignal<[ApprovalNews]>('approvalNews');

export const approvalWorkflowId = (approvalId: string) => `approval-${approvalId}`;
