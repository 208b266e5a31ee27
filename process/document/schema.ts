import { z } from 'zod';
import { ACTIVITY_TYPES } from '../activities';
import { APPROVAL_KINDS, APPROVER_ROLES } from '../approvals';
import { MILESTONES } from '../contracts';
import { FOLLOW_UP_KINDS } from '../followups';
import { ROLES } from '../roles';
import { CHECKLIST_ITEMS, REGIONS, SEASONS } from '../service';
import { OPEN_STAGES, STAGES } from '../stage';
import { SLA_TARGETS, TICKET_PRIORITIES, TICKET_STATUSES } from '../support';

/**
 * A process definition as a document: plain JSON that an admin drafts, validates and publishes
 * as a version. `compileProcess` turns it into the ProcessDefinition the gates and workflows use.
 */

const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const name = z.string().trim().min(1).max(200);
const key = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'letters, digits and _, starting with a letter')
  .max(60);

export const LabelSchema = z.strictObject({ zh: name, en: name }).meta({ id: 'ProcessLabel', description: 'The same words in Chinese and English' });

const count = z.number().int().min(0);
const positive = z.number().positive();
export const SpanSchema = z.union([
  z.strictObject({ businessDays: positive }),
  z.strictObject({ businessHours: positive }),
  z.strictObject({ days: positive }),
  z.strictObject({ hours: positive }),
  z.strictObject({ minutes: z.number().min(0) }),
  z.strictObject({ seconds: positive }),
]);
const SlaSpanSchema = z.union([z.strictObject({ hours: positive }), z.strictObject({ minutes: z.number().min(0) }), z.strictObject({ seconds: positive })]);
const minorAmount = z.number().int().min(0).meta({ description: 'Minor units (fen)' });
const percent = z.number().min(0).max(100);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

// The fact types. An object's parts take every type but object.
const TextType = z.strictObject({ type: z.literal('text') });
const LongTextType = z.strictObject({ type: z.literal('longText') });
const NumberType = z.strictObject({ type: z.literal('number'), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().optional() });
const MoneyType = z.strictObject({ type: z.literal('money') });
const PercentType = z.strictObject({ type: z.literal('percent'), integer: z.boolean().optional() });
const DateType = z.strictObject({ type: z.literal('date') });
const BooleanType = z.strictObject({ type: z.literal('boolean') });
const EnumType = z.strictObject({ type: z.literal('enum'), options: z.array(name).min(1).max(100) });
const TextListType = z.strictObject({ type: z.literal('textList'), min: count.optional(), max: count.max(500).optional() });
const ContactsType = z.strictObject({ type: z.literal('contacts') });
const UsersType = z.strictObject({ type: z.literal('users') });
const LEAF_TYPES = [
  TextType,
  LongTextType,
  NumberType,
  MoneyType,
  PercentType,
  DateType,
  BooleanType,
  EnumType,
  TextListType,
  ContactsType,
  UsersType,
] as const;
const LeafType = z.discriminatedUnion('type', LEAF_TYPES);
const ObjectType = z.strictObject({
  type: z.literal('object'),
  parts: z.array(z.strictObject({ key, label: LabelSchema, value: LeafType, optional: z.boolean().optional() })).min(1),
  /** A value must fill at least one of these parts. */
  atLeastOne: z.strictObject({ parts: z.array(key).min(2), message: LabelSchema }).optional(),
});
export const FactTypeSchema = z.discriminatedUnion('type', [...LEAF_TYPES, ObjectType]).meta({ id: 'ProcessFactType' });
export type FactType = z.infer<typeof FactTypeSchema>;
export type LeafFactType = z.infer<typeof LeafType>;

/** What a recorded value must satisfy to open a stage's gate. */
export const RequirementSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('isTrue'), label: LabelSchema }),
    z.strictObject({ kind: z.literal('minItems'), count: z.number().int().min(1), label: LabelSchema }),
    z.strictObject({ kind: z.literal('atLeast'), value: z.number(), label: LabelSchema }),
    z.strictObject({ kind: z.literal('greaterThan'), value: z.number(), label: LabelSchema }),
    z.strictObject({ kind: z.literal('withinMonths'), months: z.number().int().min(1).max(120), label: LabelSchema }),
  ])
  .meta({ id: 'ProcessRequirement' });
export type Requirement = z.infer<typeof RequirementSchema>;

/** The fact types each requirement applies to (an object's: the sum of its money parts). */
export const REQUIREMENT_TYPES: Record<Requirement['kind'], readonly FactType['type'][]> = {
  isTrue: ['boolean'],
  minItems: ['textList', 'contacts', 'users'],
  atLeast: ['number', 'money', 'percent', 'object'],
  greaterThan: ['number', 'money', 'percent', 'object'],
  withinMonths: ['date'],
};

