import { randomUUID } from 'node:crypto';
import { SEED_HOLIDAY_CALENDAR, holidaysFrom } from '../../process';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { temporal } from '@temporalio/proto';
import { DeterminismViolationError } from '@temporalio/workflow';
import { DefaultLogger, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWorkflows } from '../../worker/worker';
import { approvalWorkflowId } from '../../workflows/approval/messages';
import { collectionWorkflowId } from '../../workflows/collection/messages';
import { dealAtGate } from '../support/approval-scene';
import { dealWorkflowId, recordFactsUpdate } from '../../workflows/deal/messages';
import { type TestApp, startTestApp } from '../support/app';
import { approveAll, orgChart } from '../support/approvals';
import { fastService, seasonsAround, servicedContract } from '../support/service-scene';
import { completeItemUpdate, recordAcceptanceUpdate, recordTrainingUpdate, scheduleVisitUpdate } from '../../workflows/service/messages';
import { eventually, factsFor, makeAccount, makeUser, startDeal } from '../support/fixtures';
import { executeUpdate } from '../../api/http/resent-update';
import { historyFixtures as fixtures, recordHistory } from '../support/history-fixtures';
import { secondsPolicy, ticketScene } from '../support/tickets';
import { respondUpdate, restoreUpdate } from '../../workflows/ticket/messages';
import * as workflows from '../../workflows';

let app: TestApp;
let walked: unknown;

/** A short real walk: created, facts, forward, back, lost, reopened. */
async function walk() {
  const rep = await makeUser(app, 'rep');
  const { accountId, contactId } = await makeAccount(app);
  const created = await rep.api('POST', '/api/v1/deals', { title: 'Replayed', accountId, amount: '5000.50' });
  expect(created.status).toBe(201);
  const deal = created.body;
  const steps: [string, string, unknown, number][] = [
    ['PATCH', 'facts', factsFor.INTENT(contactId), 200],
    ['POST', 'transitions', { to: 'INTENT' }, 200],
    ['POST', 'activities', { type: 'email_material', summary: 'Brochure' }, 201],
    ['POST', 'callbacks', { at: new Date(Date.now() + 3_600_000).toISOString(), contactId }, 201],
    ['POST', 'transitions', { to: 'LEAD', note: 'customer paused' }, 200],
    ['POST', 'lost', { lostReason: 'no_decision', lostNote: 'stalled' }, 200],
    ['POST', 'reopen', { reason: 'new sponsor' }, 200],
  ];
  for (const [method, path, body, status] of steps) {
    const res = await rep.api(method, `/api/v1/deals/${deal.id}/${path}`, body);
    expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(status);
  }
  const history = await app.temporal.workflow.getHandle(dealWorkflowId(deal.id)).fetchHistory();
  return history;
}

/** A gate passed by approval: the deal's history and its request's, each finished with what they did. */
async function approvedGate() {
  const org = await orgChart(app);
  const presales = await makeUser(app, 'presales');
  const { accountId, contactId } = await makeAccount(app);
  const facts = { ...factsFor.INTENT(contactId), ...factsFor.PROJECT_INITIATED(presales.id), budget: '800000.25' };
  const deal = (await org.rep.api('POST', '/api/v1/deals', { title: 'Replayed gate', accountId, amount: 5000, facts })).body;
  expect((await org.rep.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to: 'INTENT' })).status).toBe(200);
  const asked = await org.rep.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to: 'PROJECT_INITIATED' });
  expect(asked.status).toBe(202);
  await approveAll(app, deal.id, org.people);
  const approval = app.temporal.workflow.getHandle(approvalWorkflowId(asked.body.approvalId));
  await approval.result();
  await eventually(async () => (await app.db.deal.findUnique({ where: { id: deal.id } }))?.stage === 'PROJECT_INITIATED');
  return { deal: await app.temporal.workflow.getHandle(dealWorkflowId(deal.id)).fetchHistory(), approval: await approval.fetchHistory() };
}

let gate: Awaited<ReturnType<typeof approvedGate>>;

