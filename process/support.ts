import type { Span } from './calendar';

/**
 * Support tickets and their SLA (售后服务: respond at once, restore within 2 hours, holidays
 * included). The shared vocabulary of the ServiceWorkflow, which opens tickets, and the
 * TicketWorkflow, which runs their clocks.
 */
export const TICKET_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Inside the warranty repair is free; after it, labour is free and parts are billed at cost. */
export type WarrantyStatus = 'in_warranty' | 'out_of_warranty';

/** The SLA policies and ticket rules of one process version; a test overrides parts of it to run in seconds. */
export interface SupportPolicy {
  /** How long after restoring a ticket it may still be reopened; after that a new one is opened. */
  reopenWithin: Span;
}
