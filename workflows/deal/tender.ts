import { ParentClosePolicy, startChild, uuid4, workflowInfo } from '@temporalio/workflow';
import { DEFAULT_WORKING_HOURS, type ProcessDefinition, holidaysOrSeed, judgeMove } from '../../process';
import type { TenderNews } from '../tender/messages';
import { tenderWorkflowId } from '../tender/messages';
import type { TenderStart } from '../../state/tender';
import { tenderWorkflow } from '../tender/workflow';
import { scheduleFollowUp } from './followups';
import { markLost, moveStage } from './ledger';
import { touch } from './timeline';
import { dueAfter, timingOf } from './schedule';
import type { Actor, DealState, TimelineType } from '../../state/deal';

/** A tender as the API asks to start it, checked there for dates and people. */
export type TenderInput = Pick<
  TenderStart,
  'tenderNo' | 'issuedAt' | 'submissionDeadline' | 'openingAt' | 'presentationAt' | 'documents' | 'bidBond' | 'presalesId' | 'financeId'
>;

export const activeTender = (state: DealState) => state.tender && ['open', 'submitted', 'missed'].includes(state.tender.status);

/** Starts the deal's TenderWorkflow; it outlives this run of the deal and reports by signal. */
export async function startTender(state: DealState, def: ProcessDefinition, input: TenderInput, actor: Actor) {
  const tenderId = uuid4();
  state.tender = { id: tenderId, tenderNo: input.tenderNo, status: 'open', documents: input.documents };
  const start: TenderStart = {
    tenderId,
    ...input,
    processVersion: def.version,
    processDocument: def.document,
    deal: {
      dealId: state.dealId,
      workflowId: workflowInfo().workflowId,
      title: state.title,
      ownerId: state.ownerId,
      accountId: state.accountId,
      supervisorId: state.owner.supervisorId,
      stage: state.stage,
      currency: state.currency,
    },
    startedBy: actor,
    checklist: [...def.tenders.checklist],
    timing: { ...def.tenders.timing, ...state.tenderTiming },
    approvalTiming: { ...def.approvals.timing, ...state.approvalTiming },
    hours: { ...DEFAULT_WORKING_HOURS, timezone: def.timezone },
    holidays: state.holidays,
  };
  await startChild(tenderWorkflow, { workflowId: tenderWorkflowId(tenderId), args: [start], parentClosePolicy: ParentClosePolicy.ABANDON });
}

/** The tender's steps land on the timeline; its result moves the deal: won → the contract's stage and negotiation follow-ups, lost → LOST. */
export function hearTender(state: DealState, def: ProcessDefinition, news: TenderNews, now: number) {
  for (const s of news.steps)
    touch(state, `tender_${s.type}` as TimelineType, s.actorId ? { id: s.actorId } : null, s.at, { tenderId: news.tenderId, ...s.data });
  const tender = state.tender;
  if (!tender || tender.id !== news.tenderId) return;
  const last = [...news.steps].reverse().find((s) => s.type === 'submitted' || s.type === 'missed');
  if (last) tender.status = last.type as 'submitted' | 'missed';
  const result = news.result;
  if (!result) return;
  tender.status = result.outcome;
  tender.result = result;
  const by = { id: result.by, role: 'rep' };
  if (result.outcome === 'lost' && !result.keepOpen && state.status === 'open')
    return markLost(state, { reason: 'competitor', note: result.note, competitorWon: result.winner }, by, now);
  if (result.outcome !== 'won' || state.status !== 'open') return;
  const contractStage = def.contracts.stage;
  if (state.stage !== contractStage) {
    const verdict = judgeMove(def, state, contractStage, now);
    if (verdict.ok && !verdict.approval) moveStage(state, def, contractStage, verdict.kind, `tender ${tender.tenderNo} won`, by, now);
    else touch(state, 'tender_won_facts_missing', null, now, { tenderId: tender.id, refusal: verdict });
  }
  const timing = timingOf(state, def);
  const counted = { from: now, span: { businessDays: 2 } };
  const dueAt = dueAfter(counted.from, counted.span, state.owner.hours, holidaysOrSeed(state.holidays), timing);
  scheduleFollowUp(state, { kind: 'contract_negotiation', dueAt, note: `${tender.tenderNo}: ${result.note}`, counted }, uuid4(), by, now);
}

/** After signing a contract won by tender: the implementation lead gets the technical handover (技术交接), with the tender's documents. */
export function handOver(state: DealState, leadId: string, actor: Actor, at: number) {
  const tender = state.tender;
  if (tender?.status !== 'won') return;
  // Due at once: the lead is told now, reminded and escalated like any follow-up until they mark it done.
  scheduleFollowUp(state, { kind: 'handover', ownerId: leadId, dueAt: at, note: tender.result?.note }, uuid4(), actor, at);
}
