/**
 * The worker process is SIGKILLed and restarted 8 times at random moments while 20 tickets run
 * their SLA clocks (seconds instead of minutes): half are answered at once, the rest breach their
 * response target; none is restored, so every restore target is warned, breached and escalated to
 * the supervisor and then the executive. Every warning and breach is recorded once, no later than
 * 2 s after its due instant once the worker is back, and every email it owes goes out once (a
 * second copy only where a kill fell between the SMTP server accepting it and its outbox row
 * committing, see deliveredOnce).
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { temporal } from '@temporalio/proto';
import { type TicketStep, type TicketView, clockInstants, ticketWorkflowId } from '../../state/ticket';
import { respondUpdate } from '../../workflows/ticket/messages';
import { type TicketScene, secondsPolicy, ticketScene } from '../support/tickets';
import { type FaultApp, deliveredOnce, killableWorker, listMail, seededRandom, sleep, startFaultApp, waitUntil } from './support/harness';

const TICKETS = 20;
const KILLS = 8;
const SLACK_MS = 2_000;
/**
 * An outage lasts until a live worker can take the workflows' tasks: the restarted worker gets the
 * dead one's workflows once their sticky queue times out (worker/worker.ts), and a task the dead one
 * had taken once its workflow task times out (TICKET_WORKFLOW_OPTIONS), counted from the kill.
 */
const STICKY_MS = 2_000;
const TASK_TIMEOUT_MS = 5_000;

const stack = inject('stack');
const endpoints = { temporalAddress: stack.temporalAddress, databaseUrl: stack.databaseUrl, smtpUrl: stack.smtpUrl };
let app: FaultApp;
let worker: Awaited<ReturnType<typeof killableWorker>> | undefined;

beforeAll(async () => {
  app = await startFaultApp(endpoints, { worker: false });
  worker = await killableWorker(endpoints, app.taskQueue);
});
afterAll(async () => {
  await worker?.stop();
  await app?.stop();
});

/** The outbox key of the email a warning or escalation step owes (see workflows/ticket/workflow.ts). */
const keyOf = (ticketId: string, s: TicketStep) =>
  s.type === 'sla_warned' ? `ticket:${ticketId}:${s.data.target}:warning` : `ticket:${ticketId}:${s.data.target}:${s.data.rung}`;
const owed = (v: TicketView) => v.history.filter((s) => s.type === 'sla_warned' || s.type === 'sla_escalated').map((s) => keyOf(v.start.ticketId, s));

