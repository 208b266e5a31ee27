import { type Milestone, ZERO, holidaysOrSeed, sumMoney } from '../../process';
import { appendStep } from '../shared/steps';
import { dueAtOf } from './schedule';
import {
  type CollectionStart,
  type CollectionState,
  type CollectionStepType,
  type InstallmentState,
  type Payment,
  isPaid,
  outstanding,
} from '../../state/collection';

export function step(
  state: CollectionState,
  type: CollectionStepType,
  actorId: string | null,
  at: number,
  data: Record<string, unknown> = {},
  installmentId?: string,
) {
  appendStep(state, { type, at, actorId, installmentId, data });
}

export function openCollection(start: CollectionStart): CollectionState {
  const state: CollectionState = {
    start,
    installments: start.installments.map((i) => ({ ...i, paid: ZERO, payments: [], rung: 0 })),
    milestones: {},
    history: [],
    version: 0,
    untold: [],
  };
  settleDueDates(state);
  step(state, 'started', null, start.signedAt, {
    reference: start.reference,
    currency: start.currency,
    installments: state.installments.map((i) => ({ id: i.id, amount: i.amount, dueAt: i.dueAt })),
  });
  return state;
}

function settleDueDates(state: CollectionState) {
  const { signedAt, timing, hours } = state.start;
  for (const i of state.installments) i.dueAt ??= dueAtOf(i.due, signedAt, state.milestones, timing, hours, holidaysOrSeed(state.start.holidays));
}

export function reportMilestone(state: CollectionState, milestone: Milestone, reachedAt: number, actorId: string, at: number) {
  state.milestones[milestone] = reachedAt;
  settleDueDates(state);
  const nowDue = state.installments.filter((i) => i.due.kind === 'after_milestone' && i.due.milestone === milestone);
  step(state, 'milestone_reported', actorId, at, { milestone, reachedAt, installments: nowDue.map((i) => ({ id: i.id, dueAt: i.dueAt })) });
}

/** Records rungs from the next one up to (not including) `until` as passed over: they will never go out. */
export function passOver(state: CollectionState, i: InstallmentState, until: number, at: number, reason: string) {
  const { ladder } = state.start.timing;
  for (let r = i.rung; r < until; r++) step(state, 'dunning_skipped', null, at, { rung: ladder[r].key, reason }, i.id);
  i.rung = Math.max(i.rung, until);
}

/** Sends rung `r`, passing over the rungs before it that came due together (after a pause or an outage): never two at once, never one again. */
export function chase(state: CollectionState, i: InstallmentState, r: number, at: number) {
  passOver(state, i, r, at, 'a later rung came due at the same time');
  i.rung = r + 1;
  step(
    state,
    'dunning_sent',
    null,
    at,
    { rung: state.start.timing.ladder[r].key, outstanding: outstanding(i), currency: state.start.currency, dueAt: i.dueAt },
    i.id,
  );
}

export function recordPayment(state: CollectionState, i: InstallmentState, payment: Payment) {
  i.paid = sumMoney([i.paid, payment.amount]);
  i.payments.push(payment);
  step(
    state,
    'payment_recorded',
    payment.by,
    payment.at,
    {
      paymentId: payment.id,
      amount: payment.amount,
      currency: state.start.currency,
      receivedAt: payment.receivedAt,
      reference: payment.reference,
      outstanding: outstanding(i),
    },
    i.id,
  );
  if (!isPaid(i)) return;
  i.dispute = undefined;
  i.promise = undefined;
  step(state, 'installment_paid', payment.by, payment.at, { amount: i.amount, currency: state.start.currency }, i.id);
  if (state.installments.every(isPaid)) step(state, 'completed', null, payment.at);
}

export function openDispute(state: CollectionState, i: InstallmentState, reason: string, by: string, at: number) {
  i.dispute = { reason, by, at };
  step(state, 'dispute_opened', by, at, { reason }, i.id);
}

export function resolveDispute(state: CollectionState, i: InstallmentState, note: string | undefined, by: string, at: number) {
  i.dispute = undefined;
  step(state, 'dispute_resolved', by, at, { note, resumesAt: state.start.timing.ladder[i.rung]?.key ?? null }, i.id);
}

export function promise(state: CollectionState, i: InstallmentState, until: number, note: string | undefined, by: string, at: number) {
  i.promise = { until, note, by, at };
  step(state, 'promise_made', by, at, { until, note }, i.id);
}

export function lapsePromise(state: CollectionState, i: InstallmentState, at: number) {
  const until = i.promise!.until;
  i.promise = undefined;
  step(state, 'promise_lapsed', null, at, { until, outstanding: outstanding(i) }, i.id);
}

export function pause(state: CollectionState, reason: string, by: string, at: number) {
  state.paused = { reason, by, at };
  step(state, 'paused', by, at, { reason });
}

export function resume(state: CollectionState, by: string, at: number) {
  state.paused = undefined;
  step(state, 'resumed', by, at);
}
