import { allHandlersFinished, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities, TicketEmailIntent } from '../../activities';
import type { TicketStatus } from '../../process';
import { DATA_ACTIVITY, EMAIL_ACTIVITY } from '../shared/activity-options';
import { alarmClock } from '../shared/alarm-clock';
import { dispatch } from '../shared/deal-news';
import { runOutbox } from '../shared/outbox';
import { refuse } from '../shared/refusals';
import { reporter } from '../shared/steps';
import { nextAlarm } from './alarms';
import * as ledger from './ledger';
import {
  assignUpdate,
  changePriorityUpdate,
  reopenUpdate,
  respondUpdate,
  restoreUpdate,
  resumeUpdate,
  ticketNewsSignal,
  ticketQuery,
  waitForCustomerUpdate,
} from './messages';
import { type TicketStart, reopenUntil, ticketView } from '../../state/ticket';
import { followStartCalendar } from '../shared/holiday-calendar';

const { projectTicket } = proxyActivities<Activities>(DATA_ACTIVITY);
const { sendTicketEmail } = proxyActivities<Activities>(EMAIL_ACTIVITY);

/**
 * One support ticket (售后报修) and its SLA clocks, started by the contract's ServiceWorkflow: a
 * response and a restore target, each warned before and escalated after its breach, exactly once;
 * the clocks stand still while the customer is waited for, and a restored ticket may be reopened
 * for a while before it closes.
 */
