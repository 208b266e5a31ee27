import { allHandlersFinished, condition, proxyActivities, setHandler, uuid4, workflowInfo } from '@temporalio/workflow';
import type { Activities, TenderEmailIntent } from '../../activities';
import { approvalChain, pinnedDefinition, withoutHolidays } from '../../process';
import { type ApprovalNews, approvalNewsSignal } from '../approval/messages';
import { startApprovalRequest } from '../approval/start';
import { refuse } from '../shared/refusals';
import { alarmClock } from '../shared/alarm-clock';
import { DATA_ACTIVITY, EMAIL_ACTIVITY } from '../shared/activity-options';
import { runOutbox } from '../shared/outbox';
import { dispatch } from '../shared/deal-news';
import { reporter } from '../shared/steps';
import { reminderAt, tenderAlarms } from './alarms';
import * as ledger from './ledger';
import { requestReviewUpdate, submitBidUpdate, tenderNewsSignal, tenderQuery, tenderResultUpdate, updateChecklistUpdate } from './messages';
import { type TenderStart, type TenderView, openItems } from '../../state/tender';
import { followStartCalendar, holidayCalendarVersion } from '../shared/holiday-calendar';

const { projectTender } = proxyActivities<Activities>(DATA_ACTIVITY);
const { sendTenderEmail } = proxyActivities<Activities>(EMAIL_ACTIVITY);

/**
 * One tender (招投标) on a deal: the bid checklist, reminders before the submission deadline, the
 * bid review (an approval), submission, the deadline passing, the presentation, and the result.
 */
