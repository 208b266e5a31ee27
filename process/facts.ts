import { z } from 'zod';
import { addMonths, isRealDate } from './dates';
import { fact, type FactDefinition } from './fact';
import { label } from './label';
import { quoteTotal } from './approvals';
import { MAX_MINOR, formatMoney } from './money';
import { MoneyInput } from './money-schema';

/** The value shapes facts are built from; a process document's fact types compile to them. */
export const text = z.string().trim().min(1).max(4000);
export const isoDay = z.string().refine(isRealDate, { message: 'expected a date as YYYY-MM-DD' });
// A refinement, not z.uuid(): workflows share these schemas frozen (worker/worker.ts), and zod's
// pattern checks reset the frozen pattern's lastIndex.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const uuidList = z.array(z.string().refine((v) => UUID.test(v), { message: 'expected a UUID' })).max(50);
const mustBeTrue = (en: string, zh: string) => ({ label: label(en, zh), test: (v: boolean) => v === true });

export const COMPANY_SIZES = ['1-49', '50-199', '200-999', '1000-4999', '5000+'] as const;

export const LOST_REASONS = {
  price: label('Price', '价格'),
  competitor: label('Lost to a competitor', '竞争对手'),
  no_budget: label('No budget', '无预算'),
  no_decision: label('No decision', '未决策'),
  requirements_mismatch: label('Requirements mismatch', '需求不匹配'),
  other: label('Other', '其他'),
} as const;
export type LostReason = keyof typeof LOST_REASONS;

/** The canonical fact catalogue: the names the API and the gates use. */
export const FACTS: readonly FactDefinition[] = [
  // INTENT
  fact('industry', label('Industry', '所属行业'), text),
  fact('companySize', label('Company size (headcount)', '企业规模（人数）'), z.enum(COMPANY_SIZES)),
  fact(
    'itBaseline',
    label('IT baseline (hardware, software, network)', 'IT 现状（硬件、软件、网络）'),
    z
      .strictObject({ hardware: text.optional(), software: text.optional(), network: text.optional() })
      .refine((v) => Boolean(v.hardware || v.software || v.network), {
        message: 'describe at least one of hardware, software, network',
      }),
  ),
  fact('needSummary', label('Need summary', '需求概述'), text),
  {
    ...fact('contactIds', label('Customer contacts', '客户联系人'), uuidList, {
      label: label('at least one contact', '至少一位联系人'),
      test: (v) => v.length >= 1,
    }),
    references: 'contact',
  },
  fact('interestConfirmed', label('Interest confirmed', '客户已确认意向'), z.boolean(), mustBeTrue('must be true', '必须为是')),
  fact('sponsor', label('Sponsor', '发起人'), text),
  // PROJECT_INITIATED
  fact('requirements', label('Requirements', '需求'), text),
  {
    ...fact('budget', label('Preliminary budget', '初步预算'), MoneyInput, {
      label: label('greater than 0', '必须大于 0'),
      test: (v) => v > 0,
    }),
    money: 'value',
  },
  fact('selectionTeam', label('Customer selection team', '客户选型小组'), z.array(text).min(1).max(50)),
  fact('decisionTimeline', label('Decision timeline', '决策时间'), isoDay),
  fact('competitors', label('Known competitors or consultants', '已知竞争对手或顾问'), z.array(text).max(50)),
  {
    ...fact('projectTeam', label('Our project team', '我方项目组'), uuidList, {
      label: label('at least one team member', '至少一名成员'),
      test: (v) => v.length >= 1,
    }),
    references: 'user',
  },
  // PRELIMINARY_APPROVAL
  fact('solutionAccepted', label('Solution accepted by the customer', '客户认可方案'), z.boolean(), mustBeTrue('must be true', '必须为是')),
  fact('shortlisted', label('On the shortlist', '已入围'), z.boolean(), mustBeTrue('must be true', '必须为是')),
  {
    ...fact(
      'preliminaryQuote',
      label('Preliminary quote', '初步报价'),
      z
        .strictObject({
          software: MoneyInput,
          implementation: MoneyInput,
          service: MoneyInput,
          discountPercent: z.number().finite().min(0).max(100).optional(),
        })
        // Plain addition: past MAX_MINOR the sum is no Minor, but still compares as larger.
        .refine((q) => q.software + q.implementation + q.service <= MAX_MINOR, { message: `the total must be at most ${formatMoney(MAX_MINOR)}` }),
      { label: label('a total greater than 0', '总额必须大于 0'), test: (q) => quoteTotal(q) > 0 },
    ),
    money: ['software', 'implementation', 'service'],
  },
  fact('expectedSignDate', label('Expected signing date', '预计签约日期'), isoDay, {
    label: label('within 3 months of the move', '须在三个月内'),
    test: (d, { today }) => d >= today && d <= addMonths(today, 3),
  }),
  fact('winProbability', label('Win probability (%)', '赢单概率（%）'), z.number().int().min(0).max(100), {
    label: label('at least 50', '不低于 50'),
    test: (p) => p >= 50,
  }),
  // NEGOTIATION
  fact('candidateVendorConfirmed', label('Confirmed as a candidate vendor', '已确认为候选供应商'), z.boolean(), mustBeTrue('must be true', '必须为是')),
  fact(
    'negotiationSchedule',
    label('Bid, negotiation and signing schedule', '投标、谈判与签约计划'),
    z
      .strictObject({ bidAt: isoDay.optional(), negotiationAt: isoDay.optional(), signingAt: isoDay })
      .refine((s) => Boolean(s.bidAt || s.negotiationAt), { message: 'plan a bid date or a negotiation date' }),
  ),
  // WON: set by the contract and payment process, never by hand
  { ...fact('contractSigned', label('Contract signed', '合同已签署'), z.literal(true)), system: true },
  { ...fact('firstPaymentConfirmed', label('First payment confirmed by finance', '首付款已到账'), z.literal(true)), system: true },
];
