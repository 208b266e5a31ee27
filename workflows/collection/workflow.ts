import { allHandlersFinished, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities, CollectionEmailIntent } from '../../activities';
import { type Milestone, formatMoney, withoutHolidays } from '../../process';
import { type RefusalDetail, refuse } from '../shared/refusals';
import { DATA_ACTIVITY, EMAIL_ACTIVITY } from '../shared/activity-options';
import { alarmClock } from '../shared/alarm-clock';
import { runOutbox } from '../shared/outbox';
import { dispatch } from '../shared/deal-news';
import { reporter } from '../shared/steps';
import { installmentAlarm, nextAlarm } from './alarms';
import * as ledger from './ledger';
import {
  collectionNewsSignal,
  collectionQuery,
  disputeUpdate,
  milestoneReachedSignal,
  pauseCollectionUpdate,
  promiseUpdate,
  recordPaymentUpdate,
  reportMilestoneUpdate,
  resolveDisputeUpdate,
  resumeCollectionUpdate,
} from './messages';
import { pausedBy } from './schedule';
import { type CollectionStart, type CollectionView, type InstallmentState, isPaid, outstanding } from '../../state/collection';
import { followStartCalendar, holidayCalendarVersion } from '../shared/holiday-calendar';

const { projectCollection } = proxyActivities<Activities>(DATA_ACTIVITY);
const { sendCollectionEmail } = proxyActivities<Activities>(EMAIL_ACTIVITY);

/**
 * Chasing payment (回款) for one signed contract, a child of its deal that outlives the sale: each
 * installment falls due by its rule, climbs the dunning ladder, and stops the moment it is paid.
 * Disputes and promises-to-pay pause one installment, finance may pause the whole contract.
 */