/** A contract signed, and its service worked as far as acceptance: the deal's history, the service's and the collection's. */
async function signedDeal() {
  const c = await servicedContract(app, 'Replayed signing');
  await c.service.update(completeItemUpdate, { item: 'installed' });
  await c.service.update(recordTrainingUpdate, {
    training: { heldAt: Date.now(), trainers: ['Liu'], trainees: [{ name: 'Wang', kind: 'operator', score: 70 }], topics: ['use'] },
  });
  await c.service.update(recordAcceptanceUpdate, { signedBy: 'Zhou Min', signedAt: Date.now() });
  await c.service.step('milestone_reported');
  const collection = app.temporal.workflow.getHandle(collectionWorkflowId(c.contract.id));
  await eventually(async () => (await collection.fetchHistory()).events?.some((e) => e.workflowExecutionSignaledEventAttributes));
  return {
    deal: await app.temporal.workflow.getHandle(dealWorkflowId(c.deal.id)).fetchHistory(),
    service: await c.handle.fetchHistory(),
    collection: await collection.fetchHistory(),
  };
}

let signed: Awaited<ReturnType<typeof signedDeal>>;

/**
 * A service in seconds accepted inside a season, then a visit for a colleague in New York: its
 * programme and its alarms as they ran before season windows counted warranty months and before a
 * visit kept its assignee's working hours.
 */
async function visitedService() {
  const c = await servicedContract(app, 'Replayed visits');
  const colleague = await makeUser(app, 'service', { timezone: 'America/New_York' });
  const { start } = await c.service.query();
  await c.handle.terminate('restarted on a timing in seconds');
  const fast = fastService(3, 2);
  const timing = { ...start.timing, ...fast, visits: { ...fast.visits!, seasons: seasonsAround(Date.now()) } };
  const handle = await app.temporal.workflow.start('serviceWorkflow', {
    workflowId: c.handle.workflowId,
    taskQueue: app.taskQueue,
    args: [{ ...start, warrantyMonths: 2, timing }],
  });
  const actor = c.actor;
  await handle.executeUpdate(recordAcceptanceUpdate, { args: [{ actor, signedBy: 'Zhou Min', signedAt: Date.now() }] });
  await handle.executeUpdate(scheduleVisitUpdate, { args: [{ actor, dueAt: Date.now() + 1_000, assigneeId: colleague.id, purpose: 'firmware' }] });
  await c.service.step('warranty_ended', () => true, 30_000);
  await c.service.step('visit_alerted', (d) => d.kind === 'technical');
  return handle.fetchHistory();
}

let visited: Awaited<ReturnType<typeof visitedService>>;

/** A ticket whose response target breached and climbed the ladder, then was answered and restored. */
async function workedTicket() {
  const scene = await ticketScene(app);
  const t = await scene.openTicket({ support: secondsPolicy(1, 60) });
  const actor = { id: scene.engineer.id, role: 'service' };
  await eventually(async () => (await t.live()).sla.find((c) => c.target === 'response')?.breachedAt);
  await t.handle.executeUpdate(respondUpdate, { args: [{ actor, note: 'On our way' }] });
  await t.handle.executeUpdate(restoreUpdate, { args: [{ actor, resolution: 'Connector replaced' }] });
  return t.handle.fetchHistory();
}

let ticket: Awaited<ReturnType<typeof workedTicket>>;

/** A deal that continued as new on a short history limit: the first run's history, to its end. */
async function continuedDeal() {
  const { handle, actor } = await startDeal(app, { maxHistoryLength: 12 });
  const firstRun = (await handle.describe()).runId;
  for (let i = 0; (await handle.describe()).runId === firstRun; i++)
    await executeUpdate(handle, recordFactsUpdate, { actor, facts: { needSummary: `round ${i}` } });
  return app.temporal.workflow.getHandle(handle.workflowId, firstRun).fetchHistory();
}

let continued: Awaited<ReturnType<typeof continuedDeal>>;

/** An hour's digest run, as the Schedule starts it, on a working Monday at 09:00 in Shanghai. */
async function digestRun() {
  const handle = await app.temporal.workflow.start('morningDigestWorkflow', {
    taskQueue: app.taskQueue,
    workflowId: `replayed-digest-${randomUUID()}`,
    args: [Date.parse('2026-12-07T01:00:00Z')],
  });
  await handle.result();
  return handle.fetchHistory();
}

