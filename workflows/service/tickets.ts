import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import { warrantyStatusAt } from '../../process';
import type { ServiceState, TicketRequest } from '../../state/service';
import { type TicketStart, ticketWorkflowId } from '../../state/ticket';
import { TICKET_WORKFLOW_OPTIONS } from '../ticket/messages';
import { ticketWorkflow } from '../ticket/workflow';
import * as ledger from './ledger';

/** Opens a support ticket as its own TicketWorkflow, which outlives this run; in warranty until the warranty ends. */
export async function openTicket(
  state: ServiceState,
  ticketId: string,
  request: TicketRequest & { reportedBy: string; reportedAt: number; visitId?: string },
  openedBy: string,
  at: number,
) {
  const { start } = state;
  const warranty = warrantyStatusAt(at, state.warranty?.endsAt);
  const ticket: TicketStart = {
    ticketId,
    contractId: start.contractId,
    reference: `GD-${ticketId.slice(0, 8).toUpperCase()}`,
    processVersion: start.processVersion,
    processDocument: start.processDocument,
    deal: start.deal,
    title: request.title,
    description: request.description,
    priority: request.priority,
    reportedBy: request.reportedBy,
    reportedAt: request.reportedAt,
    openedBy,
    warranty,
    assigneeId: start.engineerId,
    visitId: request.visitId,
    support: start.support,
    timezone: start.timezone,
    holidays: start.holidays,
  };
  await startChild(ticketWorkflow, {
    ...TICKET_WORKFLOW_OPTIONS,
    workflowId: ticketWorkflowId(ticketId),
    args: [ticket],
    parentClosePolicy: ParentClosePolicy.ABANDON,
  });
  ledger.recordTicket(state, { ticketId, title: request.title, priority: request.priority, warranty, visitId: request.visitId, openedBy, openedAt: at });
}
