import { z } from 'zod';
import { ACTIVITY_TYPES, FOLLOW_UP_KINDS, FOLLOW_UP_STATES, LOST_REASONS, Money, MoneyInput, STAGES } from '../../process';
import { ApprovalStatus, Holder } from '../approvals/present';
import { Timestamp } from '../http/formats';
import { PageQuery } from '../http/page';

const Stage = z.enum(STAGES);
const DealStatus = z.enum(['open', 'won', 'lost']);
const FollowUpKind = z.enum(Object.keys(FOLLOW_UP_KINDS) as [keyof typeof FOLLOW_UP_KINDS]);
const Missing = z.object({ key: z.string(), label: z.string(), problem: z.enum(['missing', 'unmet']), stage: Stage, requirement: z.string().optional() });
const Move = z.object({ to: Stage, kind: z.enum(['forward', 'back', 'lost']), label: z.string() });

export const FollowUp = z
  .object({
    id: z.uuid(),
    dealId: z.uuid(),
    kind: FollowUpKind,
    kindLabel: z.string(),
    action: z.string().optional().meta({ description: 'What to do, when the rep said; kindLabel says it otherwise' }),
    ownerId: z.uuid(),
    escalateTo: z.uuid().nullable(),
    dueAt: Timestamp,
    state: z.enum(FOLLOW_UP_STATES),
    contactId: z.uuid().optional(),
    note: z.string().optional(),
    alerts: z.number().int(),
    lastAlertAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'FollowUp' });
const Reminder = z.object({ at: Timestamp, kind: z.enum(['followup', 'stall']), followUpId: z.uuid().optional(), level: z.number().int() });

