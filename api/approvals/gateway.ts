import type { Client } from '@temporalio/client';
import { approvalQuery, approvalWorkflowId } from '../../workflows/approval/messages';
import type { ApprovalView } from '../../state/approval';
import { WorkflowGateway } from '../http/workflow-gateway';

export type ApprovalGateway = WorkflowGateway<ApprovalView>;

export const approvalGateway = (client: Client, queryTimeoutMs?: number): ApprovalGateway =>
  new WorkflowGateway(client, { workflowId: approvalWorkflowId, query: approvalQuery, subject: (id) => `approval request ${id}` }, queryTimeoutMs);
