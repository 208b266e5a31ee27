import { type Locale, type ProcessDefinition, type UnmetFact, formatMoney, mapMoneyFacts, minor, stageDefinition } from '../../process';
import type { DealView } from '../../state/deal';
import { say } from '../i18n/locale';
import { presentFollowUps } from './present-followups';

export function presentUnmet(def: ProcessDefinition, unmet: UnmetFact[], locale: Locale) {
  return unmet.map((u) => {
    const fact = def.facts.get(u.key)!;
    return {
      key: u.key,
      label: say(fact.label, locale),
      problem: u.problem,
      stage: u.stage,
      ...(fact.requirement ? { requirement: say(fact.requirement.label, locale) } : {}),
    };
  });
}

/** The deal as the API shows it: the live view with labels in the caller's language, and whether the caller may change it. */
export function presentDeal(def: ProcessDefinition, view: DealView, locale: Locale, canChange: boolean) {
  const stageLabel = (s: Parameters<typeof stageDefinition>[1]) => say(stageDefinition(def, s).label, locale);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    id: view.dealId,
    title: view.title,
    accountId: view.accountId,
    ownerId: view.ownerId,
    owner: view.owner,
    createdBy: view.createdBy,
    amount: formatMoney(view.amount),
    currency: view.currency,
    stage: view.stage,
    stageLabel: stageLabel(view.stage),
    status: view.status,
    probability: view.probability,
    processVersion: view.processVersion,
    holidayCalendarVersion: view.holidayCalendarVersion,
    facts: mapMoneyFacts(def, view.facts, (amount) => formatMoney(minor(amount))),
    next: view.next && {
      stage: view.next.stage,
      label: stageLabel(view.next.stage),
      missing: presentUnmet(def, view.next.unmet, locale),
    },
    allowedMoves: view.allowedMoves.map((m) => ({ ...m, label: stageLabel(m.to) })),
    canChange,
    lost: view.lost && { ...view.lost, at: iso(view.lost.at), fromStage: view.lostFrom },
    reopenCount: view.reopenCount,
    pendingApproval: view.pendingApproval
      ? {
          approvalId: view.pendingApproval.approvalId,
          status: 'pending',
          kind: view.pendingApproval.kind,
          stage: view.pendingApproval.stage,
          stageLabel: stageLabel(view.pendingApproval.stage),
          requestedBy: view.pendingApproval.requestedBy,
          requestedAt: iso(view.pendingApproval.requestedAt),
          url: `/api/v1/approvals/${view.pendingApproval.approvalId}`,
        }
      : null,
    history: view.history.map((h) => ({ ...h, at: iso(h.at) })),
    ...presentFollowUps(view, locale),
    contract: view.contract ? { id: view.contract.id, status: view.contract.status } : null,
    tender: view.tender ? { id: view.tender.id, tenderNo: view.tender.tenderNo, status: view.tender.status } : null,
    stageEnteredAt: iso(view.stageEnteredAt),
    createdAt: iso(view.createdAt),
    updatedAt: iso(view.updatedAt),
    version: view.version,
  };
}
