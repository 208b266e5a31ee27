import { allHandlersFinished, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { ApprovalEmailIntent, Activities, ApproverFound } from '../../activities';
import { type ApproverRule, DUTY_CONFLICTS, addSpan, dutyConflict, holidaysOrSeed, requestingSide, roleAbove, withoutHolidays } from '../../process';
import { refuse } from '../shared/refusals';
import { DATA_ACTIVITY, EMAIL_ACTIVITY } from '../shared/activity-options';
import { alarmClock } from '../shared/alarm-clock';
import { runOutbox } from '../shared/outbox';
import { dispatch } from '../shared/deal-news';
import { reporter } from '../shared/steps';
import { approvalAlarms } from './alarms';
import { requestInMinorUnits } from './legacy-amounts';
import * as ledger from './ledger';
import { type DecisionInput, approvalNewsSignal, approvalQuery, cancelApprovalSignal, decideUpdate, routedUpdate, withdrawUpdate } from './messages';
import {
  type ApprovalLevel,
  type ApprovalRequest,
  type ApprovalState,
  type ApprovalStatus,
  type ApprovalView,
  type Assignment,
  currentAssignment,
  currentLevel,
} from '../../state/approval';
import { followHolidayCalendar, holidayCalendarVersion } from '../shared/holiday-calendar';

const { resolveApprover, projectApproval } = proxyActivities<Activities>(DATA_ACTIVITY);
const { sendApprovalEmail } = proxyActivities<Activities>(EMAIL_ACTIVITY);

/**
 * One request for approval, from asking to decision: finds each level's approver (or their
 * delegate), emails them signed links, reminds, climbs a role up when nobody answers, and tells
 * the deal every step. Reused by stage gates, quotes, bids and contracts.
 */
export async function approvalWorkflow(asked: ApprovalRequest): Promise<ApprovalStatus> {
  const request = requestInMinorUnits(asked);
  const state = ledger.openApproval(request);
  const now = () => Date.now();
  const view = (): ApprovalView => {
    const { untold: _u, ...rest } = state;
    const alarms = approvalAlarms(state);
    return {
      ...rest,
      request: withoutHolidays(state.request),
      holidayCalendarVersion: holidayCalendarVersion(state.request.holidays),
      holder: currentAssignment(state) ?? null,
      nextReminderAt: alarms.remindAt,
      nextEscalationAt: alarms.escalateAt,
    };
  };
  const emails: ApprovalEmailIntent[] = [];
  /** One email per (request, level, assignment, purpose): its outbox key. */
  const emailAbout = (
    level: ApprovalLevel,
    template: ApprovalEmailIntent['template'],
    purpose: string,
    to: string[],
    extra: Partial<ApprovalEmailIntent> = {},
  ) => {
    const a = level.assignments[level.assignments.length - 1];
    const { approvalId, kind, processVersion, deal, stage, amount, currency, requester, note } = request;
    emails.push({
      key: `approval:${approvalId}:${level.level}:${a?.n ?? 0}:${purpose}`,
      template,
      to,
      request: { approvalId, kind, processVersion, deal, stage, amount, currency, requester, note },
      level: level.level,
      levels: state.levels.length,
      ...extra,
    });
  };
  const email = (template: ApprovalEmailIntent['template'], purpose: string, to: string[], extra: Partial<ApprovalEmailIntent> = {}) =>
    emailAbout(state.levels[state.current], template, purpose, to, extra);
  const side = { requesterId: request.requester.id, ownerId: request.deal.ownerId };
  const sod = requestingSide(side);

  setHandler(approvalQuery, view);
  followHolidayCalendar(
    () => state.request.holidays,
    (holidays) => {
      state.request.holidays = holidays;
      state.version += 1;
    },
  );

  setHandler(
    decideUpdate,
    (input) => {
      const a = currentAssignment(state)!;
      const level = state.levels[state.current];
      const actorId = input.actor.id;
      const onBehalfOf =
        actorId === a.approverId
          ? undefined
          : actorId === a.assigneeId
            ? a.onBehalfOf
            : input.delegating?.find((id) => id === a.approverId || id === a.assigneeId);
      const outcome = input.decision === 'approve' ? 'approved' : 'rejected';
      ledger.decide(state, {
        outcome,
        by: actorId,
        onBehalfOf,
        comment: input.comment?.trim() || undefined,
        at: now(),
        via: input.link ? 'link' : 'inbox',
        linkId: input.link?.linkId,
      });
      // Per level: the requester follows the request up the chain, not only its end.
      emailAbout(level, 'approval_decided', 'decided', [request.requester.id], {
        cc: [request.deal.ownerId],
        decision: { outcome, by: actorId, onBehalfOf, comment: input.comment },
      });
      return view();
    },
    { validator: (input) => checkDecision(state, input, sod) },
  );

  setHandler(
    withdrawUpdate,
    ({ actor, reason }) => {
      const holder = currentAssignment(state);
      ledger.withdraw(state, 'withdrawn', actor.id, reason, now());
      if (holder) email('approval_withdrawn', 'withdrawn', [holder.assigneeId], { byId: actor.id });
      return view();
    },
    {
      validator: ({ actor }) => {
        if (state.status !== 'pending')
          refuse({ refusal: 'already_decided', status: state.status, at: state.decidedAt }, `the request is already ${state.status}`);
        if (!sod.includes(actor.id)) refuse({ refusal: 'forbidden', reason: 'not_requester' }, 'only the requester or the deal owner may withdraw the request');
      },
    },
  );

  setHandler(cancelApprovalSignal, ({ reason, actorId }) => {
    if (state.status !== 'pending') return;
    const holder = currentAssignment(state);
    ledger.withdraw(state, 'cancelled', actorId, reason, now());
    if (holder) email('approval_withdrawn', 'withdrawn', [holder.assigneeId], { byId: actorId });
  });

  const outbox = runOutbox(emails, sendApprovalEmail, {
    stillWanted: () => true,
    failed: (intent, err) =>
      ledger.step(state, 'email_failed', null, now(), {
        key: intent.key,
        template: intent.template,
        error: (err.cause as Error | undefined)?.message ?? err.message,
      }),
  });

  async function assignLevel() {
    const level = state.levels[state.current];
    const found = await resolveApprover({
      approvalId: request.approvalId,
      rule: level.rule,
      requesterId: request.requester.id,
      exclude: sod,
      escalation: false,
      at: now(),
    });
    if (state.status !== 'pending') return;
    if (!found.found) return ledger.skipLevel(state, found.reason, undefined, now());
    const conflict = dutyConflict(side, found.approverId);
    if (conflict) return ledger.skipLevel(state, DUTY_CONFLICTS[conflict], found.approverId, now());
    hand(found, undefined);
  }

  async function escalate(from: Assignment) {
    const role = roleAbove(ledger.policyOf(state), ledger.levelRole(state))!;
    const rule: ApproverRule = { role };
    const found = await resolveApprover({
      approvalId: request.approvalId,
      rule,
      requesterId: request.requester.id,
      exclude: [...sod, from.approverId, from.assigneeId],
      escalation: true,
      at: now(),
    });
    if (state.status !== 'pending' || currentAssignment(state) !== from) return;
    if (!found.found) return ledger.stayPut(state, from, found.reason, now());
    hand(found, from);
    email('approval_escalation_notice', 'escalation-notice', [from.assigneeId, request.requester.id], {
      escalation: { fromId: from.assigneeId, toId: found.assigneeId },
    });
  }

  function hand(found: Extract<ApproverFound, { found: true }>, from: Assignment | undefined) {
    const level = state.levels[state.current];
    const at = now();
    const assignment: Assignment = {
      n: level.assignments.length + 1,
      approverId: found.approverId,
      assigneeId: found.assigneeId,
      onBehalfOf: found.onBehalfOf,
      role: found.role,
      at,
      hours: found.hours,
      escalatedFrom: from?.assigneeId,
      linksExpireAt: addSpan(at, request.timing.linkValidFor, found.hours, holidaysOrSeed(request.holidays)),
    };
    ledger.assign(state, assignment);
    email('approval_requested', 'requested', [assignment.assigneeId], { assignment });
  }

  const report = reporter({
    steps: state,
    deal: request.deal.workflowId,
    compose: () => {
      const steps = state.untold.slice();
      return [dispatch(approvalNewsSignal, { approvalId: request.approvalId, status: state.status, steps }, () => state.untold.splice(0, steps.length))];
    },
    unreachable: (error, attempts) => ledger.step(state, 'deal_unreachable', null, now(), { error, attempts }),
    project: () => projectApproval({ ...view(), workflowId: workflowInfo().workflowId }),
  });
  // Waiting adds no command to history, so histories recorded before this handler replay unchanged.
  setHandler(routedUpdate, async () => {
    await condition(() => state.status !== 'pending' || (currentAssignment(state) !== undefined && report.settled()));
    return view();
  });
  const clock = alarmClock();
  for (;;) {
    if (await report.catchUp()) continue;
    if (state.status !== 'pending') {
      await condition(() => allHandlersFinished() && outbox.idle());
      if (report.settled()) return state.status;
      continue;
    }
    const level = state.levels[state.current];
    if (level.status === 'waiting') {
      await assignLevel();
      continue;
    }
    const holder = currentAssignment(state)!;
    const { remindAt, escalateAt } = approvalAlarms(state);
    if (remindAt !== null && remindAt <= clock.now()) {
      ledger.remind(state, holder, clock.now());
      email('approval_reminder', 'reminder', [holder.assigneeId], { assignment: holder });
      continue;
    }
    if (escalateAt !== null && escalateAt <= clock.now()) {
      await escalate(holder);
      continue;
    }
    const seen = state.version;
    const next = remindAt ?? escalateAt;
    await clock.sleepUntil(() => state.version !== seen, next ?? undefined);
  }
}

function checkDecision(state: ApprovalState, input: DecisionInput, sod: string[]) {
  if (state.status !== 'pending') {
    const last = [...state.levels].reverse().find((l) => l.decision)?.decision;
    refuse({ refusal: 'already_decided', status: state.status, decidedBy: last?.by, at: state.decidedAt }, `the request is already ${state.status}`);
  }
  const a = currentAssignment(state);
  if (!a) refuse({ refusal: 'conflict', reason: 'routing' }, 'the request is on its way to its next approver; try again in a moment');
  const level = currentLevel(state)!;
  if (input.link && (input.link.level !== level.level || input.link.assignment !== a.n || input.link.approverId !== a.assigneeId)) {
    const escalated = input.link.level === level.level && input.link.assignment < a.n;
    refuse(
      { refusal: 'stale_link', reason: escalated ? 'escalated' : 'moved_on', holderId: a.assigneeId },
      escalated ? 'the request was escalated; this link no longer decides it' : 'this link was for an earlier step of the request',
    );
  }
  const actorId = input.actor.id;
  if (sod.includes(actorId)) refuse({ refusal: 'forbidden', reason: 'separation_of_duties' }, 'nobody approves a request they made or one on their own deal');
  const holders = [a.assigneeId, a.approverId];
  if (!holders.includes(actorId) && !input.delegating?.some((id) => holders.includes(id)))
    refuse({ refusal: 'forbidden', reason: 'not_approver' }, 'only the current approver or their delegate may decide');
  if (input.decision === 'reject' && !input.comment?.trim())
    refuse({ refusal: 'invalid_input', errors: [{ field: 'body.comment', message: 'say why the request is rejected' }] }, 'a rejection needs a reason');
}
