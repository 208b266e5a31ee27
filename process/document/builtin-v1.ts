import { DEFAULT_APPROVAL_POLICY } from '../approvals';
import { COMPANY_SIZES } from '../facts';
import { PROCESS_V1 } from '../v1';
import { type DocumentLabel, toDocumentLabels } from './labels';
import { type FactDocument, type ProcessDocument, ProcessDocumentSchema } from './schema';

const label = (en: string, zh: string): DocumentLabel => ({ zh, en });

const mustBeTrue = { kind: 'isTrue', label: label('must be true', '必须为是') } as const;
const fact = (key: string, en: string, zh: string, value: FactDocument['value'], more: Partial<FactDocument> = {}): FactDocument => ({
  key,
  label: label(en, zh),
  value,
  ...more,
});
const optionalDate = (key: string, en: string, zh: string) => ({ key, label: label(en, zh), value: { type: 'date' as const }, optional: true });
const optionalText = (key: string, en: string, zh: string) => ({ key, label: label(en, zh), value: { type: 'longText' as const }, optional: true });
const money = (key: string, en: string, zh: string) => ({ key, label: label(en, zh), value: { type: 'money' as const } });

/** The fact catalogue of version 1 (process/facts.ts) as data. */
const FACTS_V1: FactDocument[] = [
  fact('industry', 'Industry', '所属行业', { type: 'text' }),
  fact('companySize', 'Company size (headcount)', '企业规模（人数）', { type: 'enum', options: [...COMPANY_SIZES] }),
  fact('itBaseline', 'IT baseline (hardware, software, network)', 'IT 现状（硬件、软件、网络）', {
    type: 'object',
    parts: [optionalText('hardware', 'Hardware', '硬件'), optionalText('software', 'Software', '软件'), optionalText('network', 'Network', '网络')],
    atLeastOne: {
      parts: ['hardware', 'software', 'network'],
      message: label('describe at least one of hardware, software, network', '请至少描述硬件、软件、网络之一'),
    },
  }),
  fact('needSummary', 'Need summary', '需求概述', { type: 'longText' }),
  fact(
    'contactIds',
    'Customer contacts',
    '客户联系人',
    { type: 'contacts' },
    { requirement: { kind: 'minItems', count: 1, label: label('at least one contact', '至少一位联系人') } },
  ),
  fact('interestConfirmed', 'Interest confirmed', '客户已确认意向', { type: 'boolean' }, { requirement: mustBeTrue }),
  fact('sponsor', 'Sponsor', '发起人', { type: 'text' }),
  fact('requirements', 'Requirements', '需求', { type: 'longText' }),
  fact(
    'budget',
    'Preliminary budget',
    '初步预算',
    { type: 'money' },
    { requirement: { kind: 'greaterThan', value: 0, label: label('greater than 0', '必须大于 0') } },
  ),
  fact('selectionTeam', 'Customer selection team', '客户选型小组', { type: 'textList', min: 1, max: 50 }),
  fact('decisionTimeline', 'Decision timeline', '决策时间', { type: 'date' }),
  fact('competitors', 'Known competitors or consultants', '已知竞争对手或顾问', { type: 'textList', max: 50 }),
  fact(
    'projectTeam',
    'Our project team',
    '我方项目组',
    { type: 'users' },
    { requirement: { kind: 'minItems', count: 1, label: label('at least one team member', '至少一名成员') } },
  ),
  fact('solutionAccepted', 'Solution accepted by the customer', '客户认可方案', { type: 'boolean' }, { requirement: mustBeTrue }),
  fact('shortlisted', 'On the shortlist', '已入围', { type: 'boolean' }, { requirement: mustBeTrue }),
  fact(
    'preliminaryQuote',
    'Preliminary quote',
    '初步报价',
    {
      type: 'object',
      parts: [
        money('software', 'Software', '软件'),
        money('implementation', 'Implementation', '实施'),
        money('service', 'Service', '服务'),
        { key: 'discountPercent', label: label('Discount (%)', '折扣（%）'), value: { type: 'percent' }, optional: true },
      ],
    },
    { requirement: { kind: 'greaterThan', value: 0, label: label('a total greater than 0', '总额必须大于 0') } },
  ),
  fact(
    'expectedSignDate',
    'Expected signing date',
    '预计签约日期',
    { type: 'date' },
    { requirement: { kind: 'withinMonths', months: 3, label: label('within 3 months of the move', '须在三个月内') } },
  ),
  fact(
    'winProbability',
    'Win probability (%)',
    '赢单概率（%）',
    { type: 'percent', integer: true },
    { requirement: { kind: 'atLeast', value: 50, label: label('at least 50', '不低于 50') } },
  ),
  fact('candidateVendorConfirmed', 'Confirmed as a candidate vendor', '已确认为候选供应商', { type: 'boolean' }, { requirement: mustBeTrue }),
  fact('negotiationSchedule', 'Bid, negotiation and signing schedule', '投标、谈判与签约计划', {
    type: 'object',
    parts: [
      optionalDate('bidAt', 'Bid', '投标'),
      optionalDate('negotiationAt', 'Negotiation', '谈判'),
      { key: 'signingAt', label: label('Signing', '签约'), value: { type: 'date' } },
    ],
    atLeastOne: { parts: ['bidAt', 'negotiationAt'], message: label('plan a bid date or a negotiation date', '请计划投标日期或谈判日期') },
  }),
  fact('contractSigned', 'Contract signed', '合同已签署', { type: 'boolean' }, { system: true }),
  fact('firstPaymentConfirmed', 'First payment confirmed by finance', '首付款已到账', { type: 'boolean' }, { system: true }),
];

const { gates: _codedGates, ...approvals } = DEFAULT_APPROVAL_POLICY;

/** Version 1 (process/v1.ts) as a document: the built-in first version, always published. */
export const BUILTIN_V1: ProcessDocument = ProcessDocumentSchema.parse({
  timezone: PROCESS_V1.timezone,
  stages: toDocumentLabels(PROCESS_V1.funnel),
  lost: toDocumentLabels(PROCESS_V1.lost),
  facts: FACTS_V1,
  lostReasons: toDocumentLabels(PROCESS_V1.lostReasons),
  reopenLimit: PROCESS_V1.reopenLimit,
  paymentSchedule: toDocumentLabels(PROCESS_V1.paymentSchedule),
  contracts: PROCESS_V1.contracts,
  timings: toDocumentLabels({
    followUps: PROCESS_V1.followUps,
    approvals: {
      ...approvals,
      gates: {
        PROJECT_INITIATED: { kind: 'stage_gate', when: 'always', amount: 'deal' },
        PRELIMINARY_APPROVAL: { kind: 'quote_discount', when: 'quoteDiscountAboveLimit', amount: 'quoteTotal' },
      },
    },
    collection: PROCESS_V1.collection,
    tenders: PROCESS_V1.tenders,
    support: PROCESS_V1.support,
    service: PROCESS_V1.service,
  }),
});
