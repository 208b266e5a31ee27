/**
 * Scenario 7: the worker process is SIGKILLed and restarted 10 times at random moments while 8
 * contracts are signed and their installments climb the dunning ladder (a day of the ladder is a
 * second: courtesy −3 s, due, +7 s, +15 s, final +30 s). Each installment passes every rung once,
 * sent or passed over (an outage across two rungs sends only the later); every rung recorded as
 * sent is emailed once, nothing is emailed twice unless a kill fell between the SMTP server
 * accepting it and its outbox row committing (see deliveredOnce), and the Installment rows match
 * each collection workflow and the API's contract.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { collectionQuery, collectionWorkflowId } from '../../workflows/collection/messages';
import type { CollectionView } from '../../state/collection';
import { factsFor } from '../support/fixtures';
import type { ApiResponse } from '../support/http';
import {
  type FaultApp,
  countByMessageId,
  deliveredOnce,
  killableWorker,
  listMail,
  makeAccount,
  makeUser,
  patientSender,
  messageIdOf,
  projectionDrift,
  seededRandom,
  sleep,
  startFaultApp,
  waitUntil,
} from './support/harness';

const CONTRACTS = 8;
const KILLS = 10;
/** Contracts are signed within this long after the kills begin, so their ladders overlap the kills. */
const SIGNING_SPREAD_MS = 10_000;

const stack = inject('stack');
const endpoints = { temporalAddress: stack.temporalAddress, databaseUrl: stack.databaseUrl, smtpUrl: stack.smtpUrl };
let app: FaultApp;
let worker: Awaited<ReturnType<typeof killableWorker>> | undefined;
const sender = patientSender();
const { untilAnswered } = sender;

beforeAll(async () => {
  app = await startFaultApp(endpoints, { collectionTiming: { day: { seconds: 1 }, workingHoursOnly: false }, worker: false });
  worker = await killableWorker(endpoints, app.taskQueue);
});
afterAll(async () => {
  await worker?.stop();
  await app?.stop();
});

type Person = Awaited<ReturnType<typeof makeUser>>;
type Scene = Awaited<ReturnType<typeof approvedContract>>;

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
const collection = (contractId: string) => app.temporal.workflow.getHandle(collectionWorkflowId(contractId)).query(collectionQuery);
/** An installment's dunning steps, in order: the rungs sent and the rungs passed over. */
const dunning = (view: CollectionView, installmentId: string) =>
  view.history.filter((h) => h.installmentId === installmentId && (h.type === 'dunning_sent' || h.type === 'dunning_skipped'));
/** The outbox keys of the rungs a collection recorded as sent (see workflows/collection/workflow.ts). */
const sentKeys = (view: CollectionView) =>
  view.history.filter((h) => h.type === 'dunning_sent').map((h) => `collection:${view.start.contractId}:${h.installmentId}:${h.data.rung}`);

/** A setup call, made while the worker is up: anything but `status` fails the scenario. */
async function expectStatus(what: string, status: number, sent: Promise<ApiResponse>) {
  const res = await sent;
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function approve(what: string, approvalId: string, supervisor: Person) {
  await waitUntil(
    `${what}: routed`,
    async () => (await app.admin('GET', `/api/v1/approvals/${approvalId}`)).body.holder?.assigneeId === supervisor.id,
    60_000,
    200,
  );
  await expectStatus(`${what}: approve`, 200, supervisor.api('POST', `/api/v1/approvals/${approvalId}/decision`, { decision: 'approve' }));
}

/** A deal of `rep`'s taken to NEGOTIATION, its contract of two installments (due `days` after signing) drafted and approved; its customer has a billing contact. */
async function approvedContract(i: number, rep: Person, supervisor: Person, presales: Person, days: number[]) {
  const { accountId, contactId } = await makeAccount(app);
  const billingEmail = `billing-${randomUUID().slice(0, 8)}@customer.test`;
  await expectStatus(
    `deal ${i}: billing contact`,
    201,
    app.admin('POST', '/api/v1/contacts', { accountId, name: 'Zhou Min', title: 'Accountant', email: billingEmail, isBilling: true }),
  );
  const facts = { ...factsFor.INTENT(contactId), ...factsFor.PROJECT_INITIATED(presales.id) };
  const deal = await expectStatus(`deal ${i}: create`, 201, rep.api('POST', '/api/v1/deals', { title: `Dunning ${i}`, accountId, amount: 300_000, facts }));
  const move = (to: string, status: number) =>
    expectStatus(`deal ${i}: move to ${to}`, status, rep.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to }));
  await move('INTENT', 200);
  await approve(`deal ${i}: PROJECT_INITIATED`, (await move('PROJECT_INITIATED', 202)).approvalId, supervisor);
  await waitUntil(`deal ${i}: in PROJECT_INITIATED`, async () => (await app.view(deal.id)).stage === 'PROJECT_INITIATED', 60_000, 200);
  await expectStatus(
    `deal ${i}: facts`,
    200,
    rep.api('PATCH', `/api/v1/deals/${deal.id}/facts`, { ...factsFor.PRELIMINARY_APPROVAL(), ...factsFor.NEGOTIATION() }),
  );
  await move('PRELIMINARY_APPROVAL', 200);
  await move('NEGOTIATION', 200);
  const schedule = days.map((d, n) => ({ label: `Part ${n + 1}`, percent: n ? 60 : 40, due: { kind: 'after_signing', days: d } }));
  const contract = await expectStatus(
    `deal ${i}: draft the contract`,
    202,
    rep.api('POST', `/api/v1/deals/${deal.id}/contract`, { amount: '300000.00', schedule }),
  );
  await approve(`deal ${i}: contract`, contract.approvalId, supervisor);
  await waitUntil(
    `deal ${i}: contract approved`,
    async () => (await rep.api('GET', `/api/v1/contracts/${contract.id}`)).body.status === 'approved',
    60_000,
    200,
  );
  return { i, dealId: deal.id as string, contractId: contract.id as string, rep, supervisor, billingEmail };
}