let digested: Awaited<ReturnType<typeof digestRun>>;

/** A calendar broadcast of the seed calendar, which every running workflow already has. */
async function broadcastRun() {
  const handle = await app.temporal.workflow.start('calendarBroadcastWorkflow', {
    taskQueue: app.taskQueue,
    workflowId: `replayed-broadcast-${randomUUID()}`,
    args: [holidaysFrom(SEED_HOLIDAY_CALENDAR, 2025)],
  });
  await handle.result();
  return handle.fetchHistory();
}

let broadcast: Awaited<ReturnType<typeof broadcastRun>>;

/** A newer holiday calendar, told by signal (by name: recorded before any workflow had a handler for it). */
const NEWER_CALENDAR = { version: 99, years: {} };
/** Signals it and waits until a workflow task of its own has taken the signal, so nothing else the test does shares that task. */
async function hearCalendar(handle: { signal: (name: string, arg: unknown) => Promise<void>; fetchHistory: () => Promise<temporal.api.history.v1.IHistory> }) {
  await handle.signal('holidayCalendar', NEWER_CALENDAR);
  const { EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED: signaled, EVENT_TYPE_WORKFLOW_TASK_COMPLETED: completed } = temporal.api.enums.v1.EventType;
  await eventually(async () => {
    const events = (await handle.fetchHistory()).events ?? [];
    const heard = events.map((e) => e.eventType === signaled && e.workflowExecutionSignaledEventAttributes?.signalName === 'holidayCalendar').lastIndexOf(true);
    return heard >= 0 && events.slice(heard).some((e) => e.eventType === completed);
  });
}

/**
 * Each kind of workflow that computes business time told of a newer calendar mid-run, then worked
 * on: a deal, a pending approval, a service and its collection, and a ticket.
 */
async function calendarHeard() {
  const { handle: deal, actor } = await startDeal(app);
  await executeUpdate(deal, recordFactsUpdate, { actor, facts: { needSummary: 'before the calendar' } });
  await hearCalendar(deal);
  await executeUpdate(deal, recordFactsUpdate, { actor, facts: { needSummary: 'after the calendar' } });

  const org = await orgChart(app);
  const customer = await makeAccount(app);
  const gated = await dealAtGate(app, customer, org.rep, 'Replayed calendar gate');
  const asked = await gated.ask();
  expect(asked.status).toBe(202);
  const approval = app.temporal.workflow.getHandle(approvalWorkflowId(asked.body.approvalId));
  await hearCalendar(approval);
  await approveAll(app, gated.deal.id, org.people);
  await approval.result();

  const c = await servicedContract(app, 'Replayed calendar service');
  const collection = app.temporal.workflow.getHandle(collectionWorkflowId(c.contract.id));
  await hearCalendar(c.handle);
  await hearCalendar(collection);
  await c.service.update(recordAcceptanceUpdate, { signedBy: 'Zhou Min', signedAt: Date.now() });
  await c.service.step('milestone_reported');

  const scene = await ticketScene(app);
  const t = await scene.openTicket({ support: secondsPolicy(60, 120) });
  await hearCalendar(t.handle);
  await t.handle.executeUpdate(respondUpdate, { args: [{ actor: { id: scene.engineer.id, role: 'service' }, note: 'On our way' }] });
  return {
    deal: await deal.fetchHistory(),
    approval: await approval.fetchHistory(),
    service: await c.handle.fetchHistory(),
    collection: await collection.fetchHistory(),
    ticket: await t.handle.fetchHistory(),
  };
}

let heard: Awaited<ReturnType<typeof calendarHeard>>;

