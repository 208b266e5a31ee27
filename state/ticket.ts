import type { SupportPolicy, TicketPriority, WarrantyStatus } from '../process';

/** What a ServiceWorkflow hands the TicketWorkflow it opens for one support request. */
export interface TicketStart {
  ticketId: string;
  contractId: string;
  reference: string;
  processVersion: number;
  deal: { dealId: string; workflowId: string; title: string; ownerId: string; accountId: string };
  title: string;
  description: string;
  priority: TicketPriority;
  /** The customer's person who reported it, and when the customer reported it: the SLA clocks start there. */
  reportedBy: string;
  reportedAt: number;
  /** The user who opened the ticket. */
  openedBy: string;
  warranty: WarrantyStatus;
  assigneeId?: string;
  /** The visit whose record found the problem, when one did. */
  visitId?: string;
  /** Overrides of the version's support policy (tests compress durations with it). */
  support?: Partial<SupportPolicy>;
  /** The company's time zone, for business-hours policies and emails. */
  timezone: string;
}

export const ticketWorkflowId = (ticketId: string) => `ticket-${ticketId}`;
