import { allHandlersFinished, condition, patched, proxyActivities, proxyLocalActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { checkFactPatch, funnelIndex, judgeLost, judgeMove, judgeReopen, pinnedDefinition, stageDefinition, tenderDateErrors } from '../../process';
import type { ProcessDocument } from '../../process/document';
import * as ledger from './ledger';
import { touch } from './timeline';
import {
  advanceUpdate,
  createDeal,
  dealQuery,
  draftContractUpdate,
  markLostUpdate,
  ownerCalendarSignal,
  recordFactsUpdate,
  reopenUpdate,
  signContractUpdate,
  startTenderUpdate,
} from './messages';
import { approvalNewsSignal } from '../approval/messages';
import { collectionNewsSignal } from '../collection/messages';
import { serviceNewsSignal } from '../service/messages';
import { tenderNewsSignal } from '../tender/messages';
import { ticketNewsSignal } from '../ticket/messages';
import { hearTicket } from './tickets';
import { type TenderInput, activeTender, handOver, hearTender, startTender } from './tender';
import { type ContractDraft, draftContract, hearCollection, signContract } from './contract';
import { hearService } from './service';
import { dropPendingApproval, hearApproval, repeatsRejection, requestApproval } from './approvals';
import { nextAlarm, stillWanted } from './alarms';
import { handleFollowUps } from './followup-handlers';
import { refuse } from '../shared/refusals';
import { timingOf } from './schedule';
import type { DealCreation, DealState } from '../../state/deal';
import { viewOf } from './view';
import { creationInMinorUnits, stateInMinorUnits } from './legacy-amounts';
import { DATA_ACTIVITY, EMAIL_ACTIVITY, LOCAL_DATA_ACTIVITY } from '../shared/activity-options';
import { alarmClock } from '../shared/alarm-clock';
import { runOutbox } from '../shared/outbox';
import { followHolidayCalendar } from '../shared/holiday-calendar';
import { continueOnCurrentBuild, newBuildIsCurrent } from '../shared/upgrade';

export interface DealWorkflowInput {
  creation: DealCreation;
  /** The published process document the deal runs, when its version is not built in. */
  processDocument?: ProcessDocument;
  /** State handed over by continue-as-new. */
  carried?: DealState;
  /** Continue-as-new once history is this long, even if the server has not suggested it yet. */
  maxHistoryLength?: number;
}

const remotely = proxyActivities<Activities>(DATA_ACTIVITY);
const locally = proxyLocalActivities<Activities>(LOCAL_DATA_ACTIVITY);
/** A local activity since the 'local-projection' patch; histories recorded before it replay the remote one. */
const projectDeal: Activities['projectDeal'] = (arg) => (patched('local-projection') ? locally : remotely).projectDeal(arg);
const { sendDealEmail } = proxyActivities<Activities>(EMAIL_ACTIVITY);

/** One opportunity, from its first lead to its close. The truth about the deal's process state. */
export async function dealWorkflow(input: DealWorkflowInput): Promise<void> {
  const now = () => Date.now();
  const def = pinnedDefinition(input.carried?.processVersion ?? input.creation.processVersion, input.processDocument);
  const state: DealState = input.carried ? stateInMinorUnits(input.carried, def) : ledger.openDeal(def, creationInMinorUnits(input.creation), now());
  const view = () => viewOf(state, def, now());

  setHandler(dealQuery, view);
  setHandler(ownerCalendarSignal, (owner) => ledger.changeOwnerCalendar(state, owner, now()));
  followHolidayCalendar(
    () => state.holidays,
    (holidays, from) => ledger.changeHolidayCalendar(state, holidays, from, timingOf(state, def), now()),
  );
  setHandler(approvalNewsSignal, (news) => hearApproval(state, def, news, now()));
  setHandler(collectionNewsSignal, (news) => hearCollection(state, def, news, now()));
  setHandler(tenderNewsSignal, (news) => hearTender(state, def, news, now()));
  setHandler(ticketNewsSignal, (news) => hearTicket(state, news));
  setHandler(serviceNewsSignal, (news) => hearService(state, news));

  setHandler(
    startTenderUpdate,
    async ({ actor, tender }) => {
      await startTender(state, def, tender, actor);
      return view();
    },
    {
      validator: ({ tender }: { tender: TenderInput }) => {
        const stages = def.tenders.stages;
        if (state.status !== 'open' || !stages.includes(state.stage))
          refuse(
            { refusal: 'conflict', reason: 'stage' },
            `a tender runs in ${stages.join(' or ')}; the deal is ${state.status === 'open' ? `in ${state.stage}` : state.status}`,
          );
        if (activeTender(state))
          refuse({ refusal: 'conflict', reason: 'active_tender' }, `tender ${state.tender!.tenderNo} is still ${state.tender!.status}; one tender at a time`);
        const errors = tenderDateErrors(tender, now()).map((e) => ({ field: `body.${e.field}`, message: e.message }));
        if (errors.length) refuse({ refusal: 'invalid_input', errors }, 'the tender dates are out of order, or its deadline is past');
      },
    },
  );

  setHandler(
    draftContractUpdate,
    async ({ actor, contract }) => {
      await draftContract(state, def, contract, actor, now());
      return view();
    },
    {
      validator: ({ contract }: { contract: ContractDraft }) => {
        const { stage } = def.contracts;
        if (state.status !== 'open' || state.stage !== stage)
          refuse(
            { refusal: 'conflict', reason: 'stage' },
            `a contract is drafted in ${stage}; the deal is ${state.status === 'open' ? `in ${state.stage}` : state.status}`,
          );
        if (state.contract && state.contract.status !== 'draft')
          refuse(
            { refusal: 'conflict', reason: state.contract.status },
            `the contract is ${state.contract.status.replace('_', ' ')}; only a draft is redrafted`,
          );
        const sum = contract.installments.reduce((total, i) => total + i.amount, 0);
        if (sum !== contract.amount)
          refuse(
            { refusal: 'invalid_input', errors: [{ field: 'body.installments', message: 'the installments must add up to the amount' }] },
            'the schedule does not add up',
          );
      },
    },
  );

  setHandler(
    signContractUpdate,
    async ({ actor, signedAt, signedBy, implementationLeadId, implementationLeadCalendar }) => {
      const lead = implementationLeadId ?? state.ownerId;
      await signContract(
        state,
        def,
        { signedAt, signedBy, lead: { id: lead, calendar: implementationLeadId ? implementationLeadCalendar : undefined } },
        actor,
        now(),
      );
      handOver(state, lead, actor, now());
      return view();
    },
    {
      validator: (_signing) => {
        const status = state.contract?.status;
        if (status !== 'approved')
          refuse(
            { refusal: 'conflict', reason: status ?? 'none' },
            status ? `the contract is ${status.replace('_', ' ')}: only an approved contract is signed` : 'the deal has no contract',
          );
      },
    },
  );

  setHandler(createDeal, view, {
    validator: ({ fingerprint }) => {
      if (fingerprint !== state.fingerprint) refuse({ refusal: 'idempotency_conflict' }, 'this Idempotency-Key was already used for a different deal');
    },
  });

  setHandler(
    recordFactsUpdate,
    ({ actor, facts }) => {
      ledger.recordFacts(state, def, facts, actor, now());
      return view();
    },
    {
      validator: ({ facts }) => {
        if (state.status !== 'open')
          refuse(
            { refusal: 'not_allowed', from: state.stage, reason: `the deal is ${state.status}`, allowed: [] },
            `the deal is ${state.status}; its facts are closed`,
          );
        const errors = checkFactPatch(def, facts);
        if (errors.length) refuse({ refusal: 'invalid_facts', errors }, 'some facts are not valid');
      },
    },
  );

  setHandler(
    advanceUpdate,
    async ({ actor, to, note }) => {
      const verdict = judgeMove(def, state, to, now(), note);
      if (!verdict.ok) return refuse(verdict, `cannot move to ${to}`);
      // Histories from before approvals existed replay as they ran: the move went through at once.
      if (verdict.approval && patched('approval-gates')) {
        await requestApproval(state, def, verdict.approval, to, note, actor, now());
        return view();
      }
      if (verdict.kind === 'back') dropPendingApproval(state, 'the deal moved back', actor);
      ledger.moveStage(state, def, to, verdict.kind, note, actor, now());
      return view();
    },
    {
      validator: ({ to, note }) => {
        const verdict = judgeMove(def, state, to, now(), note);
        const pending = state.pendingApproval;
        if (pending && funnelIndex(def, to) > funnelIndex(def, state.stage))
          refuse(
            { refusal: 'approval_pending', approvalId: pending.approvalId, stage: pending.stage },
            `the move to ${pending.stage} waits for approval ${pending.approvalId}`,
          );
        if (verdict.ok && verdict.approval && state.lastRejection && repeatsRejection(state, to))
          refuse(
            { refusal: 'approval_rejected', approvalId: state.lastRejection.approvalId, stage: to },
            `entering ${to} was rejected with these very facts; change them before asking again`,
          );
        if (verdict.ok) return;
        const messages = {
          not_allowed: () => `cannot move from ${state.stage} to ${to}: ${'reason' in verdict ? verdict.reason : ''}`,
          gate_not_met: () => `${stageDefinition(def, to).label.en} needs facts that are missing or short of the requirement`,
          note_required: () => 'moving a deal back needs a note saying why',
        };
        refuse(verdict, messages[verdict.refusal]());
      },
    },
  );

  setHandler(
    markLostUpdate,
    ({ actor, reason, note, competitorWon }) => {
      dropPendingApproval(state, 'the deal was lost', actor);
      ledger.markLost(state, { reason, note, competitorWon }, actor, now());
      return view();
    },
    {
      validator: ({ reason, note }) => {
        const verdict = judgeLost(def, state);
        if (!verdict.ok) refuse(verdict, `cannot mark the deal lost: it is ${state.status}`);
        const errors = [
          ...(reason in def.lostReasons ? [] : [{ field: 'body.lostReason', message: `one of ${Object.keys(def.lostReasons).join(', ')}` }]),
          ...(note?.trim() ? [] : [{ field: 'body.lostNote', message: 'say what happened' }]),
        ];
        if (errors.length) refuse({ refusal: 'invalid_input', errors }, 'a lost deal needs a known reason and a note');
      },
    },
  );

  setHandler(
    reopenUpdate,
    ({ actor, reason }) => {
      const verdict = judgeReopen(def, state);
      if (!verdict.ok) return refuse(verdict, 'cannot reopen');
      ledger.reopen(state, verdict.to, reason, actor, now());
      return view();
    },
    {
      validator: ({ reason }) => {
        const verdict = judgeReopen(def, state);
        if (!verdict.ok) refuse(verdict, `cannot reopen: ${'reason' in verdict ? verdict.reason : ''}`);
        if (!reason?.trim())
          refuse({ refusal: 'invalid_input', errors: [{ field: 'body.reason', message: 'say why the deal reopens' }] }, 'reopening needs a reason');
      },
    },
  );

  handleFollowUps(state, def, now, view);

  const historyIsLong = () =>
    newBuildIsCurrent() ||
    workflowInfo().continueAsNewSuggested ||
    (input.maxHistoryLength !== undefined && workflowInfo().historyLength >= input.maxHistoryLength);

  const outbox = runOutbox(state.emails, sendDealEmail, {
    stillWanted: (email) => stillWanted(state, email),
    failed: (email, err) =>
      touch(state, 'email_failed', null, now(), { key: email.key, template: email.template, error: (err.cause as Error | undefined)?.message ?? err.message }),
  });

  // One loop does everything else the deal does by itself: ring alarms and project each change.
  // Updates only change state; the loop wakes when the version moves.
  const clock = alarmClock();
  for (;;) {
    const alarm = nextAlarm(state, timingOf(state, def));
    if (alarm && alarm.at <= clock.now()) {
      alarm.ring(clock.now());
    } else if (historyIsLong() && patched('continue-as-new-unprojected')) {
      // Not after a projection in the same task: a task that continues as new is discarded when a
      // signal lands meanwhile, and a local projection in it would already have written what never was.
      await condition(() => allHandlersFinished() && outbox.idle());
      return continueOnCurrentBuild<typeof dealWorkflow>({ ...input, carried: state });
    } else if (state.unprojected.length > 0) {
      const entries = state.unprojected.slice();
      await projectDeal({ deal: { ...viewOf(state, def, now()), workflowId: workflowInfo().workflowId }, entries });
      state.unprojected = state.unprojected.filter((e) => e.seq > entries[entries.length - 1].seq);
    } else if (historyIsLong()) {
      await condition(() => allHandlersFinished() && outbox.idle());
      if (state.unprojected.length === 0) return continueOnCurrentBuild<typeof dealWorkflow>({ ...input, carried: state });
    } else {
      const seen = state.version;
      await clock.sleepUntil(() => state.version !== seen || historyIsLong(), alarm?.at);
    }
  }
}
