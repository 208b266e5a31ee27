import { DEFAULT_APPROVAL_POLICY } from './approvals';
import { DEFAULT_CONTRACT_POLICY, DEFAULT_PAYMENT_SCHEDULE } from './contracts';
import { DEFAULT_COLLECTION_TIMING } from './dunning';
import { DEFAULT_TENDER_POLICY } from './tenders';
import { DEFAULT_SERVICE_TIMING } from './service';
import type { ProcessDefinition } from './definition';
import { FACTS, LOST_REASONS } from './facts';
import { DEFAULT_FOLLOW_UP_TIMING } from './followups';
import { label } from './label';
import { DEFAULT_SUPPORT_POLICY } from './support';

/** Version 1: the funnel of process.md (销售漏斗 / 项目销售阶段定义). */
export const PROCESS_V1: ProcessDefinition = {
  version: 1,
  timezone: 'Asia/Shanghai',
  funnel: [
    { key: 'LEAD', label: label('Lead', '潜在商机'), probability: 10, entryFacts: [] },
    {
      key: 'INTENT',
      label: label('Intent', '意向客户'),
      probability: 20,
      entryFacts: ['industry', 'companySize', 'itBaseline', 'needSummary', 'contactIds', 'interestConfirmed', 'sponsor'],
    },
    {
      key: 'PROJECT_INITIATED',
      label: label('Project initiated', '客户立项'),
      probability: 30,
      entryFacts: ['requirements', 'budget', 'selectionTeam', 'decisionTimeline', 'competitors', 'projectTeam'],
    },
    {
      key: 'PRELIMINARY_APPROVAL',
      label: label('Preliminary approval', '初步认可'),
      probability: 50,
      entryFacts: ['solutionAccepted', 'shortlisted', 'preliminaryQuote', 'expectedSignDate', 'winProbability'],
    },
    {
      key: 'NEGOTIATION',
      label: label('Negotiation', '商务阶段'),
      probability: 75,
      entryFacts: ['candidateVendorConfirmed', 'negotiationSchedule'],
    },
    { key: 'WON', label: label('Won', '成交客户'), probability: 100, entryFacts: ['contractSigned', 'firstPaymentConfirmed'] },
  ],
  lost: { key: 'LOST', label: label('Lost', '丢单'), probability: 0, entryFacts: [] },
  facts: new Map(FACTS.map((f) => [f.key, f])),
  lostReasons: LOST_REASONS,
  reopenLimit: 1,
  followUps: DEFAULT_FOLLOW_UP_TIMING,
  approvals: DEFAULT_APPROVAL_POLICY,
  paymentSchedule: DEFAULT_PAYMENT_SCHEDULE,
  contracts: DEFAULT_CONTRACT_POLICY,
  collection: DEFAULT_COLLECTION_TIMING,
  tenders: DEFAULT_TENDER_POLICY,
  support: DEFAULT_SUPPORT_POLICY,
  service: DEFAULT_SERVICE_TIMING,
};
