import { z } from 'zod';
import { type ApprovalPolicy, type StageApproval, quoteTotal } from '../approvals';
import { addMonths } from '../dates';
import type { ProcessDefinition } from '../definition';
import type { FactDefinition, FactRequirement, GateContext } from '../fact';
import { isoDay, text, uuidList } from '../facts';
import { MAX_MINOR, type Minor, formatMoney, minor, sumMoney } from '../money';
import { MoneyInput } from '../money-schema';
import { fromDocumentLabels } from './labels';
import type { FactDocument, FactType, LeafFactType, ProcessDocument, Requirement } from './schema';

const percent = (integer?: boolean) => (integer ? z.number().int().min(0).max(100) : z.number().finite().min(0).max(100));

function leafSchema(t: LeafFactType): z.ZodType {
  switch (t.type) {
    case 'text':
    case 'longText':
      return text;
    case 'number': {
      let n = t.integer ? z.number().int() : z.number().finite();
      if (t.min !== undefined) n = n.min(t.min);
      if (t.max !== undefined) n = n.max(t.max);
      return n;
    }
    case 'money':
      return MoneyInput;
    case 'percent':
      return percent(t.integer);
    case 'date':
      return isoDay;
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(t.options as [string, ...string[]]);
    case 'textList':
      return z
        .array(text)
        .min(t.min ?? 0)
        .max(t.max ?? 50);
    case 'contacts':
    case 'users':
      return uuidList;
  }
}

const moneyParts = (t: Extract<FactType, { type: 'object' }>) => t.parts.filter((p) => p.value.type === 'money').map((p) => p.key);

function valueSchema(t: FactType): z.ZodType {
  if (t.type !== 'object') return leafSchema(t);
  const shape = Object.fromEntries(t.parts.map((p) => [p.key, p.optional ? leafSchema(p.value).optional() : leafSchema(p.value)]));
  const { atLeastOne } = t;
  const money = moneyParts(t);
  return z
    .strictObject(shape)
    .refine((v) => !atLeastOne || atLeastOne.parts.some((k) => Boolean(v[k])), { message: atLeastOne?.message.en })
    .refine((v) => money.reduce((sum, k) => sum + ((v[k] as number | undefined) ?? 0), 0) <= MAX_MINOR, {
      message: `the total must be at most ${formatMoney(MAX_MINOR)}`,
    });
}

/** A value as one number: an object's is the sum of its money parts. */
const measure = (t: FactType) =>
  t.type === 'object' ? (v: Record<string, Minor | undefined>) => sumMoney(moneyParts(t).map((k) => v[k] ?? minor(0))) : (v: number) => v;

function requirementTest(r: Requirement, t: FactType): (value: never, ctx: GateContext) => boolean {
  const of = measure(t) as (v: never) => number;
  switch (r.kind) {
    case 'isTrue':
      return (v: boolean) => v === true;
    case 'minItems':
      return (v: unknown[]) => v.length >= r.count;
    case 'atLeast':
      return (v) => of(v) >= r.value;
    case 'greaterThan':
      return (v) => of(v) > r.value;
    case 'withinMonths':
      return (d: string, { today }) => d >= today && d <= addMonths(today, r.months);
  }
}

function compileFact(f: FactDocument): FactDefinition {
  const t = f.value;
  const requirement: FactRequirement | undefined = f.requirement && { label: fromDocumentLabels(f.requirement.label), test: requirementTest(f.requirement, t) };
  const references = t.type === 'contacts' ? 'contact' : t.type === 'users' ? 'user' : undefined;
  const money = t.type === 'money' ? 'value' : t.type === 'object' && moneyParts(t).length ? moneyParts(t) : undefined;
  return {
    key: f.key,
    label: fromDocumentLabels(f.label),
    schema: valueSchema(t),
    ...(requirement && { requirement }),
    ...(f.system && { system: true }),
    ...(references && { references }),
    ...(money && { money }),
  };
}

type Quote = Parameters<typeof quoteTotal>[0];
const quoteOf = (facts: Readonly<Record<string, unknown>>) => facts.preliminaryQuote as Quote | undefined;

function compileApprovals(a: ProcessDocument['timings']['approvals']): ApprovalPolicy {
  const gates: ApprovalPolicy['gates'] = {};
  for (const [stage, g] of Object.entries(a.gates)) {
    const gate: StageApproval = {
      kind: g.kind,
      ...(g.when === 'quoteDiscountAboveLimit' && {
        when: (facts: Readonly<Record<string, unknown>>, policy: ApprovalPolicy) => (quoteOf(facts)?.discountPercent ?? 0) > policy.quoteDiscountLimit,
      }),
      amount:
        g.amount === 'deal'
          ? (deal) => deal.amount
          : (deal) => {
              const quote = quoteOf(deal.facts);
              return quote ? quoteTotal(quote) : deal.amount;
            },
    };
    gates[stage as keyof typeof gates] = gate;
  }
  return {
    ...a,
    matrix: a.matrix.map((r) => ({ ...r, minAmount: minor(r.minAmount), maxAmount: r.maxAmount === undefined ? undefined : minor(r.maxAmount) })),
    gates,
  };
}

/** The definition the gates and workflows run, from a validated document. */
export function compileProcess(version: number, doc: ProcessDocument): ProcessDefinition {
  const timings = fromDocumentLabels<Pick<ProcessDefinition, 'followUps' | 'collection' | 'tenders' | 'support' | 'service'>>(doc.timings);
  return {
    version,
    document: doc,
    timezone: doc.timezone,
    funnel: fromDocumentLabels(doc.stages),
    lost: fromDocumentLabels(doc.lost),
    facts: new Map(doc.facts.map((f) => [f.key, compileFact(f)])),
    lostReasons: fromDocumentLabels(doc.lostReasons),
    reopenLimit: doc.reopenLimit,
    followUps: timings.followUps,
    approvals: compileApprovals(doc.timings.approvals),
    paymentSchedule: doc.paymentSchedule.map((p) => ({
      ...p,
      label: fromDocumentLabels(p.label),
      amount: p.amount === undefined ? undefined : minor(p.amount),
    })),
    contracts: doc.contracts,
    collection: timings.collection,
    tenders: timings.tenders,
    support: timings.support,
    service: timings.service,
  };
}
