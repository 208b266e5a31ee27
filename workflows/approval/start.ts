import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import { approvalWorkflowId } from './messages';
import type { ApprovalRequest } from '../../state/approval';
import { approvalWorkflow } from './workflow';

/**
 * Starts a request as a child of the calling workflow. It outlives the caller's run
 * (continue-as-new) and answers by signal to `request.deal.workflowId`, not by its result.
 */
export const startApprovalRequest = (request: ApprovalRequest) =>
  startChild(approvalWorkflow, { workflowId: approvalWorkflowId(request.approvalId), args: [request], parentClosePolicy: ParentClosePolicy.ABANDON });