beforeAll(async () => {
  app = await startTestApp();
  walked = await walk();
  gate = await approvedGate();
  signed = await signedDeal();
  ticket = await workedTicket();
  visited = await visitedService();
  continued = await continuedDeal();
  digested = await digestRun();
  broadcast = await broadcastRun();
  heard = await calendarHeard();
  // v2: the deal projects through a local activity (the 'local-projection' patch).
  await recordHistory('deal-walk-v2.json', walked);
  await recordHistory('deal-approved-gate-v2.json', gate.deal);
  await recordHistory('approval-approved-v2.json', gate.approval);
  // v3: amounts in minor units (`amountsIn: 'minor'`); v1 and v2 recorded float yuan, and must still replay.
  // v3-routed: a gated move waits for its request's holder (the approval's 'routed' update), recorded beside v3.
  await recordHistory('deal-walk-v3.json', walked);
  await recordHistory('deal-approved-gate-v3.json', gate.deal);
  await recordHistory('approval-approved-v3.json', gate.approval);
  // v4: both of those together, the shared refusals and the alarm clock ('timer-means-due').
  await recordHistory('deal-walk-v4.json', walked);
  await recordHistory('deal-approved-gate-v4.json', gate.deal);
  await recordHistory('approval-approved-v4.json', gate.approval);
  // v4-signed: a contract signed before after-sales existed; its deal started no service (the 'service-workflow' patch).
  await recordHistory('deal-signed-v4.json', signed.deal);
  // v5: the deal starts its contract's service, which tells collection of acceptance by signal.
  await recordHistory('deal-signed-v5.json', signed.deal);
  await recordHistory('service-accepted-v5.json', signed.service);
  await recordHistory('ticket-restored-v5.json', ticket);
  // Before the 'season-windows' and 'visit-assignee-hours' patches.
  await recordHistory('service-visits-v5.json', visited);
  // Before 'continue-as-new-unprojected': the task that continues as new has projected first.
  await recordHistory('deal-continued-v5.json', continued);
  // Before the 'calendar-missing-mail' patch: the digest told no admin of a missing calendar year.
  await recordHistory('digest-v5.json', digested);
  await recordHistory('calendar-broadcast-v5.json', broadcast);
  // Before the 'calendar-signal' patch: a newer holiday calendar told by signal changed nothing.
  for (const [kind, history] of Object.entries(heard)) await recordHistory(`${kind}-calendar-heard-v5.json`, history);
  // The collection told of acceptance by its service, recorded before Worker Versioning pinned deals and services.
  await recordHistory('collection-accepted-v5.json', signed.collection);
});
afterAll(() => app?.stop());

describe('DealWorkflow replay', () => {
  it('replays every recorded history with the current code', async () => {
    const files = (await readdir(fixtures)).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    const workflowBundle = await bundleWorkflows();
    const kinds = new Set<string>();
    for (const file of files) {
      const history = temporal.api.history.v1.History.fromObject(JSON.parse(await readFile(`${fixtures}${file}`, 'utf8')));
      kinds.add(history.events[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name ?? file);
      await Worker.runReplayHistory({ workflowBundle, replayName: file }, history);
    }
    // Every kind of workflow has an old history to fit.
    expect([...kinds].sort()).toEqual(Object.keys(workflows).sort());
    await Worker.runReplayHistory({ workflowBundle }, walked);
    await Worker.runReplayHistory({ workflowBundle }, gate.deal);
    await Worker.runReplayHistory({ workflowBundle }, gate.approval);
    await Worker.runReplayHistory({ workflowBundle }, signed.deal);
    await Worker.runReplayHistory({ workflowBundle }, signed.service);
    await Worker.runReplayHistory({ workflowBundle }, signed.collection);
    await Worker.runReplayHistory({ workflowBundle }, ticket);
    await Worker.runReplayHistory({ workflowBundle }, visited);
    await Worker.runReplayHistory({ workflowBundle }, continued);
    await Worker.runReplayHistory({ workflowBundle }, digested);
    await Worker.runReplayHistory({ workflowBundle }, broadcast);
    for (const history of Object.values(heard)) await Worker.runReplayHistory({ workflowBundle }, history);
  });

  it('fails when the workflow code no longer fits a history', async () => {
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: fileURLToPath(new URL('../fixtures/altered-workflow/index.ts', import.meta.url)),
      logger: new DefaultLogger('ERROR'),
    });
    await expect(Worker.runReplayHistory({ workflowBundle }, walked)).rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
