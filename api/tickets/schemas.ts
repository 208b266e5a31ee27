import { z } from 'zod';
import { SLA_TARGETS, TICKET_PRIORITIES, TICKET_STATUSES } from '../../process';
import { Timestamp } from '../http/formats';
import { PageQuery } from '../http/page';

const priority = z.enum(TICKET_PRIORITIES);

export const SlaClock = z
  .object({
    target: z.enum(SLA_TARGETS),
    policy: z.string(),
    calendar: z.enum(['around_the_clock', 'business_hours']),
    targetMs: z.number().int(),
    consumedMs: z.number().int(),
    pausedMs: z.number().int(),
    remainingMs: z.number().int(),
    deadline: Timestamp.nullable().meta({ description: 'When the target runs (or ran) out; null while the clock stands still, or once met in time' }),
    warningAt: Timestamp.nullable(),
    warnedAt: Timestamp.nullable(),
    breachedAt: Timestamp.nullable().meta({ description: 'Once breached, a target stays breached' }),
    metAt: Timestamp.nullable(),
    status: z.enum(['running', 'paused', 'met', 'breached']),
  })
  .meta({ id: 'SlaClock', description: 'Durations in milliseconds of the policy’s calendar, read at the time of the answer' });

export const Ticket = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    title: z.string(),
    contractId: z.uuid(),
    dealId: z.uuid(),
    dealTitle: z.string(),
    ownerId: z.uuid(),
    assigneeId: z.uuid().nullable(),
    priority,
    warranty: z.enum(['in_warranty', 'out_of_warranty']),
    state: z.enum(TICKET_STATUSES),
    policy: z.string(),
    breached: z.boolean(),
    billableParts: z.boolean().meta({ description: 'Out of warranty: the parts used are billed at cost (labour stays free)' }),
    reportedAt: Timestamp,
    responseDeadline: Timestamp.nullable(),
    restoreDeadline: Timestamp.nullable(),
    sla: z.array(SlaClock),
  })
  .meta({ id: 'Ticket' });

export const TicketDetail = Ticket.extend({
  description: z.string(),
  reportedBy: z.string(),
  openedBy: z.uuid(),
  resolution: z.string().nullable(),
  respondedAt: Timestamp.nullable(),
  restoredAt: Timestamp.nullable(),
  reopenUntil: Timestamp.nullable(),
  reopenedCount: z.number().int(),
  history: z.array(
    z.object({ seq: z.number().int(), type: z.string(), at: Timestamp, actorId: z.string().nullable(), data: z.record(z.string(), z.unknown()) }),
  ),
}).meta({ id: 'TicketDetail' });

export const TicketList = z.strictObject({
  state: z.enum(TICKET_STATUSES).optional(),
  breached: z.enum(['true', 'false']).optional(),
  assignee: z
    .union([z.literal('me'), z.uuid()])
    .optional()
    .meta({ description: '`me`, or a user id' }),
  ...PageQuery,
});

const note = z.string().trim().max(2000).optional();
export const Respond = z.strictObject({ note });
export const Wait = z.strictObject({ reason: note });
export const Resume = z.strictObject({});
export const Restore = z.strictObject({ resolution: z.string().max(4000) }).meta({ id: 'TicketRestore' });
export const Reopen = z.strictObject({ reason: note });
export const Assign = z.strictObject({ assigneeId: z.uuid() }).meta({ id: 'TicketAssign' });
export const Priority = z.strictObject({ priority }).meta({ id: 'TicketPriorityChange' });
export const IdParams = z.strictObject({ id: z.uuid() });
