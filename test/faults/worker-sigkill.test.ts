/**
 * Scenario 1: the worker process is SIGKILLed and restarted 20 times at random moments while 50 deals
 * move through the stages, their PROJECT_INITIATED gates are asked for and approved, and their
 * call-backs and follow-ups come due. Nothing acknowledged may be lost, every alert and approval
 * email is sent exactly once, and the projection matches each workflow.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { factsFor } from '../support/fixtures';
import type { ApiResponse } from '../support/http';
import { fastTiming } from '../support/timing';
import {
  type FaultApp,
  alertKeys,
  deliveredOnce,
  inSeconds,
  killableWorker,
  listMail,
  makeAccount,
  makeUser,
  patientSender,
  projectionDrift,
  seededRandom,
  sleep,
  startFaultApp,
  waitUntil,
} from './support/harness';

const DEALS = 50;
const KILLS = 20;
const STAGES = ['INTENT', 'PROJECT_INITIATED', 'PRELIMINARY_APPROVAL', 'NEGOTIATION'] as const;

const stack = inject('stack');
const endpoints = { temporalAddress: stack.temporalAddress, databaseUrl: stack.databaseUrl, smtpUrl: stack.smtpUrl };
let app: FaultApp;
let worker: Awaited<ReturnType<typeof killableWorker>> | undefined;
const sender = patientSender();
const { untilAnswered } = sender;

beforeAll(async () => {
  app = await startFaultApp(endpoints, { followUpTiming: fastTiming(), worker: false });
  worker = await killableWorker(endpoints, app.taskQueue);
});
afterAll(async () => {
  await worker?.stop();
  await app?.stop();
});

it(`survives ${KILLS} worker SIGKILLs while ${DEALS} deals move and their reminders come due`, async () => {
  const random = seededRandom('worker-sigkill');
  const started = Date.now();
  const supervisors = await Promise.all(Array.from({ length: 5 }, () => makeUser(app, 'supervisor')));
  const reps = await Promise.all(supervisors.map((s) => makeUser(app, 'rep', { supervisorId: s.id })));
  const approvalIds: string[] = [];
  const presales = await makeUser(app, 'presales');
  const { accountId, contactId } = await makeAccount(app);
  const facts = {
    PROJECT_INITIATED: factsFor.PROJECT_INITIATED(presales.id),
    PRELIMINARY_APPROVAL: factsFor.PRELIMINARY_APPROVAL(),
    NEGOTIATION: factsFor.NEGOTIATION(),
  };
  const acknowledged: Array<{ dealId: string; to: string }> = [];
  const dealIds: string[] = [];
  const runId = Date.now().toString(36);

  /** Asks for the gate and has the rep's supervisor approve it; a retried request finds the one already asked for. */
  async function passGate(i: number, dealId: string, rep: (typeof reps)[number], supervisor: (typeof supervisors)[number]) {
    const { res } = await untilAnswered(`deal ${i}: ask for PROJECT_INITIATED`, () =>
      rep.api('POST', `/api/v1/deals/${dealId}/transitions`, { to: 'PROJECT_INITIATED' }),
    );
    const approvalId = res.status === 202 || (res.status === 409 && res.body.approvalId) ? (res.body.approvalId as string) : undefined;
    if (!approvalId) throw new Error(`deal ${i}: ask for PROJECT_INITIATED: ${res.status} ${JSON.stringify(res.body)}`);
    approvalIds.push(approvalId);
    await waitUntil(
      `deal ${i}: request routed`,
      async () => (await app.db.approval.findUnique({ where: { id: approvalId } }))?.assigneeId === supervisor.id,
      60_000,
      200,
    );
    const decided = await untilAnswered(`deal ${i}: approve`, () =>
      supervisor.api('POST', `/api/v1/approvals/${approvalId}/decision`, { decision: 'approve' }),
    );
    if (!(decided.res.status === 200 || (decided.retried && decided.res.status === 409)))
      throw new Error(`deal ${i}: approve: ${decided.res.status} ${JSON.stringify(decided.res.body)}`);
    await waitUntil(`deal ${i}: in PROJECT_INITIATED`, async () => (await app.view(dealId)).stage === 'PROJECT_INITIATED', 120_000, 300);
    acknowledged.push({ dealId, to: 'PROJECT_INITIATED' });
  }

  async function drive(i: number) {
    const rep = reps[i % reps.length];
    const supervisor = supervisors[i % supervisors.length];
    await sleep(random.between(0, 3_000));
    const create = await untilAnswered(`deal ${i}: create`, () =>
      rep.api(
        'POST',
        '/api/v1/deals',
        { title: `Kill ${i}`, accountId, amount: 1000, facts: factsFor.INTENT(contactId) },
        { 'idempotency-key': `sigkill-${runId}-${i}` },
      ),
    );
    expect(create.res.status, JSON.stringify(create.res.body)).toBe(201);
    const dealId = create.res.body.id as string;
    dealIds.push(dealId);
    const must = async (what: string, send: () => Promise<ApiResponse>, status = 200) => {
      const { res } = await untilAnswered(`deal ${i}: ${what}`, send);
      expect(res.status, `deal ${i}: ${what}: ${JSON.stringify(res.body)}`).toBe(status);
    };
    // A command waits out a dead worker, and the workflow judges `at` when it runs: a call-back
    // that was in the future when sent can be past by then (422). Ask again for a later one.
    const callbackIn = random.between(2, 20);
    for (let extra = 0; ; extra += 10) {
      const { res } = await untilAnswered(`deal ${i}: call-back`, () =>
        rep.api('POST', `/api/v1/deals/${dealId}/callbacks`, { at: inSeconds(callbackIn + extra), contactId }),
      );
      if (res.status === 201) break;
      expect(extra < 60 && res.status === 422 && /future/.test(res.body.detail), `deal ${i}: call-back: ${JSON.stringify(res.body)}`).toBe(true);
      lateCallbacks++;
    }
    await must('emailed material', () => rep.api('POST', `/api/v1/deals/${dealId}/activities`, { type: 'email_material', summary: 'Brochure' }), 201);
    for (const to of STAGES) {
      if (to !== 'INTENT') await must(`facts for ${to}`, () => rep.api('PATCH', `/api/v1/deals/${dealId}/facts`, facts[to]));
      await sleep(random.between(0, 1_500));
      if (to === 'PROJECT_INITIATED') {
        await passGate(i, dealId, rep, supervisor);
        continue;
      }
      const { res, retried } = await untilAnswered(`deal ${i}: move to ${to}`, () => rep.api('POST', `/api/v1/deals/${dealId}/transitions`, { to }));
      if (res.status === 200) acknowledged.push({ dealId, to });
      // A retried move may have landed the first time; then the retry is refused as a move to the current stage.
      else if (!(retried && res.status === 409 && (await app.view(dealId)).stage === to))
        throw new Error(`deal ${i}: move to ${to}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }

  const chaos = () => worker!.chaos(KILLS, () => random.between(200, 1_000));

  await Promise.all([Promise.all(Array.from({ length: DEALS }, (_, i) => drive(i))), chaos()]);
  const drivenAt = Date.now();

  // Converge: every follow-up has rung its due alert, its reminder and its escalation to the rep's
  // supervisor, every outbox row is sent, and every Deal row matches its workflow.
  const views = await waitUntil(
    'all alerts rung, all emails sent, all projections caught up',
    async () => {
      const views = await Promise.all(dealIds.map((id) => app.view(id)));
      const ringing = views.filter((v) => v.followUps.some((f) => f.alerts < 3));
      if (ringing.length) return void (lastProblem = `${ringing.length} deals still have alerts to ring`);
      // Sends in flight (a killed worker's send is retried once its heartbeat stops, within 10 s).
      const unsent = await app.db.emailOutbox.count({ where: { dealId: { in: dealIds }, status: { not: 'sent' } } });
      if (unsent) return void (lastProblem = `${unsent} outbox rows not sent yet`);
      const emailing = (await Promise.all(dealIds.map((id) => app.temporal.workflow.getHandle(`deal-${id}`).describe()))).filter(
        (d) => d.raw.pendingActivities?.length,
      ).length;
      if (emailing) return void (lastProblem = `${emailing} deals still run activities`);
      const approving = (await Promise.all(approvalIds.map((id) => app.temporal.workflow.getHandle(`approval-${id}`).describe()))).filter(
        (d) => d.raw.pendingActivities?.length,
      ).length;
      if (approving) return void (lastProblem = `${approving} approval requests still run activities`);
      const drift = (await Promise.all(dealIds.map((id) => projectionDrift(app, id)))).flat();
      if (drift.length) return void (lastProblem = drift.slice(0, 5).join('; '));
      return views;
    },
    150_000,
    1_000,
  ).catch(async (err: Error) => {
    throw new Error(`${err.message}; last problem: ${lastProblem}\n${await diagnose(app, dealIds)}`);
  });
  const convergedAt = Date.now();

  // Every acknowledged move is in the workflow and on the projected timeline.
  expect(acknowledged.length).toBeGreaterThan(0);
  const stageChanges = await app.db.timelineEvent.findMany({ where: { dealId: { in: dealIds }, type: 'stage_changed' } });
  for (const { dealId, to } of acknowledged) {
    const view = views.find((v) => v.dealId === dealId)!;
    expect(
      view.history.map((h) => h.to),
      `deal ${dealId}`,
    ).toContain(to);
    expect(
      stageChanges.some((e) => e.dealId === dealId && (e.data as { to?: string }).to === to),
      `timeline of ${dealId} has the move to ${to}`,
    ).toBe(true);
  }
  for (const view of views) expect(view.stage, view.dealId).toBe('NEGOTIATION');

  // Every alert and approval email went out exactly once, and nothing else went to these people.
  const alerts = views.flatMap(alertKeys);
  const expected = [...alerts, ...approvalIds.flatMap((id) => [`approval:${id}:1:1:requested`, `approval:${id}:1:1:decided`])];
  // Two follow-ups per deal (more if a retried command landed twice), each due, reminded and escalated once.
  expect(alerts.length).toBeGreaterThanOrEqual(DEALS * 2 * 3);
  expect(new Set(approvalIds).size).toBe(DEALS);
  const outbox = await app.db.emailOutbox.findMany({ where: { dealId: { in: dealIds } } });
  expect.soft(outbox.map((r) => r.key).sort(), 'one outbox row per alert').toEqual([...expected].sort());
  const repEmails = new Set([...reps, ...supervisors].map((r) => r.email.toLowerCase()));
  const caught = (await listMail(stack.mailWebUrl!)).filter((e) => e.to.some((a) => repEmails.has(a.address.toLowerCase())));
  const { wrong, resent } = deliveredOnce(expected, caught, worker!.killedAt);
  expect.soft(wrong, `alerts not emailed exactly once\n${await diagnose(app, dealIds)}`).toEqual([]);
  expect.soft(caught).toHaveLength(expected.length + resent.length);

  console.log(`[worker-sigkill] ${sender.report()}`);
  console.log(
    `[worker-sigkill] ${DEALS} deals, ${KILLS} kills, ${acknowledged.length} acknowledged moves, ${expected.length - wrong.length}/${expected.length} alerts emailed once (${resent.length} resent by a kill between SMTP and the outbox), ${lateCallbacks} call-backs asked again (past by the time the workflow ran); ` +
      `worker restarts took ${Math.min(...worker!.restartMs)}–${Math.max(...worker!.restartMs)} ms; driving ${((drivenAt - started) / 1000).toFixed(1)} s, converged ${((convergedAt - drivenAt) / 1000).toFixed(1)} s later`,
  );
}, 330_000);
let lastProblem = '';
let lateCallbacks = 0;

/** What holds the deals whose alerts are not all emailed: their pending activities and alert history. */
async function diagnose(app: FaultApp, dealIds: string[]) {
  const lines: string[] = [];
  const sent = new Set((await app.db.emailOutbox.findMany({ where: { dealId: { in: dealIds } } })).filter((r) => r.status === 'sent').map((r) => r.key));
  for (const id of dealIds) {
    const view = await app.view(id);
    const missing = alertKeys(view).filter((k) => !sent.has(k));
    if (!missing.length) continue;
    const described = await app.temporal.workflow.getHandle(`deal-${id}`).describe();
    const pending = (described.raw.pendingActivities ?? []).map(
      (a) => `${a.activityType?.name} attempt ${a.attempt} state ${a.state} lastFailure ${a.lastFailure?.message ?? '-'}`,
    );
    const alerts = await app.db.timelineEvent.findMany({ where: { dealId: id, type: { in: ['followup_alerted', 'email_failed'] } }, orderBy: { seq: 'asc' } });
    lines.push(
      `deal ${id}: missing ${missing.map((k) => k.split(':').slice(2).join(':')).join(', ')}; pending [${pending.join('; ')}]; timeline ${alerts.map((e) => `${e.type}@${e.at.toISOString().slice(11, 23)} ${JSON.stringify(e.data).slice(0, 120)}`).join(' | ')}`,
    );
    if (lines.length >= 4) break;
  }
  return lines.join('\n');
}