it(`fires every SLA warning and breach once while the worker is SIGKILLed ${KILLS} times under ${TICKETS} tickets`, async () => {
  const random = seededRandom('ticket-sigkill');
  const scene: TicketScene = await ticketScene(app);
  // Tickets open while the kills begin: their clocks run through the outages.
  const opening = Promise.all(
    Array.from({ length: TICKETS }, async (_, i) => {
      await sleep(random.between(0, 6_000));
      const t = await scene.openTicket({ support: secondsPolicy(Math.round(random.between(4, 8)), Math.round(random.between(10, 20)), 2) });
      if (i % 2 === 0) await t.handle.executeUpdate(respondUpdate, { args: [{ actor: { id: scene.engineer.id, role: 'service' } }] });
      return t;
    }),
  );
  const [tickets] = await Promise.all([opening, worker!.chaos(KILLS, () => random.between(1_000, 3_000))]);

  const views = await waitUntil(
    'every clock breached and escalated to the top, every email sent',
    async () => {
      const views = await Promise.all(tickets.map((t) => t.live()));
      const climbing = views.filter((v) => v.clocks.some((c) => c.metAt === undefined && c.rung < v.support.escalation.length));
      if (climbing.length) return void (lastProblem = `${climbing.length} tickets still have rungs to climb`);
      const keys = views.flatMap(owed);
      const sent = await app.db.emailOutbox.count({ where: { key: { in: keys }, status: 'sent' } });
      if (sent < keys.length) return void (lastProblem = `${keys.length - sent} of ${keys.length} emails not sent yet`);
      return views;
    },
    120_000,
    1_000,
  ).catch((err: Error) => {
    throw new Error(`${err.message}; last problem: ${lastProblem}`);
  });

  // Kills close together make one outage: merged, none is counted twice.
  const outages = worker!.killedAt
    .map((k, n) => ({ from: k, to: Math.max(k + worker!.restartMs[n] + STICKY_MS, k + TASK_TIMEOUT_MS) }))
    .reduce<Array<{ from: number; to: number }>>((merged, o) => {
      const last = merged.at(-1);
      if (last && o.from <= last.to) last.to = Math.max(last.to, o.to);
      else merged.push({ ...o });
      return merged;
    }, []);
  /** How long no worker could take the workflow's tasks between two instants. */
  const outageWithin = (from: number, to: number) => outages.reduce((sum, o) => sum + Math.max(0, Math.min(o.to, to) - Math.max(o.from, from)), 0);
  const late: string[] = [];
  for (const v of views) {
    for (const c of v.clocks) {
      const steps = v.history.filter((s) => s.data.target === c.target);
      const count = (type: TicketStep['type']) => steps.filter((s) => s.type === type).length;
      const what = `${v.start.reference} ${c.target}`;
      if (c.metAt !== undefined && c.breachedAt === undefined) {
        expect(steps, `${what}: met in time, nothing fired`).toEqual([]);
        continue;
      }
      expect(count('sla_warned') + count('sla_warning_skipped'), `${what}: one warning`).toBe(1);
      expect(count('sla_breached'), `${what}: one breach`).toBe(1);
      expect(count('sla_escalated'), `${what}: supervisor, then executive`).toBe(2);
      const { warning, deadline } = clockInstants(v, c);
      const fired = [
        { step: steps.find((s) => s.type === 'sla_warned'), due: warning! },
        { step: steps.find((s) => s.type === 'sla_breached'), due: deadline! },
      ];
      for (const { step, due } of fired) {
        if (!step) continue;
        if (step.at < due) late.push(`${what}: ${step.type} ${due - step.at} ms early`);
        const lateness = step.at - due - outageWithin(due, step.at);
        if (lateness > SLACK_MS) late.push(`${what}: ${step.type} ${lateness} ms late beyond the outage`);
      }
    }
  }
  expect(late, await diagnose(views.filter((v) => late.some((l) => l.startsWith(v.start.reference))))).toEqual([]);

  const keys = views.flatMap(owed);
  const { wrong, resent } = deliveredOnce(keys, await listMail(stack.mailWebUrl!), worker!.killedAt);
  expect(wrong).toEqual([]);
  console.log(
    `[ticket-sigkill] ${TICKETS} tickets, ${KILLS} kills (restarts ${Math.min(...worker!.restartMs)}–${Math.max(...worker!.restartMs)} ms), ` +
      `${keys.length} warnings and escalations emailed once (${resent.length} resent by a kill between SMTP and the outbox)`,
  );
}, 240_000);
let lastProblem = '';

/** The kills, and the Temporal events of the tickets that fired late, in seconds of the minute. */
async function diagnose(views: TicketView[]) {
  const clock = (ms: number) => new Date(ms).toISOString().slice(17, 23);
  const lines = [`kills at ${worker!.killedAt.map((k, n) => `${clock(k)} (+${worker!.restartMs[n]} ms)`).join(', ')}`];
  for (const v of views.slice(0, 3)) {
    const { events } = await app.temporal.workflow.getHandle(ticketWorkflowId(v.start.ticketId)).fetchHistory();
    const named = (events ?? []).map(
      (e) => `${clock(Number(e.eventTime!.seconds) * 1000 + Math.floor(e.eventTime!.nanos! / 1e6))} ${temporal.api.enums.v1.EventType[e.eventType!]}`,
    );
    lines.push(`${v.start.reference}: ${v.history.map((s) => `${s.type}@${clock(s.at)}`).join(', ')}\n  ${named.join('\n  ')}`);
  }
  return lines.join('\n');
}
