import type { Client } from '@temporalio/client';
import { tenderQuery, tenderWorkflowId } from '../../workflows/tender/messages';
import type { TenderView } from '../../state/tender';
import { WorkflowGateway } from '../http/workflow-gateway';

export type TenderGateway = WorkflowGateway<TenderView>;

export const tenderGateway = (client: Client, queryTimeoutMs?: number): TenderGateway =>
  new WorkflowGateway(client, { workflowId: tenderWorkflowId, query: tenderQuery, subject: (id) => `tender ${id}` }, queryTimeoutMs);