const FactSchema = z
  .strictObject({
    key,
    label: LabelSchema,
    value: FactTypeSchema,
    requirement: RequirementSchema.optional(),
    system: z.boolean().optional().meta({ description: 'Set by the process itself (contract, payment), never recorded by hand' }),
  })
  .meta({ id: 'ProcessFact' });
export type FactDocument = z.infer<typeof FactSchema>;

const StageSchema = z.strictObject({
  key: z.enum(STAGES),
  label: LabelSchema,
  probability: percent,
  entryFacts: z.array(key).meta({ description: 'Fact keys that must be on record to enter the stage' }),
});

const FollowUpsSchema = z.strictObject({
  rules: z.array(z.strictObject({ after: z.enum(keys(ACTIVITY_TYPES)), creates: z.enum(keys(FOLLOW_UP_KINDS)), dueAfter: SpanSchema })),
  materialWindowDays: z.strictObject({ min: count, max: count }),
  cancelledBy: z.partialRecord(z.enum(keys(ACTIVITY_TYPES)), z.array(z.enum(keys(FOLLOW_UP_KINDS)))),
  remindAgainAfter: SpanSchema,
  escalateAfter: SpanSchema,
  stallAfter: z.record(z.enum(OPEN_STAGES), SpanSchema).meta({ description: 'No activity for this long in a stage reminds the owner' }),
  workingHoursOnly: z.boolean(),
});

const ApprovalsSchema = z.strictObject({
  matrix: z.array(
    z.strictObject({
      kind: z.enum(keys(APPROVAL_KINDS)),
      minAmount: minorAmount,
      maxAmount: minorAmount.optional(),
      chain: z.array(z.union([z.strictObject({ role: z.enum(APPROVER_ROLES) }), z.strictObject({ userId: z.string() })])).min(1),
    }),
  ),
  ladder: z.array(z.enum(APPROVER_ROLES)).min(1),
  gates: z.partialRecord(
    z.enum(STAGES),
    z.strictObject({
      kind: z.enum(keys(APPROVAL_KINDS)),
      when: z.enum(['always', 'quoteDiscountAboveLimit']),
      amount: z.enum(['deal', 'quoteTotal']).meta({ description: "deal: the deal's amount; quoteTotal: the preliminary quote's total, else the deal's" }),
    }),
  ),
  quoteDiscountLimit: percent,
  timing: z.strictObject({ remindAfter: SpanSchema, escalateAfter: SpanSchema, linkValidFor: SpanSchema, workingHoursOnly: z.boolean() }),
});

const DueRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('on_date'), date: z.string() }),
  z.strictObject({ kind: z.literal('after_signing'), days: count }),
  z.strictObject({ kind: z.literal('after_milestone'), milestone: z.enum(keys(MILESTONES)), days: count }),
]);

const CollectionSchema = z.strictObject({
  ladder: z.array(
    z.strictObject({
      key: z.enum(['courtesy', 'due', 'overdue_7', 'overdue_15', 'final']),
      label: LabelSchema,
      offsetDays: z.number().int(),
      cc: z.array(z.enum(['rep', 'finance', 'supervisor', 'executive'])),
    }),
  ),
  day: SpanSchema,
  workingHoursOnly: z.boolean(),
});

const TendersSchema = z.strictObject({
  stages: z.array(z.enum(STAGES)),
  presalesRole: z.enum(ROLES),
  checklist: z.array(z.strictObject({ key, label: LabelSchema, owner: z.enum(['presales', 'rep', 'finance']) })),
  timing: z.strictObject({
    deadlineReminders: z.array(z.strictObject({ before: SpanSchema, daysLeft: count, copySupervisor: z.boolean() })),
    presentationBefore: SpanSchema,
    workingHoursOnly: z.boolean(),
  }),
});

const WARRANTY = ['in_warranty', 'out_of_warranty'] as const;
const SupportSchema = z.strictObject({
  reopenWithin: SpanSchema,
  policies: z
    .array(
      z.strictObject({
        key,
        label: LabelSchema,
        priorities: z.array(z.enum(TICKET_PRIORITIES)).optional(),
        warranty: z.array(z.enum(WARRANTY)).optional(),
        calendar: z.enum(['around_the_clock', 'business_hours']),
        targets: z.record(z.enum(SLA_TARGETS), SlaSpanSchema),
      }),
    )
    .min(1),
  warnAt: z.number().gt(0).lt(1),
  escalation: z.array(z.strictObject({ key: z.enum(['supervisor', 'executive']), after: SlaSpanSchema })),
  pausedIn: z.array(z.enum(TICKET_STATUSES)),
  businessHours: z.strictObject({ start: time, end: time }),
  billableParts: z.array(z.enum(WARRANTY)),
  defaultPriority: z.enum(TICKET_PRIORITIES),
});

