import { allHandlersFinished, condition, patched, proxyActivities, setHandler, uuid4, workflowInfo } from '@temporalio/workflow';
import type { Activities, ServiceEmailIntent } from '../../activities';
import { type ChecklistItemKey, scoreError, warrantyStatusAt, withoutHolidays } from '../../process';
import { refuse } from '../shared/refusals';
import { DATA_ACTIVITY, EMAIL_ACTIVITY } from '../shared/activity-options';
import { alarmClock } from '../shared/alarm-clock';
import { runOutbox } from '../shared/outbox';
import { continueOnCurrentBuild, newBuildIsCurrent } from '../shared/upgrade';
import { dispatch } from '../shared/deal-news';
import { reporter } from '../shared/steps';
import { CHASE_LEVELS, type ServiceAlarm, serviceAlarms } from './alarms';
import * as ledger from './ledger';
import {
  type TrainingInput,
  completeItemUpdate,
  openTicketUpdate,
  recordAcceptanceUpdate,
  recordTrainingUpdate,
  recordVisitUpdate,
  reopenItemUpdate,
  scheduleVisitUpdate,
  serviceNewsSignal,
  serviceQuery,
} from './messages';
import { tellCollection } from './milestones';
import { openTicket } from './tickets';
import type { ChecklistItem, ServiceStart, ServiceState, ServiceView, Visit } from '../../state/service';
import { followStartCalendar, holidayCalendarVersion } from '../shared/holiday-calendar';

const { projectService, workingHoursOf } = proxyActivities<Activities>(DATA_ACTIVITY);
const { sendServiceEmail } = proxyActivities<Activities>(EMAIL_ACTIVITY);

/** Services accepted before it read season windows in calendar months, and visited only at those opening after acceptance. */
const SEASON_WINDOWS = 'season-windows';
/** Visits scheduled before it kept to the lead's working hours, whoever they were for. */
const VISIT_ASSIGNEE_HOURS = 'visit-assignee-hours';

/** Clocks differ a little: a time reported a minute ahead of ours is still now. */
const CLOCK_SKEW_MS = 60_000;

const invalid = (field: string, message: string, why: string): never => refuse({ refusal: 'invalid_input', errors: [{ field, message }] }, why);

/**
 * After-sales service (售后) for one signed contract, a child of its deal that outlives the sale: the
 * implementation checklist, training and its assessment, acceptance (验收), the warranty clock and
 * the return visits inside it, and the support tickets opened for the customer, each its own workflow.
 * Acceptance and the warranty's end are told to the contract's collection by this workflow itself.
 */
