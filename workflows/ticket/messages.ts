import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { TicketPriority } from '../../process';
import type { Actor } from '../../state/deal';
import type { TicketStep, TicketView } from '../../state/ticket';

export const respondUpdate = defineUpdate<TicketView, [{ actor: Actor; note?: string }]>('respond');
export const waitForCustomerUpdate = defineUpdate<TicketView, [{ actor: Actor; reason?: string }]>('waitForCustomer');
export const resumeUpdate = defineUpdate<TicketView, [{ actor: Actor }]>('resume');
export const restoreUpdate = defineUpdate<TicketView, [{ actor: Actor; resolution: string }]>('restore');
export const reopenUpdate = defineUpdate<TicketView, [{ actor: Actor; reason?: string }]>('reopen');
export const assignUpdate = defineUpdate<TicketView, [{ actor: Actor; assigneeId: string }]>('assign');
export const changePriorityUpdate = defineUpdate<TicketView, [{ actor: Actor; priority: TicketPriority }]>('changePriority');
export const ticketQuery = defineQuery<TicketView>('ticket');

/** What a ticket tells its deal: new steps for the timeline. */
export interface TicketNews {
  ticketId: string;
  reference: string;
  steps: TicketStep[];
}
export const ticketNewsSignal = defineSignal<[TicketNews]>('ticketNews');

/**
 * How a TicketWorkflow is started (with `ticketWorkflowId` and a TicketStart). A workflow task taken
 * by a worker that then dies is handed to another after this timeout: far above what a task takes,
 * and half of Temporal's default 10 s, which would hold a warning or a breach that long.
 */
export const TICKET_WORKFLOW_OPTIONS = { workflowTaskTimeout: '5 seconds' } as const;