export async function collectionWorkflow(start: CollectionStart): Promise<void> {
  const state = ledger.openCollection(start);
  const now = () => Date.now();
  const emails: CollectionEmailIntent[] = [];
  let firstPaidBy: string | undefined;

  const view = (): CollectionView => {
    const { untold: _u, ...rest } = state;
    return {
      ...rest,
      start: withoutHolidays(state.start),
      holidayCalendarVersion: holidayCalendarVersion(state.start.holidays),
      next: state.installments.flatMap((i) => {
        const alarm = installmentAlarm(state, i);
        const paused = pausedBy(state, i, now());
        return isPaid(i) ? [] : [{ installmentId: i.id, at: alarm?.at ?? 0, rung: alarm?.rung ?? null, paused }];
      }),
    };
  };

  const installment = (id: string): InstallmentState => {
    const found = state.installments.find((i) => i.id === id);
    if (!found) refuse({ refusal: 'not_found', what: `installment ${id}` }, `installment ${id} is not part of contract ${start.reference}`);
    return found;
  };
  const open = (id: string) => {
    const i = installment(id);
    if (isPaid(i)) refuse({ refusal: 'conflict', reason: 'paid' }, `installment ${i.seq} is paid in full`);
    return i;
  };

  const email = (i: InstallmentState, template: CollectionEmailIntent['template'], key: string, extra: Partial<CollectionEmailIntent> = {}) =>
    emails.push({
      key: `collection:${start.contractId}:${i.id}:${key}`,
      template,
      contractId: start.contractId,
      reference: start.reference,
      processVersion: start.processVersion,
      deal: start.deal,
      currency: start.currency,
      installment: { id: i.id, seq: i.seq, label: i.label, amount: i.amount, paid: i.paid, dueAt: i.dueAt },
      timezone: start.hours.timezone,
      ...extra,
    });

  setHandler(collectionQuery, view);
  followStartCalendar(state);

  setHandler(milestoneReachedSignal, ({ milestone, reachedAt, actorId }) => {
    if (state.milestones[milestone] === undefined) ledger.reportMilestone(state, milestone, reachedAt, actorId, now());
  });

  setHandler(
    reportMilestoneUpdate,
    ({ actor, milestone, at }) => {
      ledger.reportMilestone(state, milestone, at, actor.id, now());
      return view();
    },
    {
      validator: ({ milestone }: { milestone: Milestone }) => {
        if (state.milestones[milestone] !== undefined) refuse({ refusal: 'conflict', reason: 'reported' }, `${milestone} was already reported`);
      },
    },
  );

  setHandler(
    recordPaymentUpdate,
    async ({ actor, installmentId, paymentId, amount, receivedAt, reference }) => {
      const i = open(installmentId);
      // A reminder on its way when the payment arrives goes out first; none goes out after the payment is recorded.
      await condition(() => outbox.current()?.installment.id !== i.id);
      if (amount > outstanding(i)) return refuse(overpaid(i), 'the payment is more than what is outstanding');
      ledger.recordPayment(state, i, { id: paymentId, amount, receivedAt, reference, by: actor.id, at: now() });
      email(i, 'payment_receipt', `payment:${paymentId}`, { payment: { id: paymentId, amount, receivedAt, reference } });
      if (i.seq === 1 && isPaid(i)) firstPaidBy = actor.id;
      return view();
    },
    {
      validator: ({ installmentId, amount }) => {
        const i = open(installmentId);
        if (amount > outstanding(i)) refuse(overpaid(i), 'the payment is more than what is outstanding');
      },
    },
  );

  setHandler(
    disputeUpdate,
    ({ actor, installmentId, reason }) => {
      ledger.openDispute(state, installment(installmentId), reason, actor.id, now());
      return view();
    },
    {
      validator: ({ installmentId }) => {
        if (open(installmentId).dispute) refuse({ refusal: 'conflict', reason: 'disputed' }, 'the installment is already in dispute');
      },
    },
  );

  setHandler(
    resolveDisputeUpdate,
    ({ actor, installmentId, note }) => {
      ledger.resolveDispute(state, installment(installmentId), note, actor.id, now());
      return view();
    },
    {
      validator: ({ installmentId }) => {
        if (!installment(installmentId).dispute) refuse({ refusal: 'conflict', reason: 'no_dispute' }, 'the installment is not in dispute');
      },
    },
  );

  setHandler(
    promiseUpdate,
    ({ actor, installmentId, until, note }) => {
      ledger.promise(state, installment(installmentId), until, note, actor.id, now());
      return view();
    },
    {
      validator: ({ installmentId, until }) => {
        open(installmentId);
        if (until <= now())
          refuse({ refusal: 'invalid_input', errors: [{ field: 'body.until', message: 'must be in the future' }] }, 'a promise to pay is for a later day');
      },
    },
  );

  setHandler(
    pauseCollectionUpdate,
    ({ actor, reason }) => {
      ledger.pause(state, reason, actor.id, now());
      return view();
    },
    {
      validator: (_pause) => {
        if (state.paused) refuse({ refusal: 'conflict', reason: 'paused' }, 'chasing is already paused for this contract');
      },
    },
  );

  setHandler(
    resumeCollectionUpdate,
    ({ actor }) => {
      ledger.resume(state, actor.id, now());
      return view();
    },
    {
      validator: (_resume) => {
        if (!state.paused) refuse({ refusal: 'conflict', reason: 'not_paused' }, 'chasing is not paused');
      },
    },
  );

  const outbox = runOutbox(emails, sendCollectionEmail, {
    stillWanted: (e) => {
      if (e.template === 'payment_receipt') return true;
      const i = installment(e.installment.id);
      return !isPaid(i) && pausedBy(state, i, now()) === null;
    },
    failed: (e, err) =>
      ledger.step(
        state,
        'email_failed',
        null,
        now(),
        { key: e.key, template: e.template, error: (err.cause as Error | undefined)?.message ?? err.message },
        e.installment.id,
      ),
  });

  const report = reporter({
    steps: state,
    deal: start.deal.workflowId,
    compose: () => {
      const steps = state.untold.slice();
      const firstPaid = firstPaidBy ? { by: firstPaidBy } : undefined;
      return [
        dispatch(collectionNewsSignal, { contractId: start.contractId, steps, firstPaid }, () => {
          state.untold.splice(0, steps.length);
          if (firstPaid) firstPaidBy = undefined;
        }),
      ];
    },
    unreachable: (error, attempts) => ledger.step(state, 'deal_unreachable', null, now(), { error, attempts }),
    project: () => projectCollection({ ...view(), workflowId: workflowInfo().workflowId }),
  });
  const clock = alarmClock();
  for (;;) {
    if (await report.catchUp()) continue;
    if (state.installments.every(isPaid)) {
      await condition(() => allHandlersFinished() && outbox.idle());
      if (report.settled()) return;
      continue;
    }
    const alarm = nextAlarm(state);
    if (alarm && alarm.at <= clock.now()) {
      const i = installment(alarm.installmentId);
      const r = alarm.ring(clock.now());
      if (r !== undefined) {
        const rung = start.timing.ladder[r];
        email(i, `dunning_${rung.key}`, rung.key, { rung: rung.key, cc: rung.cc, daysOverdue: rung.offsetDays });
      }
      continue;
    }
    const seen = state.version;
    await clock.sleepUntil(() => state.version !== seen, alarm?.at);
  }
}

const overpaid = (i: InstallmentState): RefusalDetail => ({
  refusal: 'invalid_input',
  errors: [{ field: 'body.amount', message: `at most ${formatMoney(outstanding(i))} is outstanding` }],
});
