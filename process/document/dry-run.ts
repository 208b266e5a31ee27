import { type ApproverRule, approvalRoute, stageApproval } from '../approvals';
import type { Span } from '../calendar';
import { type ProcessDefinition, funnelIndex } from '../definition';
import type { FollowUpKind } from '../followups';
import { type Facts, type UnmetFact, unmetFacts } from '../gate';
import type { Minor } from '../money';
import { type OpenStage, type Stage, isOpenStage } from '../stage';
import { sameJson } from './same';

/** An open deal as the read model has it. */
export interface OpenDeal {
  id: string;
  title: string;
  stage: Stage;
  amount: Minor;
  facts: Facts;
  /** The kinds of its follow-ups still open or snoozed. */
  openFollowUps: readonly FollowUpKind[];
}

export interface ApprovalChange {
  /** The stage ahead whose entry needs approval. */
  stage: Stage;
  kind: string;
  /** The chain entering it needs now, null when it needs none (or the matrix has no row). */
  from: readonly ApproverRule[] | null;
  to: readonly ApproverRule[] | null;
}

export interface TimerChange {
  timer: 'stall' | 'follow_up';
  /** The follow-up kind, for follow_up. */
  kind?: string;
  from: Span | null;
  to: Span | null;
}

/** What moving a deal onto the draft would do to it. */
export interface DealImpact {
  dealId: string;
  title: string;
  stage: Stage;
  /** The draft no longer has the deal's stage. */
  stageRemoved: boolean;
  /** Its stage's entry facts it would newly miss or fall short of. */
  newlyMissing: UnmetFact[];
  approvals: ApprovalChange[];
  timers: TimerChange[];
}

function approvalAhead(def: ProcessDefinition, deal: OpenDeal, stage: Stage): Omit<ApprovalChange, 'from' | 'to'> & { chain: readonly ApproverRule[] | null } {
  const gate = stageApproval(def.approvals, stage, deal.facts);
  if (!gate) return { stage, kind: '', chain: null };
  const route = approvalRoute(def.approvals, gate.kind, gate.amount({ amount: deal.amount, facts: deal.facts }));
  return { stage, kind: gate.kind, chain: route?.chain ?? null };
}

function approvalChanges(current: ProcessDefinition, draft: ProcessDefinition, deal: OpenDeal): ApprovalChange[] {
  const here = funnelIndex(draft, deal.stage);
  return draft.funnel.flatMap((s, i): ApprovalChange[] => {
    if (i <= here) return [];
    const before = funnelIndex(current, s.key) >= 0 ? approvalAhead(current, deal, s.key) : { chain: null, kind: '' };
    const after = approvalAhead(draft, deal, s.key);
    return sameJson(before.chain, after.chain) ? [] : [{ stage: s.key, kind: after.kind || before.kind, from: before.chain, to: after.chain }];
  });
}

function timerChanges(current: ProcessDefinition, draft: ProcessDefinition, deal: OpenDeal): TimerChange[] {
  const stall = (def: ProcessDefinition) => (isOpenStage(deal.stage) ? (def.followUps.stallAfter[deal.stage as OpenStage] ?? null) : null);
  const due = (def: ProcessDefinition, kind: FollowUpKind) => def.followUps.rules.find((r) => r.creates === kind)?.dueAfter ?? null;
  const changes: TimerChange[] = sameJson(stall(current), stall(draft)) ? [] : [{ timer: 'stall', from: stall(current), to: stall(draft) }];
  for (const kind of new Set(deal.openFollowUps))
    if (!sameJson(due(current, kind), due(draft, kind))) changes.push({ timer: 'follow_up', kind, from: due(current, kind), to: due(draft, kind) });
  return changes;
}

/** For one open deal on `current`: what the draft would change for it, from its facts alone (no workflow is asked). */
export function dealImpact(current: ProcessDefinition, draft: ProcessDefinition, deal: OpenDeal, now: number): DealImpact {
  const stageRemoved = deal.stage !== 'LOST' && funnelIndex(draft, deal.stage) < 0;
  const before = new Set(unmetFacts(current, deal.stage, deal.facts, now).map((u) => `${u.key}:${u.problem}`));
  const newlyMissing = stageRemoved ? [] : unmetFacts(draft, deal.stage, deal.facts, now).filter((u) => !before.has(`${u.key}:${u.problem}`));
  return {
    dealId: deal.id,
    title: deal.title,
    stage: deal.stage,
    stageRemoved,
    newlyMissing,
    approvals: stageRemoved ? [] : approvalChanges(current, draft, deal),
    timers: timerChanges(current, draft, deal),
  };
}

export const isAffected = (i: DealImpact) => i.stageRemoved || i.newlyMissing.length > 0 || i.approvals.length > 0 || i.timers.length > 0;