export const Deal = z
  .object({
    id: z.uuid(),
    title: z.string(),
    accountId: z.uuid(),
    ownerId: z.uuid(),
    owner: z
      .object({ hours: z.object({ timezone: z.string(), start: z.string(), end: z.string() }), supervisorId: z.uuid().nullable() })
      .meta({ description: 'The calendar the deal’s follow-ups run on, and who hears of missed ones' }),
    createdBy: z.uuid(),
    amount: Money,
    currency: z.string(),
    stage: Stage,
    stageLabel: z.string(),
    status: DealStatus,
    probability: z.number(),
    processVersion: z.number().int(),
    holidayCalendarVersion: z
      .number()
      .int()
      .meta({ description: 'The holiday calendar version its business-time timers are computed on (GET /calendar/years)' }),
    facts: z
      .record(z.string(), z.unknown())
      .meta({ description: 'Gate facts by canonical key; amounts (budget, the quote’s parts) as decimal strings in the deal’s currency' }),
    next: z.object({ stage: Stage, label: z.string(), missing: z.array(Missing) }).nullable(),
    allowedMoves: z.array(Move).meta({ description: 'The moves the process allows from here, whoever asks' }),
    canChange: z.boolean().meta({
      description:
        'Whether you may change this deal: move it, mark it lost, reopen it, record facts, activities and call-backs. The same rule the commands apply; a follow-up’s own assignee may still act on it',
    }),
    lost: z
      .object({ reason: z.string(), note: z.string(), competitorWon: z.string().optional(), at: Timestamp, by: z.string(), fromStage: Stage.optional() })
      .optional(),
    reopenCount: z.number().int(),
    pendingApproval: z
      .object({
        approvalId: z.uuid(),
        status: z.literal('pending'),
        kind: z.string(),
        stage: Stage,
        stageLabel: z.string(),
        requestedBy: z.uuid(),
        requestedAt: Timestamp,
        url: z.string(),
      })
      .nullable()
      .meta({ description: 'A move waiting for approval; the deal enters `stage` when it is approved' }),
    history: z.array(z.object({ from: Stage, to: Stage, kind: z.string(), at: Timestamp, by: z.string(), note: z.string().optional() })),
    followUps: z.array(FollowUp),
    reminders: z.array(Reminder),
    contract: z.object({ id: z.uuid(), status: z.string() }).nullable().meta({ description: 'The deal’s contract, once drafted: GET /contracts/{id}' }),
    tender: z
      .object({ id: z.uuid(), tenderNo: z.string(), status: z.string() })
      .nullable()
      .meta({ description: 'The deal’s latest tender: GET /tenders/{id}' }),
    stageEnteredAt: Timestamp,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Deal', description: 'The live state of a deal, from its workflow; a new deal pins the process version current at its creation' });

export const DealListItem = z
  .object({
    id: z.uuid(),
    title: z.string(),
    accountId: z.uuid(),
    accountName: z.string(),
    ownerId: z.uuid(),
    amount: Money,
    currency: z.string(),
    stage: Stage,
    status: DealStatus,
    probability: z.number(),
    stageEnteredAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'DealListItem' });

export const TimelineEvent = z
  .object({ dealId: z.uuid(), seq: z.number().int(), type: z.string(), at: Timestamp, actorId: z.uuid().nullable(), data: z.unknown() })
  .meta({ id: 'TimelineEvent' });

const Facts = z.record(z.string(), z.unknown()).meta({
  description:
    'Gate facts by canonical key; see GET /api/v1/process. Amounts (budget, the quote’s parts) as MoneyInput: a decimal string or a number with at most 2 decimals',
});

export const ApprovalPending = z
  .object({
    approvalId: z.uuid(),
    status: ApprovalStatus,
    approvalUrl: z.string(),
    holder: Holder.nullable().meta({ description: 'Who decides it now; null only when nobody could be found (status unroutable)' }),
    deal: Deal,
  })
  .meta({ id: 'ApprovalPending', description: 'The move needs approval: the deal stays put until the request is decided' });

export const NewDeal = z
  .strictObject({
    title: z.string().trim().min(1).max(300),
    accountId: z.uuid(),
    amount: MoneyInput,
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY')
      .default('CNY'),
    ownerId: z.uuid().optional(),
    facts: Facts.default({}),
  })
  .meta({ id: 'NewDeal' });

export const IdParams = z.strictObject({ id: z.uuid() });
export const DealsQuery = z.strictObject({
  ...PageQuery,
  stage: Stage.optional(),
  ownerId: z.uuid().optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export const TimelineQuery = z.strictObject({
  cursor: z
    .string()
    .regex(/^\d{1,9}$/, 'not a cursor this API returned')
    .optional(),
  limit: PageQuery.limit,
});
export const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().min(1).max(200).optional() });
export const FactsPatch = Facts.refine((f) => Object.keys(f).length > 0, { message: 'record at least one fact' }).meta({ id: 'FactsPatch' });
export const Transition = z.strictObject({ to: Stage, note: z.string().trim().min(1).max(2000).optional() }).meta({ id: 'Transition' });
export const Lost = z
  .strictObject({
    lostReason: z.enum(Object.keys(LOST_REASONS) as [keyof typeof LOST_REASONS]),
    lostNote: z.string().trim().min(1).max(4000),
    competitorWon: z.string().trim().min(1).max(300).optional(),
  })
  .meta({ id: 'Lost' });
export const Reopen = z.strictObject({ reason: z.string().trim().min(1).max(2000) }).meta({ id: 'Reopen' });

const Instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);

export const NewActivity = z
  .strictObject({
    type: z.enum(Object.keys(ACTIVITY_TYPES) as [keyof typeof ACTIVITY_TYPES]),
    at: Instant.optional().meta({ description: 'When it happened; now when absent' }),
    summary: text(4000),
    outcome: text(4000).optional(),
    contactIds: z.array(z.uuid()).max(20).optional(),
    nextStep: z.strictObject({ action: text(500), dueAt: Instant, ownerId: z.uuid().optional() }).optional(),
    followUpDays: z.number().int().optional().meta({ description: 'email_material only: days until the follow-up (3–7)' }),
    revisitAt: Instant.optional().meta({ description: 'demo only: the revisit date agreed with the customer' }),
  })
  .meta({ id: 'NewActivity' });
export const NewCallback = z.strictObject({ at: Instant, contactId: z.uuid(), note: text(2000).optional() }).meta({ id: 'NewCallback' });
export const MoveCallback = z.strictObject({ at: Instant });
export const FollowUpParams = z.strictObject({ id: z.uuid(), followUpId: z.uuid() });
export const Done = z.strictObject({ note: text(2000).optional(), activity: NewActivity.optional() });
export const Snooze = z.strictObject({ until: Instant });
export const Cancel = z.strictObject({ note: text(2000).optional() });
export const FollowUpsQuery = z.strictObject({
  ...PageQuery,
  assignee: z.union([z.literal('me'), z.uuid()]).default('me'),
  state: z
    .enum([...FOLLOW_UP_STATES, 'pending'])
    .default('pending')
    .meta({ description: 'pending = open or snoozed' }),
  dueBefore: Instant.optional(),
  dealId: z.uuid().optional(),
});
export const FollowUpRow = z
  .object({
    id: z.uuid(),
    dealId: z.uuid(),
    dealTitle: z.string(),
    ownerId: z.uuid(),
    kind: FollowUpKind,
    kindLabel: z.string(),
    action: z.string(),
    dueAt: Timestamp,
    state: z.enum(FOLLOW_UP_STATES),
    contactId: z.uuid().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'FollowUpRow' });

export const Activity = z
  .object({
    dealId: z.uuid(),
    seq: z.number().int().meta({ description: 'Its entry on the deal’s timeline' }),
    type: z.enum(Object.keys(ACTIVITY_TYPES) as [keyof typeof ACTIVITY_TYPES]),
    at: Timestamp,
    summary: z.string(),
    outcome: z.string().nullable(),
    contactIds: z.array(z.uuid()),
    followUps: z.array(FollowUp).meta({ description: 'The follow-ups its rules and its next step scheduled' }),
    cancelledFollowUpIds: z.array(z.uuid()).meta({ description: 'The follow-ups it made unnecessary' }),
  })
  .meta({ id: 'Activity', description: 'An activity logged on a deal' });
