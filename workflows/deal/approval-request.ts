import { uuid4, workflowInfo } from '@temporalio/workflow';
import { type ApprovalKind, type Minor, type ProcessDefinition, type Stage, approvalChain } from '../../process';
import type { ApprovalRequest } from '../../state/approval';
import type { Actor, DealState } from '../../state/deal';
import { startApprovalRequest } from '../approval/start';
import { touch } from './timeline';

/** What a deal asks to have approved: a stage it wants to enter, or its contract. */
export interface ApprovalAsk {
  kind: ApprovalKind;
  amount: Minor;
  stage?: Stage;
  note?: string;
}

/** Asks for an approval on the deal; the id is known at once, `started` resolves when the request runs. */
export function startApproval(state: DealState, def: ProcessDefinition, ask: ApprovalAsk, actor: Actor, at: number) {
  const approvalId = uuid4();
  const chain = approvalChain(def.approvals, ask.kind, ask.amount);
  const request: ApprovalRequest = {
    approvalId,
    kind: ask.kind,
    processVersion: def.version,
    processDocument: def.document,
    deal: { dealId: state.dealId, workflowId: workflowInfo().workflowId, title: state.title, ownerId: state.ownerId, stage: state.stage },
    stage: ask.stage,
    amount: ask.amount,
    currency: state.currency,
    amountsIn: 'minor',
    requester: actor,
    note: ask.note,
    chain,
    requestedAt: at,
    timing: { ...def.approvals.timing, ...state.approvalTiming },
    holidays: state.holidays,
  };
  touch(state, 'approval_requested', actor, at, {
    approvalId,
    kind: ask.kind,
    stage: ask.stage,
    amount: ask.amount,
    currency: state.currency,
    chain,
    note: ask.note,
  });
  return { approvalId, started: startApprovalRequest(request) };
}
