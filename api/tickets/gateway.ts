import type { Client } from '@temporalio/client';
import { type TicketView, ticketWorkflowId } from '../../state/ticket';
import { ticketQuery } from '../../workflows/ticket/messages';
import { WorkflowGateway } from '../http/workflow-gateway';

export type TicketGateway = WorkflowGateway<TicketView>;

export const ticketGateway = (client: Client, queryTimeoutMs?: number): TicketGateway =>
  new WorkflowGateway(client, { workflowId: ticketWorkflowId, query: ticketQuery, subject: (id) => `ticket ${id}` }, queryTimeoutMs);