/** Signs with the supervisor present; a retried signing may have landed the first time, and is then refused as signing a signed contract. */
async function sign(c: Scene) {
  const signedAt = new Date().toISOString();
  const { res, retried } = await untilAnswered(`contract ${c.i}: sign`, () =>
    c.rep.api('POST', `/api/v1/contracts/${c.contractId}/sign`, { signedAt, signedBy: c.supervisor.id }),
  );
  const signed = async () =>
    (await untilAnswered(`contract ${c.i}: read`, () => c.rep.api('GET', `/api/v1/contracts/${c.contractId}`))).res.body.status === 'signed';
  if (res.status === 200 || (retried && res.status === 409 && (await signed()))) return;
  throw new Error(`contract ${c.i}: sign: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Differences between a collection workflow and what is projected of it (Contract and Installment rows) or shown of it (GET /api/v1/contracts/:id). */
async function collectionDrift(c: Scene, view: CollectionView): Promise<string[]> {
  const [row, installments, shown] = await Promise.all([
    app.db.contract.findUnique({ where: { id: c.contractId }, select: { collectionVersion: true } }),
    app.db.installment.findMany({ where: { contractId: c.contractId } }),
    c.rep.api('GET', `/api/v1/contracts/${c.contractId}`),
  ]);
  const drift: string[] = [];
  if (row?.collectionVersion !== view.version) drift.push(`${c.contractId}: collectionVersion row=${row?.collectionVersion} workflow=${view.version}`);
  if (shown.status !== 200 || shown.body.history.length !== view.history.length)
    drift.push(`${c.contractId}: GET answered ${shown.status} with ${shown.body.history?.length} history entries, workflow has ${view.history.length}`);
  const { ladder } = view.start.timing;
  for (const i of view.installments) {
    const r = installments.find((x) => x.id === i.id);
    const api = shown.body.installments?.find((x: { id: string }) => x.id === i.id);
    const next = view.next.find((n) => n.installmentId === i.id);
    const want = {
      status: 'open',
      paid: String(i.paid),
      dueAt: iso(i.dueAt),
      lastRung: ladder[i.rung - 1]?.key ?? null,
      nextReminderAt: next?.rung && !next.paused ? iso(next.at) : null,
    };
    const got = r && {
      status: r.status,
      paid: String(r.paidMinor),
      dueAt: iso(r.dueAt?.getTime()),
      lastRung: r.lastRung,
      nextReminderAt: iso(r.nextReminderAt?.getTime()),
    };
    if (JSON.stringify(got) !== JSON.stringify(want)) drift.push(`installment ${i.id}: row=${JSON.stringify(got)} workflow=${JSON.stringify(want)}`);
    const apiSays = api && { status: api.status.toLowerCase(), dueAt: api.dueAt, nextReminderAt: api.nextReminder?.at ?? null };
    if (JSON.stringify(apiSays) !== JSON.stringify({ status: want.status, dueAt: want.dueAt, nextReminderAt: want.nextReminderAt }))
      drift.push(`installment ${i.id}: GET=${JSON.stringify(apiSays)} workflow=${JSON.stringify(want)}`);
  }
  return drift;
}

it(`survives ${KILLS} worker SIGKILLs while ${CONTRACTS} contracts climb the dunning ladder`, async () => {
  const random = seededRandom('collection-sigkill');
  const started = Date.now();
  const executive = await makeUser(app, 'executive');
  const supervisors = await Promise.all(Array.from({ length: 2 }, () => makeUser(app, 'supervisor', { supervisorId: executive.id })));
  const reps = await Promise.all(Array.from({ length: 4 }, (_, n) => makeUser(app, 'rep', { supervisorId: supervisors[n % 2].id })));
  const presales = await makeUser(app, 'presales');
  await makeUser(app, 'finance');
  // The first installment due 3–6 days after signing, the second 4–8 days later.
  const scenes = await Promise.all(
    Array.from({ length: CONTRACTS }, (_, i) => {
      const first = Math.round(random.between(3, 6));
      return approvedContract(i, reps[i % 4], supervisors[i % 2], presales, [first, first + Math.round(random.between(4, 8))]);
    }),
  );
  const dealIds = scenes.map((c) => c.dealId);
  const preparedAt = Date.now();

  const chaos = () => worker!.chaos(KILLS, () => random.between(1_000, 4_000));

  const signAll = scenes.map(async (c) => {
    await sleep(random.between(0, SIGNING_SPREAD_MS));
    await sign(c);
  });
  await Promise.all([...signAll, chaos()]);
  const chaosEndedAt = Date.now();

  // Converge: every installment has passed its whole ladder, every outbox row is sent, no activity
  // is in flight, and every projection (contract, installments, deal) matches its workflow.
  const views = await waitUntil(
    'all ladders climbed, all emails sent, all projections caught up',
    async () => {
      const views = await Promise.all(scenes.map((c) => collection(c.contractId)));
      const climbing = views.filter((v) => v.installments.some((i) => i.rung < v.start.timing.ladder.length)).length;
      if (climbing) return void (lastProblem = `${climbing} collections still have rungs to go`);
      const unsent = await app.db.emailOutbox.count({ where: { dealId: { in: dealIds }, status: { not: 'sent' } } });
      if (unsent) return void (lastProblem = `${unsent} outbox rows not sent yet`);
      const workflowIds = scenes.flatMap((c) => [collectionWorkflowId(c.contractId), `deal-${c.dealId}`]);
      const busy = (await Promise.all(workflowIds.map((id) => app.temporal.workflow.getHandle(id).describe()))).filter((d) => d.raw.pendingActivities?.length);
      if (busy.length) return void (lastProblem = `${busy.length} workflows still run activities`);
      const drift = [
        ...(await Promise.all(scenes.map((c, n) => collectionDrift(c, views[n])))),
        ...(await Promise.all(dealIds.map((id) => projectionDrift(app, id)))),
      ].flat();
      if (drift.length) return void (lastProblem = drift.slice(0, 5).join('; '));
      return views;
    },
    150_000,
    1_000,
  ).catch(async (err: Error) => {
    throw new Error(`${err.message}; last problem: ${lastProblem}\n${await diagnose(scenes)}`);
  });
  const convergedAt = Date.now();

  // Every installment passed each rung once, in order: none replayed after a restart, the final one always sent.
  for (const view of views) {
    const ladder = view.start.timing.ladder.map((r) => r.key);
    for (const i of view.installments) {
      const steps = dunning(view, i.id);
      expect(
        steps.map((h) => h.data.rung),
        `installment ${i.id} of ${view.start.contractId}`,
      ).toEqual(ladder);
      expect(steps.at(-1)?.type, `installment ${i.id}: the final notice`).toBe('dunning_sent');
    }
  }
  // The deal heard of every rung sent.
  for (const [n, c] of scenes.entries()) {
    const told = await app.db.timelineEvent.count({ where: { dealId: c.dealId, type: 'collection_dunning_sent' } });
    expect(told, `timeline of deal ${c.dealId}`).toBe(sentKeys(views[n]).length);
  }

  // Every rung recorded as sent went out exactly once, and no email of these deals (approvals included) went out twice.
  const expected = views.flatMap(sentKeys);
  const outbox = await app.db.emailOutbox.findMany({ where: { dealId: { in: dealIds } } });
  expect
    .soft(
      outbox
        .filter((r) => r.key.startsWith('collection:'))
        .map((r) => r.key)
        .sort(),
      'one outbox row per rung sent',
    )
    .toEqual([...expected].sort());
  expect.soft(outbox.filter((r) => r.status !== 'sent').map((r) => `${r.key}: ${r.status}`)).toEqual([]);
  const caught = await listMail(stack.mailWebUrl!);
  const { wrong, resent } = deliveredOnce([...new Set([...expected, ...outbox.map((r) => r.key)])], caught, worker!.killedAt);
  expect
    .soft(
      wrong,
      `emails not sent exactly once (worker killed at ${worker!.killedAt.map((k) => new Date(k).toISOString().slice(11, 23)).join(', ')})\n${await diagnose(scenes)}`,
    )
    .toEqual([]);
  const customers = new Set(scenes.map((c) => c.billingEmail.toLowerCase()));
  const resentToCustomers = resent.filter((key) => key.startsWith('collection:')).length;
  expect.soft(caught.filter((e) => e.to.some((a) => customers.has(a.address.toLowerCase())))).toHaveLength(expected.length + resentToCustomers);

  const installments = views.flatMap((v) => v.installments).length;
  const skipped = views.flatMap((v) => v.history).filter((h) => h.type === 'dunning_skipped').length;
  console.log(`[collection-sigkill] ${sender.report()}`);
  console.log(
    `[collection-sigkill] ${CONTRACTS} contracts, ${installments} installments, ${KILLS} kills, ${expected.length} rungs sent and ${skipped} passed over, ` +
      `${expected.length - wrong.filter((w) => w.startsWith('collection:')).length}/${expected.length} emailed once (${resent.length} resent by a kill between SMTP and the outbox), ${outbox.length} outbox rows in all; ` +
      `worker restarts took ${Math.min(...worker!.restartMs)}–${Math.max(...worker!.restartMs)} ms; setup ${((preparedAt - started) / 1000).toFixed(1)} s, signing and kills ${((chaosEndedAt - preparedAt) / 1000).toFixed(1)} s, converged ${((convergedAt - chaosEndedAt) / 1000).toFixed(1)} s later`,
  );
}, 300_000);
let lastProblem = '';

/** What holds back the collections that are not done or not emailed exactly once: their rungs, pending activities and outbox rows. */
async function diagnose(scenes: Scene[]) {
  const lines: string[] = [];
  const caught = await listMail(stack.mailWebUrl!);
  const counts = countByMessageId(caught);
  const caughtAt = (key: string) => caught.filter((e) => e.headers['message-id'] === messageIdOf(key)).map((e) => e.time.slice(11, 19));
  for (const c of scenes) {
    const handle = app.temporal.workflow.getHandle(collectionWorkflowId(c.contractId));
    const [view, described, rows] = await Promise.all([
      handle.query(collectionQuery).catch(() => undefined),
      handle.describe().catch(() => undefined),
      app.db.emailOutbox.findMany({ where: { key: { startsWith: `collection:${c.contractId}:` } } }),
    ]);
    const odd = rows.filter((r) => r.status !== 'sent' || counts.get(messageIdOf(r.key)) !== 1);
    const pending = (described?.raw.pendingActivities ?? []).map(
      (a) => `${a.activityType?.name} attempt ${a.attempt} state ${a.state} lastFailure ${a.lastFailure?.message ?? '-'}`,
    );
    if (view && !odd.length && !pending.length && view.installments.every((i) => i.rung >= view.start.timing.ladder.length)) continue;
    const climbed = view?.installments.map(
      (i) =>
        `${i.seq}: ${dunning(view, i.id)
          .map((h) => `${h.type === 'dunning_sent' ? 'sent' : 'passed'} ${h.data.rung}@${iso(h.at)?.slice(11, 23)}`)
          .join(', ')}`,
    );
    lines.push(
      `contract ${c.contractId} (deal ${c.dealId}): ${view ? `rungs [${climbed!.join(' | ')}]` : 'no collection workflow answers'}; pending [${pending.join('; ')}]; ` +
        `outbox ${odd.map((r) => `${r.key.split(':').slice(2).join(':')} ${r.status} attempts ${r.attempts} caught at [${caughtAt(r.key).join(', ')}]`).join(', ') || 'ok'}`,
    );
    if (lines.length >= 4) break;
  }
  return lines.join('\n');
}
