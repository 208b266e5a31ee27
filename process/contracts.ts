import { type Label, label } from './label';
import { type Minor, ZERO, allocate, formatMoney, minor, subtractMoney, sumMoney } from './money';
import type { Role } from './roles';
import type { OpenStage } from './stage';

export const MILESTONES = {
  acceptance: label('Acceptance', '验收'),
  go_live: label('Go-live', '上线'),
  warranty_end: label('End of warranty', '质保期满'),
} as const satisfies Record<string, Label>;
export type Milestone = keyof typeof MILESTONES;

/** When an installment falls due: on a day, some days after signing, or some days after a milestone is reported. */
export type DueRule =
  { kind: 'on_date'; date: string } | { kind: 'after_signing'; days: number } | { kind: 'after_milestone'; milestone: Milestone; days: number };

/** One installment as the contract states it: a share of the amount (percent) or an exact amount. */
export interface InstallmentPlan {
  label: string | Label;
  percent?: number;
  amount?: Minor;
  due: DueRule;
}

export interface PlannedInstallment {
  label: string | Label;
  amount: Minor;
  due: DueRule;
}

/** 30% on signing, 60% on acceptance, 10% when the warranty ends. */
export const DEFAULT_PAYMENT_SCHEDULE: readonly InstallmentPlan[] = [
  { label: label('Payment on signing', '签约款'), percent: 30, due: { kind: 'after_signing', days: 0 } },
  { label: label('Payment on acceptance', '验收款'), percent: 60, due: { kind: 'after_milestone', milestone: 'acceptance', days: 0 } },
  { label: label('Retention, after warranty', '质保金'), percent: 10, due: { kind: 'after_milestone', milestone: 'warranty_end', days: 0 } },
];

/** Where a contract is drafted, and who must be there when it is signed. */
export interface ContractPolicy {
  stage: OpenStage;
  /** process.md: a manager takes part in signing (合作缔结). */
  witnessRoles: readonly Role[];
}

export const DEFAULT_CONTRACT_POLICY: ContractPolicy = { stage: 'NEGOTIATION', witnessRoles: ['supervisor', 'executive', 'admin'] };

/** A signing as it is reported: when, and the person named as present. */
export interface Signing {
  signedAt: number;
  witness: { role: string; active: boolean } | null;
}

/** Clocks differ a little: a signing reported a minute ahead of ours is still now. */
const CLOCK_SKEW_MS = 60_000;

/** What keeps a signing from being recorded, by field; none when it may be. */
export function signingErrors(policy: ContractPolicy, signing: Signing, now: number): { field: 'signedBy' | 'signedAt'; message: string }[] {
  const { witness } = signing;
  return [
    ...(witness?.active && (policy.witnessRoles as readonly string[]).includes(witness.role)
      ? []
      : [{ field: 'signedBy' as const, message: `an active ${policy.witnessRoles.join(', ')}` }]),
    ...(signing.signedAt <= now + CLOCK_SKEW_MS ? [] : [{ field: 'signedAt' as const, message: 'must not be in the future' }]),
  ];
}

export type ScheduleCheck = { ok: true; installments: PlannedInstallment[] } | { ok: false; difference: Minor; message: string };

/**
 * The installments in exact minor units. Shares given in percent are split so the parts add up to
 * the total exactly; the whole schedule must then add up to the contract amount, to the fen.
 */
export function planInstallments(total: Minor, plans: readonly InstallmentPlan[]): ScheduleCheck {
  const fixed = plans.map((p) => p.amount ?? ZERO);
  const shared = plans.filter((p) => p.percent !== undefined);
  const percentSum = shared.reduce((sum, p) => sum + p.percent!, 0);
  const fixedSum = sumMoney(fixed);
  // Percent shares are of the whole amount; when they make up all of it, the split adds up exactly.
  const byShare =
    percentSum === 100 && fixedSum === 0
      ? allocate(
          total,
          shared.map((p) => p.percent!),
        )
      : shared.map((p) => minor(Math.round((total * p.percent!) / 100)));
  let next = 0;
  const installments = plans.map((p, i) => ({ label: p.label, due: p.due, amount: p.percent !== undefined ? byShare[next++] : fixed[i] }));
  const difference = subtractMoney(total, sumMoney(installments.map((x) => x.amount)));
  if (difference !== 0)
    return {
      ok: false,
      difference,
      message: `the installments add up to ${difference > 0 ? 'less' : 'more'} than the contract amount, by ${formatMoney(minor(Math.abs(difference)))}`,
    };
  return { ok: true, installments };
}
