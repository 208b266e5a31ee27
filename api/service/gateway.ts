import type { Client } from '@temporalio/client';
import type { ServiceView } from '../../state/service';
import { serviceQuery, serviceWorkflowId } from '../../workflows/service/messages';
import { WorkflowGateway } from '../http/workflow-gateway';

export type ServiceGateway = WorkflowGateway<ServiceView>;

export const serviceGateway = (client: Client, queryTimeoutMs?: number): ServiceGateway =>
  new WorkflowGateway(client, { workflowId: serviceWorkflowId, query: serviceQuery, subject: (id) => `the service of contract ${id}` }, queryTimeoutMs);
