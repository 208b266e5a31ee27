import { ParentClosePolicy, startChild, uuid4, workflowInfo } from '@temporalio/workflow';
import { DEFAULT_WORKING_HOURS, type Minor, type PlannedInstallment, type ProcessDefinition, type Region, judgeMove, wonStage } from '../../process';
import type { ApprovalNews } from '../approval/messages';
import type { CollectionNews } from '../collection/messages';
import { collectionWorkflowId } from '../collection/messages';
import type { CollectionStart } from '../../state/collection';
import { collectionWorkflow } from '../collection/workflow';
import { startApproval } from './approval-request';
import { moveStage } from './ledger';
import { startService } from './service';
import { touch } from './timeline';
import type { Actor, DealState, OwnerCalendar, TimelineType } from '../../state/deal';

export interface ContractDraft {
  amount: Minor;
  /** The deal's, unless given. */
  currency?: string;
  technicalAgreement?: string;
  installments: PlannedInstallment[];
  warrantyMonths?: number;
  region?: Region;
}

/** Drafts (or redrafts, after it came back) the contract, and asks for its approval, routed by amount. */
export async function draftContract(state: DealState, def: ProcessDefinition, draft: ContractDraft, actor: Actor, at: number) {
  const id = state.contract?.id ?? uuid4();
  const { approvalId, started } = startApproval(state, def, { kind: 'contract', amount: draft.amount, note: draft.technicalAgreement }, actor, at);
  state.contract = {
    id,
    reference: `HT-${id.slice(0, 8).toUpperCase()}`,
    status: 'pending_approval',
    amount: draft.amount,
    currency: draft.currency ?? state.currency,
    technicalAgreement: draft.technicalAgreement,
    installments: draft.installments.map((i, n) => ({ id: uuid4(), seq: n + 1, label: i.label, amount: i.amount, due: i.due })),
    warrantyMonths: draft.warrantyMonths,
    region: draft.region,
    approvalId,
    draftedBy: actor.id,
    draftedAt: at,
  };
  touch(state, 'contract_drafted', actor, at, {
    contractId: id,
    amount: draft.amount,
    currency: draft.currency ?? state.currency,
    installments: draft.installments.length,
    approvalId,
  });
  await started;
}

/** The contract's approval decided: approved, it may be signed; otherwise it goes back to draft, with the reason. */
export function hearContractApproval(state: DealState, news: ApprovalNews, now: number): boolean {
  const contract = state.contract;
  if (!contract || contract.approvalId !== news.approvalId) return false;
  if (news.status === 'pending' || contract.status !== 'pending_approval') return true;
  const decided = [...news.steps].reverse().find((s) => s.type === 'approved' || s.type === 'rejected');
  if (news.status === 'approved') {
    contract.status = 'approved';
    touch(state, 'contract_approved', null, now, { contractId: contract.id, approvalId: news.approvalId });
    return true;
  }
  contract.status = 'draft';
  contract.returned = { status: news.status, by: decided?.actorId ?? undefined, comment: decided?.data.comment as string | undefined, at: now };
  touch(state, 'contract_returned', null, now, {
    contractId: contract.id,
    approvalId: news.approvalId,
    status: news.status,
    comment: contract.returned.comment,
  });
  return true;
}

/** Signed in the presence of `signedBy`: the deal gains its first WON fact, and the contract's collection and service start. */
export async function signContract(
  state: DealState,
  def: ProcessDefinition,
  signing: { signedAt: number; signedBy: string; lead: { id: string; calendar?: OwnerCalendar } },
  actor: Actor,
  at: number,
) {
  const { signedAt, signedBy } = signing;
  const contract = state.contract!;
  contract.status = 'signed';
  contract.signedAt = signedAt;
  contract.signedBy = signedBy;
  state.facts = { ...state.facts, contractSigned: true };
  touch(state, 'contract_signed', actor, at, { contractId: contract.id, signedAt, signedBy });
  const start: CollectionStart = {
    contractId: contract.id,
    reference: contract.reference,
    processVersion: def.version,
    deal: { dealId: state.dealId, workflowId: workflowInfo().workflowId, title: state.title, ownerId: state.ownerId, accountId: state.accountId },
    currency: contract.currency,
    signedAt,
    installments: contract.installments,
    timing: { ...def.collection, ...state.collectionTiming },
    hours: { ...DEFAULT_WORKING_HOURS, timezone: def.timezone },
    holidays: state.holidays,
  };
  // Collection outlives the sale (and this run of the deal): it answers by signal.
  await startChild(collectionWorkflow, { workflowId: collectionWorkflowId(contract.id), args: [start], parentClosePolicy: ParentClosePolicy.ABANDON });
  await startService(state, def, signing.lead);
}

/** Chasing lands on the deal's timeline; the first installment paid in full confirms the payment WON waits for. */
export function hearCollection(state: DealState, def: ProcessDefinition, news: CollectionNews, now: number) {
  for (const s of news.steps)
    touch(state, `collection_${s.type}` as TimelineType, s.actorId ? { id: s.actorId } : null, s.at, {
      contractId: news.contractId,
      installmentId: s.installmentId,
      ...s.data,
    });
  if (!news.firstPaid || state.facts.firstPaymentConfirmed) return;
  state.facts = { ...state.facts, firstPaymentConfirmed: true };
  const won = wonStage(def);
  const verdict = judgeMove(def, state, won, now);
  if (verdict.ok) moveStage(state, def, won, 'forward', 'contract signed and first payment confirmed', { id: news.firstPaid.by, role: 'finance' }, now);
}