export async function serviceWorkflow(
  start: ServiceStart,
  carried?: ServiceState,
  /** Continue-as-new once history is this long, even if the server has not suggested it yet. */
  maxHistoryLength?: number,
): Promise<void> {
  const state = carried ?? ledger.openService(start);
  const now = () => Date.now();
  const emails: ServiceEmailIntent[] = [];
  const opening = new Set<string>();

  const view = (): ServiceView => {
    const { untold: _u, toCollection: _t, ...rest } = state;
    return {
      ...rest,
      start: withoutHolidays(state.start),
      holidayCalendarVersion: holidayCalendarVersion(state.start.holidays),
      warrantyStatus: warrantyStatusAt(now(), state.warranty?.endsAt),
      next: serviceAlarms(state).map(({ at, what, id, level }) => ({ at, what, id, level })),
    };
  };

  const checklistItem = (key: ChecklistItemKey): ChecklistItem => {
    const found = ledger.item(state, key);
    if (!found) refuse({ refusal: 'not_found', what: `checklist item ${key}` }, `${key} is not on the implementation plan of ${start.reference}`);
    return found;
  };
  const visit = (id: string): Visit => {
    const found = state.visits.find((v) => v.id === id);
    if (!found) refuse({ refusal: 'not_found', what: `visit ${id}` }, `visit ${id} is not one of contract ${start.reference}`);
    return found;
  };
  /** Whose working hours a visit keeps to: the lead's, or its assignee's own (the lead's if they are gone). */
  const hoursOf = async (assignee: string) => (assignee === start.engineerId ? start.hours : ((await workingHoursOf(assignee)) ?? start.hours));
  const notAhead = (at: number, field: string) => {
    if (at > now() + CLOCK_SKEW_MS) invalid(field, 'must not be in the future', 'what is recorded has happened');
  };

  const email = (template: ServiceEmailIntent['template'], key: string, about: ServiceEmailIntent['about'], extra: Partial<ServiceEmailIntent> = {}) =>
    emails.push({
      key: `service:${start.contractId}:${key}`,
      template,
      contractId: start.contractId,
      reference: start.reference,
      processVersion: start.processVersion,
      deal: start.deal,
      engineerId: start.engineerId,
      supervisorId: start.supervisorId,
      about,
      timezone: start.hours.timezone,
      ...extra,
    });

  /** Once everything but acceptance is done, the customer is asked to accept. */
  const askForAcceptance = (at: number) => {
    if (state.acceptance || !state.checklist.every((i) => i.key === 'acceptance' || i.done)) return;
    const asked = state.history.filter((s) => s.type === 'acceptance_requested').length;
    ledger.step(state, 'acceptance_requested', null, at);
    email('acceptance_request', `acceptance_request:${asked + 1}`, { kind: 'acceptance' });
  };

  const ring = (alarm: ServiceAlarm, at: number) => {
    alarm.ring(at);
    if (alarm.what === 'warranty_end') return;
    const level = CHASE_LEVELS[alarm.level - 1];
    if (alarm.what === 'item') {
      const i = checklistItem(alarm.id as ChecklistItemKey);
      email('service_alert', `item:${i.key}:${i.round}:${level}`, { kind: 'item', item: i.key, label: i.label, round: i.round }, { level, dueAt: i.dueAt });
      return;
    }
    const v = visit(alarm.id);
    email('service_alert', `visit:${v.id}:${level}`, { kind: 'visit', visitId: v.id, visitKind: v.kind, assigneeId: v.assigneeId }, { level, dueAt: v.dueAt });
  };

  setHandler(serviceQuery, view);
  followStartCalendar(state);

  setHandler(
    completeItemUpdate,
    ({ actor, item, note }) => {
      ledger.completeItem(state, checklistItem(item), actor.id, now(), note);
      askForAcceptance(now());
      return view();
    },
    {
      validator: ({ item }) => {
        const i = checklistItem(item);
        if (i.done) refuse({ refusal: 'conflict', reason: 'done' }, `${item} is done already`);
        if (i.key === 'acceptance') refuse({ refusal: 'conflict', reason: 'acceptance' }, 'acceptance is done by recording the customer’s acceptance');
      },
    },
  );

  setHandler(
    reopenItemUpdate,
    ({ actor, item, reason }) => {
      ledger.reopenItem(state, checklistItem(item), reason, actor.id, now());
      return view();
    },
    {
      validator: ({ item, reason }) => {
        const i = checklistItem(item);
        if (!i.done) refuse({ refusal: 'conflict', reason: 'open' }, `${item} is not done`);
        if (state.acceptance) refuse({ refusal: 'conflict', reason: 'accepted' }, 'the customer has accepted: the plan is closed');
        if (!reason.trim()) invalid('body.reason', 'say why it reopens', 'reopening needs a reason');
      },
    },
  );

  setHandler(
    recordTrainingUpdate,
    ({ actor, training }) => {
      ledger.recordTraining(state, uuid4(), training, actor.id, now());
      return view();
    },
    {
      validator: ({ training }: { training: TrainingInput }) => {
        const policy = start.timing.training;
        const errors = training.trainees.flatMap((t, n) => {
          const message = scoreError(t.score, policy);
          return message ? [{ field: `body.trainees.${n}.score`, message }] : [];
        });
        if (errors.length) refuse({ refusal: 'invalid_input', errors }, 'some scores are off the scale');
        notAhead(training.heldAt, 'body.heldAt');
      },
    },
  );

  setHandler(
    recordAcceptanceUpdate,
    ({ actor, signedBy, signedAt, remarks }) => {
      const seasons = patched(SEASON_WINDOWS) ? 'warranty-months' : 'calendar-after-acceptance';
      ledger.recordAcceptance(state, signedBy, signedAt, remarks, actor.id, now(), uuid4, seasons);
      return view();
    },
    {
      validator: ({ signedAt }) => {
        if (state.acceptance)
          refuse({ refusal: 'conflict', reason: 'accepted' }, `acceptance was recorded on ${new Date(state.acceptance.signedAt).toISOString()}`);
        notAhead(signedAt, 'body.signedAt');
        if (signedAt < start.signedAt) invalid('body.signedAt', 'must not be before the contract was signed', 'acceptance follows signing');
      },
    },
  );

  setHandler(
    scheduleVisitUpdate,
    async ({ actor, dueAt, assigneeId, purpose }) => {
      const assignee = assigneeId ?? start.engineerId;
      const hours = patched(VISIT_ASSIGNEE_HOURS) ? await hoursOf(assignee) : undefined;
      ledger.scheduleVisit(state, uuid4(), dueAt, assignee, hours, purpose, actor.id, now());
      return view();
    },
    {
      validator: ({ dueAt }) => {
        if (dueAt < now() - CLOCK_SKEW_MS) invalid('body.dueAt', 'must not be in the past', 'a visit is scheduled ahead');
      },
    },
  );

  setHandler(
    recordVisitUpdate,
    async ({ actor, visitId, record, ticket }) => {
      const v = visit(visitId);
      ledger.recordVisit(state, v, record, actor.id, now());
      if (ticket) await openTicket(state, uuid4(), { ...ticket, reportedBy: record.confirmedBy.name, reportedAt: record.visitedAt, visitId }, actor.id, now());
      return view();
    },
    {
      validator: ({ visitId, record }) => {
        if (visit(visitId).record) refuse({ refusal: 'conflict', reason: 'recorded' }, 'this visit has its record already');
        notAhead(record.visitedAt, 'body.visitedAt');
        if (!Number.isInteger(record.satisfaction) || record.satisfaction < 1 || record.satisfaction > 5)
          invalid('body.satisfaction', 'a whole number from 1 to 5', 'satisfaction is rated 1 to 5');
      },
    },
  );

  setHandler(
    openTicketUpdate,
    async ({ actor, ticket }) => {
      const { ticketId, ...request } = ticket;
      // A retried request waits for the first to have started the ticket, then answers the same.
      await condition(() => !opening.has(ticketId));
      if (state.tickets.some((t) => t.ticketId === ticketId)) return view();
      opening.add(ticketId);
      await openTicket(state, ticketId, request, actor.id, now()).finally(() => opening.delete(ticketId));
      return view();
    },
    { validator: ({ ticket }) => notAhead(ticket.reportedAt, 'body.reportedAt') },
  );

  const outbox = runOutbox(emails, sendServiceEmail, {
    stillWanted: (e) => {
      if (e.about.kind === 'acceptance') return !state.acceptance;
      if (e.about.kind === 'visit') return !visit(e.about.visitId).record;
      const i = checklistItem(e.about.item);
      return !i.done && i.round === e.about.round;
    },
    failed: (e, err) =>
      ledger.step(state, 'email_failed', null, now(), { key: e.key, template: e.template, error: (err.cause as Error | undefined)?.message ?? err.message }),
  });

  const report = reporter({
    steps: state,
    deal: start.deal.workflowId,
    compose: () => {
      const steps = state.untold.slice();
      return [dispatch(serviceNewsSignal, { contractId: start.contractId, steps }, () => void state.untold.splice(0, steps.length))];
    },
    unreachable: (error, attempts) => ledger.step(state, 'deal_unreachable', null, now(), { error, attempts }),
    project: () => projectService({ ...view(), workflowId: workflowInfo().workflowId }),
  });
  const historyIsLong = () =>
    newBuildIsCurrent() || workflowInfo().continueAsNewSuggested || (maxHistoryLength !== undefined && workflowInfo().historyLength >= maxHistoryLength);
  const clock = alarmClock();
  for (;;) {
    if (state.toCollection.length > 0) {
      await tellCollection(state, now);
      continue;
    }
    if (await report.catchUp()) continue;
    const [alarm] = serviceAlarms(state);
    if (alarm && alarm.at <= clock.now()) {
      ring(alarm, clock.now());
      continue;
    }
    if (historyIsLong()) {
      // Handlers still running would lose their work in the new run; emails still queued would never go.
      await condition(() => allHandlersFinished() && outbox.idle());
      if (report.settled() && state.toCollection.length === 0) return continueOnCurrentBuild<typeof serviceWorkflow>(start, state, maxHistoryLength);
      continue;
    }
    const seen = state.version;
    await clock.sleepUntil(() => state.version !== seen || historyIsLong(), alarm?.at);
  }
}
