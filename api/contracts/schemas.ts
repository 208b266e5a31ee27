import { z } from 'zod';
import { MAX_MINOR, MILESTONES, type Milestone, PositiveMoneyInput, REGIONS, formatMoney } from '../../process';
import { Day } from '../http/formats';

const milestone = z.enum(Object.keys(MILESTONES) as [Milestone, ...Milestone[]]);
const days = z.number().int().min(0).max(3650);

const DueRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('on_date'), date: Day }),
  z.strictObject({ kind: z.literal('after_signing'), days }),
  z.strictObject({ kind: z.literal('after_milestone'), milestone, days: days.default(0) }),
]);

const InstallmentPlan = z
  .strictObject({
    label: z.string().trim().min(1).max(200),
    percent: z.number().gt(0).max(100).multipleOf(0.01).optional(),
    amount: PositiveMoneyInput.optional(),
    due: DueRule,
  })
  .refine((i) => (i.percent === undefined) !== (i.amount === undefined), { message: 'give either a percent or an amount' });

export const ContractDraft = z
  .strictObject({
    amount: PositiveMoneyInput,
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY')
      .optional(),
    technicalAgreement: z.string().trim().max(4000).optional(),
    warrantyMonths: z
      .number()
      .int()
      .min(1)
      .max(120)
      .optional()
      .meta({ description: '质保期 in months from acceptance; the process’s default (12) unless given' }),
    region: z.enum(REGIONS).optional().meta({ description: 'Where the customer is: the seasons of its return visits' }),
    schedule: z
      .array(InstallmentPlan)
      .min(1)
      .max(24)
      // Plain addition: past MAX_MINOR the sum is no Minor, but still compares as larger.
      .refine((plans) => plans.reduce((sum, p) => sum + (p.amount ?? 0), 0) <= MAX_MINOR, {
        message: `the installments must add up to at most ${formatMoney(MAX_MINOR)}`,
      })
      .optional(),
  })
  .meta({ id: 'ContractDraft', description: 'Without a schedule: 30% on signing, 60% on acceptance, 10% when the warranty ends' });

const instant = z.iso.datetime({ offset: true });

export const Signing = z
  .strictObject({
    signedAt: instant,
    signedBy: z.uuid().meta({ description: 'The manager present at signing' }),
    implementationLeadId: z.uuid().optional().meta({ description: 'Who takes the technical handover of a tender won; the first service user by default' }),
  })
  .meta({ id: 'ContractSigning' });
export const MilestoneReport = z.strictObject({ milestone, at: instant }).meta({ id: 'MilestoneReport' });
export const Pause = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export const NewPayment = z
  .strictObject({ amount: PositiveMoneyInput, receivedAt: instant, reference: z.string().trim().min(1).max(200) })
  .meta({ id: 'NewPayment' });
export const Dispute = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export const Resolution = z.strictObject({ note: z.string().trim().max(2000).optional() });
export const Promise_ = z.strictObject({ until: instant, note: z.string().trim().max(2000).optional() }).meta({ id: 'PromiseToPay' });
export const IdParams = z.strictObject({ id: z.uuid() });
