import type { Span } from './calendar';
import { type Label, label } from './label';
import { type Minor, ZERO, minor, sumMoney } from './money';
import type { Stage } from './stage';

export const APPROVAL_KINDS = {
  stage_gate: label('Project initiation', '立项申请'),
  quote_discount: label('Quote discount', '报价折扣'),
  contract: label('Contract', '合同'),
  bid_review: label('Bid review', '投标评审'),
} as const satisfies Record<string, Label>;
export type ApprovalKind = keyof typeof APPROVAL_KINDS;

/** Roles that approve; the policy's ladder orders them. */
export const APPROVER_ROLES = ['supervisor', 'executive', 'admin'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

/**
 * Who approves one level of a chain:
 * - `role`: the first user with that role up the requester's reporting line (the requester
 *   included, who is then skipped), else any active user with the role;
 * - `userId`: that user, by name.
 */
export type ApproverRule = { role: ApproverRole } | { userId: string };

/** One row of the approval matrix: requests of `kind` whose amount is in [minAmount, maxAmount), in minor units. */
export interface ApprovalRoute {
  kind: ApprovalKind;
  minAmount: Minor;
  maxAmount?: Minor;
  chain: readonly ApproverRule[];
}

/** What entering a stage needs approved, and when. */
export interface StageApproval {
  kind: ApprovalKind;
  /** Absent: every entry needs it. */
  when?: (facts: Readonly<Record<string, unknown>>, policy: ApprovalPolicy) => boolean;
  /** The amount that routes the request through the matrix. */
  amount: (deal: { amount: Minor; facts: Readonly<Record<string, unknown>> }) => Minor;
}

export interface ApprovalTiming {
  /** Since the request reached the approver. */
  remindAfter: Span;
  /** Since the reminder: the request goes to the next role up. */
  escalateAfter: Span;
  /** How long an emailed approve/reject link works. */
  linkValidFor: Span;
  /** Whether the waits count the approver's working hours on working days; fast tests turn this off. */
  workingHoursOnly: boolean;
}

export interface ApprovalPolicy {
  matrix: readonly ApprovalRoute[];
  /** Roles that approve, lowest first: escalation climbs this ladder. */
  ladder: readonly ApproverRole[];
  gates: Partial<Record<Stage, StageApproval>>;
  /** A quote discount above this (percent) needs an executive. */
  quoteDiscountLimit: number;
  timing: ApprovalTiming;
}

export const DEFAULT_APPROVAL_TIMING: ApprovalTiming = {
  remindAfter: { businessHours: 8 },
  escalateAfter: { businessHours: 24 },
  linkValidFor: { days: 14 },
  workingHoursOnly: true,
};

/** The preliminary quote fact, its parts in minor units. */
interface Quote {
  software: Minor;
  implementation: Minor;
  service: Minor;
  discountPercent?: number;
}
const quoteOf = (facts: Readonly<Record<string, unknown>>) => facts.preliminaryQuote as Quote | undefined;
export const quoteTotal = (q: Quote): Minor => sumMoney([q.software, q.implementation, q.service]);

/** 500,000 yuan, in fen. */
const LARGE_DEAL = minor(500_000_00);

/** process.md: the supervisor approves 立项, plus an executive from 500k; quotes past the discount policy need an executive. */
export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = {
  matrix: [
    { kind: 'stage_gate', minAmount: ZERO, maxAmount: LARGE_DEAL, chain: [{ role: 'supervisor' }] },
    { kind: 'stage_gate', minAmount: LARGE_DEAL, chain: [{ role: 'supervisor' }, { role: 'executive' }] },
    { kind: 'quote_discount', minAmount: ZERO, chain: [{ role: 'executive' }] },
    { kind: 'contract', minAmount: ZERO, maxAmount: LARGE_DEAL, chain: [{ role: 'supervisor' }] },
    { kind: 'contract', minAmount: LARGE_DEAL, chain: [{ role: 'supervisor' }, { role: 'executive' }] },
    { kind: 'bid_review', minAmount: ZERO, maxAmount: LARGE_DEAL, chain: [{ role: 'supervisor' }] },
    { kind: 'bid_review', minAmount: LARGE_DEAL, chain: [{ role: 'supervisor' }, { role: 'executive' }] },
  ],
  ladder: APPROVER_ROLES,
  gates: {
    PROJECT_INITIATED: { kind: 'stage_gate', amount: (deal) => deal.amount },
    PRELIMINARY_APPROVAL: {
      kind: 'quote_discount',
      when: (facts, policy) => (quoteOf(facts)?.discountPercent ?? 0) > policy.quoteDiscountLimit,
      amount: (deal) => {
        const quote = quoteOf(deal.facts);
        return quote ? quoteTotal(quote) : deal.amount;
      },
    },
  },
  quoteDiscountLimit: 15,
  timing: DEFAULT_APPROVAL_TIMING,
};

/** The matrix row a request of `kind` at `amount` goes by, if any. */
export const approvalRoute = (policy: ApprovalPolicy, kind: ApprovalKind, amount: Minor): ApprovalRoute | undefined =>
  policy.matrix.find((r) => r.kind === kind && amount >= r.minAmount && (r.maxAmount === undefined || amount < r.maxAmount));

/** The ordered chain for a request; throws when the matrix has no row for it (a broken process definition). */
export function approvalChain(policy: ApprovalPolicy, kind: ApprovalKind, amount: Minor): readonly ApproverRule[] {
  const route = approvalRoute(policy, kind, amount);
  if (!route) throw new Error(`the approval matrix has no row for ${kind} at ${amount}`);
  return route.chain;
}

/** The approval entering `stage` needs now, if any. */
export function stageApproval(policy: ApprovalPolicy, stage: Stage, facts: Readonly<Record<string, unknown>>): StageApproval | undefined {
  const gate = policy.gates[stage];
  return gate && (!gate.when || gate.when(facts, policy)) ? gate : undefined;
}

/** The role an escalation goes to from a level of `role` (a level naming a person climbs from the ladder's foot); undefined at the top. */
export function roleAbove(policy: ApprovalPolicy, role: ApproverRole | undefined): ApproverRole | undefined {
  const { ladder } = policy;
  return ladder[ladder.indexOf(role ?? ladder[0]) + 1];
}
