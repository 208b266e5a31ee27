import { type Span, type WorkingHours, spanParts } from './calendar';
import { type Label, label } from './label';

/**
 * Support tickets and their SLA (售后服务: respond at once, restore within 2 hours, holidays
 * included). The shared vocabulary of the ServiceWorkflow, which opens tickets, and the
 * TicketWorkflow, which runs their clocks.
 */
export const TICKET_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Inside the warranty repair is free; after it, labour is free and parts are billed at cost. */
export type WarrantyStatus = 'in_warranty' | 'out_of_warranty';

/** Where a ticket is: answered, worked on, waiting for the customer, restored, and closed once it can no longer be reopened. */
export const TICKET_STATUSES = ['open', 'responded', 'in_progress', 'waiting_customer', 'restored', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** What an SLA promises: a first response, and the fault removed (service restored). */
export const SLA_TARGETS = ['response', 'restore'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

/** Elapsed time on a policy's calendar: the calendar says which hours count, the span how many. */
export type SlaSpan = Extract<Span, { hours: number } | { minutes: number } | { seconds: number }>;

/** 24×7 counts every hour, holidays included; business hours count the company's hours on China's working days. */
export type SlaCalendarKind = 'around_the_clock' | 'business_hours';

export interface SlaPolicy {
  key: string;
  label: Label;
  /** The tickets it covers (all, when left out); the first policy that covers a ticket is its policy. */
  priorities?: readonly TicketPriority[];
  warranty?: readonly WarrantyStatus[];
  calendar: SlaCalendarKind;
  targets: Readonly<Record<SlaTarget, SlaSpan>>;
}

/** Who hears of a breached target, and how long after the breach. */
export interface EscalationRung {
  key: 'supervisor' | 'executive';
  after: SlaSpan;
}

/** The SLA policies and ticket rules of one process version; a test overrides parts of it to run in seconds. */
export interface SupportPolicy {
  /** How long after restoring a ticket it may still be reopened; after that a new one is opened. */
  reopenWithin: Span;
  /** In order; the last should cover every ticket. */
  policies: readonly SlaPolicy[];
  /** The share of a target after which the assignee is warned (0.75: with a quarter left). */
  warnAt: number;
  escalation: readonly EscalationRung[];
  /** The states in which the clocks stand still. */
  pausedIn: readonly TicketStatus[];
  /** The company's hours, read in the ticket's time zone, for business-hours policies. */
  businessHours: Omit<WorkingHours, 'timezone'>;
  /** Tickets under these warranty statuses bill the parts used. */
  billableParts: readonly WarrantyStatus[];
  /** The priority a new ticket is offered with. */
  defaultPriority: TicketPriority;
}

/**
 * process.md: respond at once (within 15 minutes) and restore within 2 hours, around the clock and
 * on holidays, for every ticket in warranty that is not of low priority; the rest run on business hours.
 */
export const DEFAULT_SUPPORT_POLICY: SupportPolicy = {
  reopenWithin: { days: 7 },
  policies: [
    {
      key: 'around_the_clock',
      label: label('24×7, holidays included', '7×24小时（节假日照常）'),
      priorities: ['urgent', 'high', 'normal'],
      warranty: ['in_warranty'],
      calendar: 'around_the_clock',
      targets: { response: { minutes: 15 }, restore: { hours: 2 } },
    },
    {
      key: 'business_hours',
      label: label('Business hours', '工作时间'),
      calendar: 'business_hours',
      targets: { response: { hours: 1 }, restore: { hours: 8 } },
    },
  ],
  warnAt: 0.75,
  escalation: [
    { key: 'supervisor', after: { minutes: 0 } },
    { key: 'executive', after: { hours: 1 } },
  ],
  pausedIn: ['waiting_customer'],
  businessHours: { start: '09:00', end: '18:00' },
  billableParts: ['out_of_warranty'],
  defaultPriority: 'normal',
};

/** The policy that covers a ticket of this priority and warranty. */
export function slaPolicyFor(support: SupportPolicy, priority: TicketPriority, warranty: WarrantyStatus): SlaPolicy {
  const found = support.policies.find((p) => (p.priorities ?? [priority]).includes(priority) && (p.warranty ?? [warranty]).includes(warranty));
  if (!found) throw new Error(`no SLA policy covers a ${priority} ticket ${warranty}`);
  return found;
}

const MS = { hours: 3_600_000, minutes: 60_000, seconds: 1000 } as const;

/** Milliseconds of an SLA span, counted on whatever calendar the policy has. */
export function slaSpanMs(span: SlaSpan): number {
  const { unit, amount } = spanParts(span);
  if (!(unit in MS)) throw new RangeError(`an SLA span is in hours, minutes or seconds: got ${JSON.stringify(span)}`);
  return Math.round(amount * MS[unit as keyof typeof MS]);
}