export async function ticketWorkflow(start: TicketStart): Promise<void> {
  const state = ledger.openTicket(start);
  const now = () => Date.now();
  const emails: TicketEmailIntent[] = [];
  const view = () => ticketView(state, now());

  const email = (template: TicketEmailIntent['template'], key: string, extra: Partial<TicketEmailIntent> = {}) =>
    emails.push({
      key: `ticket:${start.ticketId}:${key}`,
      template,
      ticketId: start.ticketId,
      reference: start.reference,
      title: start.title,
      priority: state.priority,
      assigneeId: state.assigneeId,
      deal: start.deal,
      timezone: start.timezone,
      ...extra,
    });

  const mustBe = (allowed: readonly TicketStatus[], what: string) => {
    if (state.status === 'closed') refuse({ refusal: 'conflict', reason: 'closed' }, `ticket ${start.reference} is closed; open a new ticket for a new fault`);
    if (!allowed.includes(state.status)) refuse({ refusal: 'conflict', reason: state.status }, `a ticket that is ${state.status} cannot ${what}`);
  };

  setHandler(ticketQuery, view);
  followStartCalendar(state);

  setHandler(
    respondUpdate,
    ({ actor, note }) => {
      ledger.respond(state, actor.id, note, now());
      return view();
    },
    { validator: (_command) => mustBe(['open'], 'be responded to') },
  );

  setHandler(
    waitForCustomerUpdate,
    ({ actor, reason }) => {
      ledger.waitForCustomer(state, actor.id, reason, now());
      return view();
    },
    { validator: (_command) => mustBe(['responded', 'in_progress'], 'wait for the customer') },
  );

  setHandler(
    resumeUpdate,
    ({ actor }) => {
      ledger.resume(state, actor.id, now());
      return view();
    },
    { validator: (_command) => mustBe(['waiting_customer'], 'resume') },
  );

  setHandler(
    restoreUpdate,
    ({ actor, resolution }) => {
      ledger.restore(state, actor.id, resolution, now());
      email('ticket_restored', `restored:${state.reopenedCount}`, { resolution, breached: ledger.clockOf(state, 'restore').breachedAt !== undefined });
      return view();
    },
    {
      validator: ({ resolution }) => {
        mustBe(['responded', 'in_progress', 'waiting_customer'], 'be restored (respond first)');
        if (!resolution?.trim())
          refuse({ refusal: 'invalid_input', errors: [{ field: 'body.resolution', message: 'say how the fault was removed' }] }, 'a resolution is required');
      },
    },
  );

  setHandler(
    reopenUpdate,
    ({ actor, reason }) => {
      ledger.reopen(state, actor.id, reason, now());
      return view();
    },
    {
      validator: (_command) => {
        mustBe(['restored'], 'be reopened');
        if (now() >= reopenUntil(state)!)
          refuse({ refusal: 'conflict', reason: 'reopen_window_passed' }, `ticket ${start.reference} can no longer be reopened; open a new ticket`);
      },
    },
  );

  setHandler(
    assignUpdate,
    ({ actor, assigneeId }) => {
      ledger.assign(state, actor.id, assigneeId, now());
      return view();
    },
    {
      validator: ({ assigneeId }) => {
        mustBe(['open', 'responded', 'in_progress', 'waiting_customer', 'restored'], 'be assigned');
        if (assigneeId === state.assigneeId) refuse({ refusal: 'conflict', reason: 'assigned' }, 'the ticket is already assigned to them');
      },
    },
  );

  setHandler(
    changePriorityUpdate,
    ({ actor, priority }) => {
      ledger.changePriority(state, actor.id, priority, now());
      return view();
    },
    {
      validator: ({ priority }) => {
        mustBe(['open', 'responded', 'in_progress', 'waiting_customer'], 'change its priority');
        if (priority === state.priority) refuse({ refusal: 'conflict', reason: 'same_priority' }, `the ticket is already ${priority}`);
      },
    },
  );

  // A warning or escalation recorded goes out, late after an SMTP outage if need be, unless its target has been met meanwhile.
  const outbox = runOutbox(emails, sendTicketEmail, {
    stillWanted: (e) => e.target === undefined || ledger.clockOf(state, e.target).metAt === undefined,
    failed: (e, err) =>
      ledger.step(state, 'email_failed', null, now(), { key: e.key, template: e.template, error: (err.cause as Error | undefined)?.message ?? err.message }),
  });

  const report = reporter({
    steps: state,
    deal: start.deal.workflowId,
    compose: () => {
      const steps = state.untold.slice();
      return [dispatch(ticketNewsSignal, { ticketId: start.ticketId, reference: start.reference, steps }, () => void state.untold.splice(0, steps.length))];
    },
    unreachable: (error, attempts) => ledger.step(state, 'deal_unreachable', null, now(), { error, attempts }),
    project: () => projectTicket({ ...view(), workflowId: workflowInfo().workflowId }),
  });

  // The deal's timeline and the read model catch up on their own: an activity lost with a killed
  // worker waits out its timeout, and must not hold back a warning or a breach meanwhile.
  void (async () => {
    for (;;) if (!(await report.catchUp())) await condition(() => !report.settled());
  })();

  const clock = alarmClock();
  for (;;) {
    if (state.status === 'closed') {
      await condition(() => allHandlersFinished() && outbox.idle() && report.settled());
      return;
    }
    const alarm = nextAlarm(state);
    const t = clock.now();
    if (alarm && alarm.at <= t) {
      if (alarm.kind === 'close') ledger.close(state, t);
      else if (alarm.kind === 'escalation') {
        const rung = state.support.escalation[alarm.clock.rung];
        ledger.escalate(state, alarm.clock, t);
        email('ticket_escalation', `${alarm.clock.target}:${rung.key}`, { target: alarm.clock.target, rung: rung.key, deadline: alarm.clock.breachedAt });
      } else if (alarm.kind === 'warning' && t < alarm.deadline) {
        ledger.warn(state, alarm.clock, alarm.deadline, t);
        email('ticket_warning', `${alarm.clock.target}:warning`, { target: alarm.clock.target, deadline: alarm.deadline });
      } else ledger.breach(state, alarm.clock, alarm.deadline, t);
      continue;
    }
    const seen = state.version;
    await clock.sleepUntil(() => state.version !== seen, alarm?.at);
  }
}
