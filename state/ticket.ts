import type { ProcessDocument } from '../process/document';
import {
  type ClockCalendar,
  type ClockRun,
  DEFAULT_WORKING_HOURS,
  type HolidayCalendar,
  type SlaCalendarKind,
  type SlaPolicy,
  type SlaTarget,
  type SupportPolicy,
  type TicketPriority,
  type TicketStatus,
  type WarrantyStatus,
  addSpan,
  consumedTime,
  instantConsumed,
  pausedTime,
  holidaysOrSeed,
  withoutHolidays,
  slaPolicyFor,
  slaSpanMs,
} from '../process';

/** What a ServiceWorkflow hands the TicketWorkflow it opens for one support request. */
export interface TicketStart {
  ticketId: string;
  contractId: string;
  reference: string;
  processVersion: number;
  /** The published process document, when the version is not built in. */
  processDocument?: ProcessDocument;
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
  /** The holiday calendar version it was handed; absent (started before), the seed. */
  holidays?: HolidayCalendar;
}

export const ticketWorkflowId = (ticketId: string) => `ticket-${ticketId}`;

/** One SLA target's clock: its runs are the data, everything shown is derived from them on the policy's calendar. */
export interface SlaClockState {
  target: SlaTarget;
  runs: ClockRun[];
  /** When the target was reached (responded, restored); cleared when a restored ticket is reopened. */
  metAt?: number;
  warnedAt?: number;
  /** The instant the clock consumed its target unmet. A breached target stays breached, whatever happens after. */
  breachedAt?: number;
  /** Index of the next escalation rung; rungs before it were sent. */
  rung: number;
}

export type TicketStepType =
  | 'opened'
  | 'responded'
  | 'waiting_customer'
  | 'resumed'
  | 'restored'
  | 'reopened'
  | 'assigned'
  | 'priority_changed'
  | 'sla_warned'
  | 'sla_warning_skipped'
  | 'sla_breached'
  | 'sla_escalated'
  | 'closed'
  | 'email_failed'
  | 'deal_unreachable';

export interface TicketStep {
  seq: number;
  type: TicketStepType;
  at: number;
  actorId: string | null;
  data: Record<string, unknown>;
}

export interface TicketState {
  start: TicketStart;
  /** The version's support policy with the start's overrides. */
  support: SupportPolicy;
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId?: string;
  /** Out of warranty, the parts used are billed (labour stays free). */
  billableParts: boolean;
  clocks: SlaClockState[];
  respondedAt?: number;
  restoredAt?: number;
  resolution?: string;
  reopenedCount: number;
  closedAt?: number;
  history: TicketStep[];
  version: number;
  /** Steps not yet told to the deal. */
  untold: TicketStep[];
}

/** One clock as people read it, at one instant. Durations in milliseconds of the policy's calendar. */
export interface SlaClockView {
  target: SlaTarget;
  policy: string;
  calendar: SlaCalendarKind;
  targetMs: number;
  consumedMs: number;
  pausedMs: number;
  remainingMs: number;
  /** When the target is (or was) consumed; null while the clock stands still short of it, or once met in time. */
  deadline: number | null;
  warningAt: number | null;
  warnedAt: number | null;
  breachedAt: number | null;
  metAt: number | null;
  status: 'running' | 'paused' | 'met' | 'breached';
}

/** The live ticket: its state with every clock read at the workflow's time. */
export interface TicketView extends Omit<TicketState, 'untold'> {
  /** The holiday calendar version its business time is computed with: the one it was handed, or a newer one told since. */
  holidayCalendarVersion: number;
  policy: string;
  sla: SlaClockView[];
  breached: boolean;
  /** Until when a restored ticket may be reopened. */
  reopenUntil: number | null;
}

export const slaPolicyOf = (state: Pick<TicketState, 'support' | 'priority' | 'start'>): SlaPolicy =>
  slaPolicyFor(state.support, state.priority, state.start.warranty);

/** The calendar a ticket's clocks count on now: its policy's, in the ticket's time zone. */
export function clockCalendar(state: Pick<TicketState, 'support' | 'priority' | 'start'>): ClockCalendar {
  return slaPolicyOf(state).calendar === 'business_hours'
    ? { hours: { timezone: state.start.timezone, ...state.support.businessHours }, holidays: holidaysOrSeed(state.start.holidays) }
    : null;
}

export const targetMs = (state: Pick<TicketState, 'support' | 'priority' | 'start'>, target: SlaTarget): number =>
  slaSpanMs(slaPolicyOf(state).targets[target]);

/** The instant a clock reaches its target, and the one its warning is due; undefined while it stands still short of them. */
export function clockInstants(state: Pick<TicketState, 'support' | 'priority' | 'start'>, clock: SlaClockState) {
  const calendar = clockCalendar(state);
  const target = targetMs(state, clock.target);
  return {
    deadline: instantConsumed(clock.runs, target, calendar),
    warning: instantConsumed(clock.runs, target * state.support.warnAt, calendar),
  };
}

export function slaClockView(state: Pick<TicketState, 'support' | 'priority' | 'start'>, clock: SlaClockState, now: number): SlaClockView {
  const policy = slaPolicyOf(state);
  const calendar = clockCalendar(state);
  const target = targetMs(state, clock.target);
  const consumedMs = consumedTime(clock.runs, now, calendar);
  const running = clock.runs.at(-1)?.to === undefined;
  const { deadline, warning } = clockInstants(state, clock);
  const metInTime = clock.metAt !== undefined && clock.breachedAt === undefined;
  return {
    target: clock.target,
    policy: policy.key,
    calendar: policy.calendar,
    targetMs: target,
    consumedMs,
    pausedMs: pausedTime(clock.runs, clock.metAt ?? now, calendar, !running && clock.metAt === undefined),
    remainingMs: Math.max(0, target - consumedMs),
    deadline: metInTime ? null : (deadline ?? null),
    warningAt: metInTime ? null : (warning ?? null),
    warnedAt: clock.warnedAt ?? null,
    breachedAt: clock.breachedAt ?? null,
    metAt: clock.metAt ?? null,
    status: clock.breachedAt !== undefined ? 'breached' : clock.metAt !== undefined ? 'met' : running ? 'running' : 'paused',
  };
}

/** Until when a restored ticket may be reopened. */
export const reopenUntil = (state: Pick<TicketState, 'support' | 'start' | 'restoredAt' | 'status'>): number | null =>
  state.status === 'restored' && state.restoredAt !== undefined
    ? addSpan(state.restoredAt, state.support.reopenWithin, { ...DEFAULT_WORKING_HOURS, timezone: state.start.timezone }, holidaysOrSeed(state.start.holidays))
    : null;

export function ticketView(state: TicketState, now: number): TicketView {
  const { untold: _u, ...rest } = state;
  const sla = state.clocks.map((c) => slaClockView(state, c, now));
  return {
    ...rest,
    start: withoutHolidays(state.start),
    holidayCalendarVersion: holidaysOrSeed(state.start.holidays).version,
    policy: slaPolicyOf(state).key,
    sla,
    breached: sla.some((c) => c.breachedAt !== null),
    reopenUntil: reopenUntil(state),
  };
}