const month = z.number().int().min(1).max(12);
const ServiceSchema = z.strictObject({
  checklist: z.array(z.strictObject({ key: z.enum(CHECKLIST_ITEMS), label: LabelSchema, owner: z.enum(ROLES), dueAfterSigning: SpanSchema })),
  remindAgainAfter: SpanSchema,
  escalateAfter: SpanSchema,
  training: z.strictObject({ passMark: count, outOf: z.number().int().min(1), session: SpanSchema }),
  warrantyMonths: z.number().int().min(0),
  month: z.union([z.literal('calendar'), SpanSchema]),
  visits: z.strictObject({
    routineEvery: SpanSchema,
    checkEveryMonths: z.number().int().min(1),
    seasons: z.record(z.enum(REGIONS), z.partialRecord(z.enum(keys(SEASONS)), z.strictObject({ from: month, to: month }))),
  }),
  workingHoursOnly: z.boolean(),
});

const TimingsSchema = z
  .strictObject({
    followUps: FollowUpsSchema.meta({ description: 'Follow-up reminders and the stall watch' }),
    approvals: ApprovalsSchema.meta({ description: 'The approval matrix, the stage gates that need approval, and their reminders' }),
    collection: CollectionSchema.meta({ description: 'The dunning ladder' }),
    tenders: TendersSchema,
    support: SupportSchema.meta({ description: 'After-sales tickets: SLA policies and escalation' }),
    service: ServiceSchema.meta({ description: 'After-sales service: implementation plan, training, warranty, visits' }),
  })
  .meta({ id: 'ProcessTimings' });
export type Timings = z.infer<typeof TimingsSchema>;

const PROBLEMS = {
  duplicate: 'appears twice',
  unknownFact: 'is not in the fact catalogue',
  wrongRequirement: (kind: string, type: string) => `a ${kind} requirement does not apply to a ${type} fact`,
  unknownPart: 'is not a part of the object',
};

export const ProcessDocumentSchema = z
  .strictObject({
    timezone: z.string().min(1).meta({ description: 'IANA time zone where "today" is for a gate', example: 'Asia/Shanghai' }),
    stages: z
      .array(StageSchema)
      .min(2)
      .meta({ description: 'The funnel in order: the open stages, then WON' })
      .refine((s) => s[s.length - 1]?.key === 'WON' && s.slice(0, -1).every((x) => (OPEN_STAGES as readonly string[]).includes(x.key)), {
        message: 'open stages in order, then WON last',
      }),
    lost: StageSchema.refine((s) => s.key === 'LOST', { message: 'the lost stage is LOST', path: ['key'] }),
    facts: z.array(FactSchema).meta({ description: 'The fact catalogue' }),
    lostReasons: z.record(key, LabelSchema),
    reopenLimit: count,
    paymentSchedule: z.array(z.strictObject({ label: LabelSchema, percent: percent.optional(), amount: minorAmount.optional(), due: DueRuleSchema })),
    contracts: z.strictObject({ stage: z.enum(OPEN_STAGES), witnessRoles: z.array(z.enum(ROLES)) }),
    timings: TimingsSchema,
  })
  .superRefine((doc, ctx) => {
    const at = (...path: (string | number)[]) => ({ code: 'custom' as const, path, input: doc });
    const seen = new Set<string>();
    doc.stages.forEach((s, i) => {
      if (seen.has(s.key)) ctx.addIssue({ ...at('stages', i, 'key'), message: PROBLEMS.duplicate });
      seen.add(s.key);
    });
    const facts = new Map<string, FactDocument>();
    doc.facts.forEach((f, i) => {
      if (facts.has(f.key)) ctx.addIssue({ ...at('facts', i, 'key'), message: PROBLEMS.duplicate });
      facts.set(f.key, f);
      if (f.requirement && !REQUIREMENT_TYPES[f.requirement.kind].includes(f.value.type))
        ctx.addIssue({ ...at('facts', i, 'requirement', 'kind'), message: PROBLEMS.wrongRequirement(f.requirement.kind, f.value.type) });
      if (f.value.type === 'object') {
        const parts = new Set(f.value.parts.map((p) => p.key));
        f.value.atLeastOne?.parts.forEach((p, j) => {
          if (!parts.has(p)) ctx.addIssue({ ...at('facts', i, 'value', 'atLeastOne', 'parts', j), message: PROBLEMS.unknownPart });
        });
      }
    });
    [...doc.stages, doc.lost].forEach((s, i) =>
      s.entryFacts.forEach((k, j) => {
        if (!facts.has(k)) ctx.addIssue({ ...at(...(i < doc.stages.length ? ['stages', i] : ['lost']), 'entryFacts', j), message: PROBLEMS.unknownFact });
      }),
    );
  })
  .meta({ id: 'ProcessDocument', description: 'A process definition: stages, the fact catalogue, lost reasons and timings' });

export type ProcessDocument = z.infer<typeof ProcessDocumentSchema>;