export async function tenderWorkflow(start: TenderStart): Promise<void> {
  const now = () => Date.now();
  const state = ledger.openTender(start, now());
  const emails: TenderEmailIntent[] = [];
  const approvalNews: ApprovalNews[] = [];
  const view = (): TenderView => {
    const { untold: _u, ...rest } = state;
    return { ...rest, start: withoutHolidays(state.start), holidayCalendarVersion: holidayCalendarVersion(state.start.holidays), next: tenderAlarms(state) };
  };
  const people = [start.presalesId, start.deal.ownerId];
  const email = (template: TenderEmailIntent['template'], key: string, to: string[], extra: Partial<TenderEmailIntent> = {}) =>
    emails.push({
      key: `tender:${start.tenderId}:${key}`,
      template,
      to: [...new Set(to)],
      start: {
        tenderId: start.tenderId,
        tenderNo: start.tenderNo,
        deal: start.deal,
        submissionDeadline: start.submissionDeadline,
        openingAt: start.openingAt,
        presentationAt: start.presentationAt,
      },
      openItems: openItems(state).map((i) => ({ label: i.label, ownerId: i.ownerId })),
      reviewStatus: state.review?.status ?? 'none',
      ...extra,
    });
  const mustBeOpen = () => {
    if (state.status !== 'open') refuse({ refusal: 'conflict', reason: state.status }, `the tender is ${state.status}`);
  };

  setHandler(tenderQuery, view);
  followStartCalendar(state);

  // The bid review's steps go on to the deal's timeline; its outcome decides whether the bid may go.
  setHandler(approvalNewsSignal, (news) => {
    approvalNews.push(news);
    if (state.review?.approvalId === news.approvalId && news.status !== 'pending') ledger.reviewDecided(state, news.status, now());
  });

  setHandler(
    updateChecklistUpdate,
    ({ actor, item, done, note }) => {
      ledger.updateItem(state, item, done, note, actor.id, now());
      return view();
    },
    {
      validator: ({ item }) => {
        mustBeOpen();
        if (!state.items.some((i) => i.key === item))
          refuse({ refusal: 'not_found', what: `checklist item ${item}` }, `the checklist has no item ${item}: ${state.items.map((i) => i.key).join(', ')}`);
      },
    },
  );

  setHandler(
    requestReviewUpdate,
    async ({ actor, price, discountPercent, note }) => {
      const def = pinnedDefinition(start.processVersion, start.processDocument);
      const approvalId = uuid4();
      state.review = { approvalId, status: 'pending', price, discountPercent, requestedBy: actor.id, requestedAt: now() };
      ledger.step(state, 'review_requested', actor.id, now(), { approvalId, price, currency: start.deal.currency, discountPercent, note });
      await startApprovalRequest({
        approvalId,
        kind: 'bid_review',
        processVersion: start.processVersion,
        processDocument: start.processDocument,
        deal: {
          dealId: start.deal.dealId,
          workflowId: workflowInfo().workflowId,
          title: start.deal.title,
          ownerId: start.deal.ownerId,
          stage: start.deal.stage as never,
        },
        amount: price,
        currency: start.deal.currency,
        amountsIn: 'minor',
        requester: actor,
        note: [`${start.tenderNo}`, discountPercent !== undefined ? `discount ${discountPercent}%` : undefined, note].filter(Boolean).join(' · '),
        chain: approvalChain(def.approvals, 'bid_review', price),
        requestedAt: now(),
        timing: start.approvalTiming,
        holidays: state.start.holidays,
      });
      return view();
    },
    {
      validator: (_review) => {
        mustBeOpen();
        if (state.review?.status === 'pending' || state.review?.status === 'approved')
          refuse({ refusal: 'conflict', reason: `review_${state.review.status}` }, `the bid review is already ${state.review.status}`);
      },
    },
  );

  setHandler(
    submitBidUpdate,
    ({ actor }) => {
      ledger.submit(state, actor.id, now());
      return view();
    },
    {
      validator: (_submission) => {
        if (state.status === 'open' && now() > start.submissionDeadline)
          refuse({ refusal: 'conflict', reason: 'deadline_passed' }, 'the submission deadline has passed');
        mustBeOpen();
        const open = openItems(state);
        if (open.length) refuse({ refusal: 'conflict', reason: 'checklist_open' }, `the checklist is not done: ${open.map((i) => i.key).join(', ')}`);
        if (state.review?.status !== 'approved') refuse({ refusal: 'conflict', reason: 'review_not_approved' }, 'the bid review is not approved');
      },
    },
  );

  setHandler(
    tenderResultUpdate,
    ({ actor, outcome, winner, ourRank, note, keepOpen }) => {
      ledger.record(state, { outcome, winner, ourRank, note, keepOpen, by: actor.id, at: now() });
      return view();
    },
    {
      validator: ({ outcome }) => {
        const closable = outcome === 'cancelled' ? ['open', 'submitted', 'missed'] : ['submitted'];
        if (!closable.includes(state.status))
          refuse(
            { refusal: 'conflict', reason: state.status },
            outcome === 'cancelled' ? `the tender is already ${state.status}` : `only a submitted bid is won or lost; the tender is ${state.status}`,
          );
      },
    },
  );

  const outbox = runOutbox(emails, sendTenderEmail, {
    stillWanted: (e) => e.template !== 'tender_deadline' || state.status === 'open',
    failed: (e, err) =>
      ledger.step(state, 'email_failed', null, now(), { key: e.key, template: e.template, error: (err.cause as Error | undefined)?.message ?? err.message }),
  });

  const report = reporter({
    steps: state,
    deal: start.deal.workflowId,
    hasNews: () => approvalNews.length > 0,
    compose: () => {
      const steps = state.untold.slice();
      const result = steps.some((s) => s.type === 'result') ? state.result : undefined;
      return [
        ...approvalNews.map((news) => dispatch(approvalNewsSignal, news, () => approvalNews.splice(approvalNews.indexOf(news), 1))),
        dispatch(tenderNewsSignal, { tenderId: start.tenderId, steps, result }, () => state.untold.splice(0, steps.length)),
      ];
    },
    unreachable: (error, attempts) => ledger.step(state, 'deal_unreachable', null, now(), { error, attempts }),
    project: () => projectTender({ ...view(), workflowId: workflowInfo().workflowId }),
  });
  const clock = alarmClock();
  for (;;) {
    if (await report.catchUp()) continue;
    const [alarm] = tenderAlarms(state);
    if (!alarm) {
      await condition(() => allHandlersFinished() && outbox.idle());
      if (report.settled() && state.result) return;
      await condition(() => !report.settled());
      continue;
    }
    if (alarm.at <= clock.now()) {
      ring(alarm.kind);
      continue;
    }
    const seen = state.version;
    await clock.sleepUntil(() => state.version !== seen || approvalNews.length > 0, alarm.at);
  }

  function ring(kind: 'deadline_reminder' | 'presentation_reminder' | 'deadline') {
    const at = now();
    if (kind === 'deadline') {
      ledger.miss(state, at);
      email('tender_missed', 'missed', people, { cc: start.deal.supervisorId ? [start.deal.supervisorId] : [] });
      return;
    }
    if (kind === 'presentation_reminder') {
      state.presentationReminded = true;
      ledger.step(state, 'presentation_reminded', null, at);
      email('tender_presentation', 'presentation', people);
      return;
    }
    // Several reminders due at once (a tender started close to its deadline): only the latest goes out.
    const { deadlineReminders } = start.timing;
    let r = state.reminders;
    while (r + 1 < deadlineReminders.length && reminderAt(state, r + 1) <= at) r++;
    state.reminders = r + 1;
    const reminder = deadlineReminders[r];
    const copy = reminder.copySupervisor && openItems(state).length > 0 && start.deal.supervisorId ? [start.deal.supervisorId] : [];
    ledger.step(state, 'reminded', null, at, { daysLeft: reminder.daysLeft, open: openItems(state).map((i) => i.key), supervisorCopied: copy.length > 0 });
    email('tender_deadline', `deadline:${reminder.daysLeft}`, people, { cc: copy, daysLeft: reminder.daysLeft });
  }
}
