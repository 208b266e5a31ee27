import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectionActivities } from '../../activities/projection';
import { CURRENT_PROCESS_VERSION, DEFAULT_APPROVAL_TIMING, type Minor, processDefinition } from '../../process';
import { approvalQuery, approvalWorkflowId } from '../../workflows/approval/messages';
import type { ApprovalRequest } from '../../state/approval';
import { advanceUpdate, createDeal, dealQuery, dealWorkflowId, markLostUpdate, recordFactsUpdate } from '../../workflows/deal/messages';
import type { DealCreation, DealState } from '../../state/deal';
import { openDeal } from '../../workflows/deal/ledger';
import type { DealWorkflowInput } from '../../workflows/deal/workflow';
import { executeUpdate } from '../../api/http/resent-update';
import { type TestApp, startTestApp } from '../support/app';
import { orgChart } from '../support/approvals';
import { dealCreation, eventually, factsFor, makeAccount, makeUser } from '../support/fixtures';

let app: TestApp;
let creation: () => DealCreation;
beforeAll(async () => {
  app = await startTestApp();
  const rep = await makeUser(app, 'rep');
  const { accountId } = await makeAccount(app);
  creation = () => dealCreation(rep.id, accountId, 'Workflow-level deal');
});
afterAll(() => app?.stop());

async function start(input: Partial<DealWorkflowInput> = {}) {
  const c = creation();
  const handle = await app.temporal.workflow.start('dealWorkflow', {
    workflowId: dealWorkflowId(c.dealId),
    taskQueue: app.taskQueue,
    args: [{ creation: c, ...input }],
  });
  return { handle, dealId: c.dealId };
}
const actor = { id: randomUUID(), role: 'rep' };

describe('DealWorkflow', () => {
  it('refuses an illegal move in its validator, so it never enters history', async () => {
    const { handle } = await start();
    const refused = await handle.executeUpdate(advanceUpdate, { args: [{ actor, to: 'INTENT' }] }).catch((e) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(refused.cause.type).toBe('gate_not_met');
    await handle.executeUpdate(recordFactsUpdate, { args: [{ actor, facts: { industry: 'Retail' } }] });
    const badFacts = await handle.executeUpdate(recordFactsUpdate, { args: [{ actor, facts: { budget: 'lots' } }] }).catch((e) => e);
    expect(badFacts.cause.type).toBe('invalid_facts');

    const history = await handle.fetchHistory();
    const accepted = history.events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
    expect(accepted.map((e) => e.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest!.input!.name)).toEqual(['recordFacts']);
    expect((await handle.query(dealQuery)).version).toBe(2);
  });

  it('checks every payload itself, whatever the API let through', async () => {
    const { handle } = await start();
    const unknownStage = await handle.executeUpdate(advanceUpdate, { args: [{ actor, to: 'NOWHERE' as never, note: 'x' }] }).catch((e) => e);
    expect(unknownStage.cause.type).toBe('not_allowed');
    const lost = await handle.executeUpdate(markLostUpdate, { args: [{ actor, reason: 'bored' as never, note: ' ' }] }).catch((e) => e);
    expect(lost.cause.type).toBe('invalid_input');
    expect(lost.cause.details[0].errors.map((e: { field: string }) => e.field)).toEqual(['body.lostReason', 'body.lostNote']);
    expect((await handle.query(dealQuery)).version).toBe(1);
  });

  it('answers create again with the same fingerprint and refuses another one', async () => {
    const { handle } = await start();
    expect((await handle.executeUpdate(createDeal, { args: [{ fingerprint: 'f' }] })).stage).toBe('LEAD');
    const other = await handle.executeUpdate(createDeal, { args: [{ fingerprint: 'g' }] }).catch((e) => e);
    expect(other.cause.type).toBe('idempotency_conflict');
  });

  it('continues as new when history grows long, losing nothing', async () => {
    const { handle, dealId } = await start({ maxHistoryLength: 40 });
    const firstRun = (await handle.describe()).runId;
    for (let i = 0; i < 15; i++) await handle.executeUpdate(recordFactsUpdate, { args: [{ actor, facts: { needSummary: `round ${i}` } }] });
    await eventually(async () => (await handle.describe()).runId !== firstRun);
    const state = await handle.query(dealQuery);
    expect(state).toMatchObject({ version: 16, seq: 16, facts: { needSummary: 'round 14' }, stage: 'LEAD' });
    const after = await handle.executeUpdate(recordFactsUpdate, { args: [{ actor, facts: { industry: 'Energy' } }] });
    expect(after.version).toBe(17);
    const seqs = await eventually(async () => {
      const rows = await app.db.timelineEvent.findMany({ where: { dealId }, orderBy: { seq: 'asc' } });
      return rows.length === 17 && rows.map((r) => r.seq);
    });
    expect(seqs).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('continues as new under updates sent without pause, keeping each run’s history short', async () => {
    const maxHistoryLength = 60;
    const { handle, dealId } = await start({ maxHistoryLength });
    const firstRun = (await handle.describe()).runId;
    const senders = 4;
    const rounds = 30;
    await Promise.all(
      Array.from({ length: senders }, async (_, s) => {
        for (let i = 0; i < rounds; i++) await executeUpdate(handle, recordFactsUpdate, { actor, facts: { needSummary: `sender ${s} round ${i}` } });
      }),
    );
    const lengths: number[] = [];
    const historyOf = async (runId: string) => (await app.temporal.workflow.getHandle(handle.workflowId, runId).fetchHistory()).events!;
    for (let runId: string | null | undefined = firstRun; runId;) {
      const events = await historyOf(runId);
      lengths.push(events.length);
      runId = events[events.length - 1].workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
    }
    expect(lengths.length).toBeGreaterThan(3);
    expect(Math.max(...lengths.slice(0, -1))).toBeLessThanOrEqual(maxHistoryLength + 20);
    expect((await handle.query(dealQuery)).version).toBe(1 + senders * rounds);
    const rows = await eventually(async () => {
      const n = await app.db.timelineEvent.count({ where: { dealId } });
      return n === 1 + senders * rounds && n;
    });
    expect(rows).toBe(1 + senders * rounds);
  });
});

describe('amounts recorded before money was exact (float yuan, no `amountsIn`)', () => {
  const yuan = (n: number) => n as Minor;

  it('reads an old creation in fen, and projects fen', async () => {
    const { amountsIn: _, ...c } = {
      ...creation(),
      amount: yuan(5000.5),
      facts: { budget: 800000.25, preliminaryQuote: { software: 500000.1, implementation: 200000, service: 100000 } },
    };
    const handle = await app.temporal.workflow.start('dealWorkflow', {
      workflowId: dealWorkflowId(c.dealId),
      taskQueue: app.taskQueue,
      args: [{ creation: c }],
    });
    expect(await handle.query(dealQuery)).toMatchObject({
      amount: 500050,
      amountsIn: 'minor',
      facts: { budget: 80000025, preliminaryQuote: { software: 50000010, implementation: 20000000, service: 10000000 } },
    });
    const row = await eventually(() => app.db.deal.findUnique({ where: { id: c.dealId } }));
    expect(row.amountMinor).toBe(500050n);
    expect(row.facts).toMatchObject({ budget: 80000025 });
  });

  it('converts state carried over from an old run, so its approval routes by fen', async () => {
    const org = await orgChart(app);
    const presales = await makeUser(app, 'presales');
    const { contactId } = await makeAccount(app);
    const def = processDefinition(CURRENT_PROCESS_VERSION);
    const c = { ...creation(), ownerId: org.rep.id, createdBy: { id: org.rep.id, role: 'rep' } };
    const now = Date.now();
    const recorded = { ...factsFor.INTENT(contactId), ...factsFor.PROJECT_INITIATED(presales.id) };
    // What the old code carried over: the amount and the budget in yuan, the deal in INTENT, nothing left to project.
    const { amountsIn: _, ...fresh } = openDeal(def, c, now);
    const carried: DealState = {
      ...fresh,
      amount: yuan(600000),
      facts: { ...recorded, budget: 800000.5 },
      stage: 'INTENT',
      unprojected: [],
      lastRejection: { approvalId: randomUUID(), stage: 'PROJECT_INITIATED', facts: JSON.stringify({ budget: 1.5 }) },
    };
    const handle = await app.temporal.workflow.start('dealWorkflow', {
      workflowId: dealWorkflowId(c.dealId),
      taskQueue: app.taskQueue,
      args: [{ creation: c, carried }],
    });
    expect(await handle.query(dealQuery)).toMatchObject({ amount: 60_000_000, facts: { budget: 80_000_050 }, lastRejection: { facts: '{"budget":150}' } });

    const asked = await handle.executeUpdate(advanceUpdate, { args: [{ actor: { id: org.rep.id, role: 'rep' }, to: 'PROJECT_INITIATED' }] });
    const requested = await eventually(async () => (await app.db.timelineEvent.findMany({ where: { dealId: c.dealId, type: 'approval_requested' } }))[0]);
    // 600,000 yuan is past the 500,000 line: supervisor, then executive.
    expect(requested.data).toMatchObject({ amount: 60_000_000, currency: 'CNY', chain: [{ role: 'supervisor' }, { role: 'executive' }] });
    const approval = await eventually(() => app.db.approval.findUnique({ where: { id: asked.pendingApproval!.approvalId } }));
    expect(approval.amountMinor).toBe(60_000_000n);
  });

  it('reads an old approval request in fen: its view and its inbox row', async () => {
    const { dealId } = await start();
    const { amountsIn: _, ...request }: ApprovalRequest = {
      approvalId: randomUUID(),
      kind: 'stage_gate',
      processVersion: CURRENT_PROCESS_VERSION,
      deal: { dealId, workflowId: dealWorkflowId(dealId), title: 'Old request', ownerId: actor.id, stage: 'INTENT' },
      stage: 'PROJECT_INITIATED',
      amount: yuan(600000.5),
      currency: 'CNY',
      requester: actor,
      chain: [{ role: 'supervisor' }],
      requestedAt: Date.now(),
      timing: DEFAULT_APPROVAL_TIMING,
    };
    const handle = await app.temporal.workflow.start('approvalWorkflow', {
      workflowId: approvalWorkflowId(request.approvalId),
      taskQueue: app.taskQueue,
      args: [request],
    });
    expect((await handle.query(approvalQuery)).request).toMatchObject({ amount: 60_000_050, amountsIn: 'minor' });
    const row = await eventually(() => app.db.approval.findUnique({ where: { id: request.approvalId } }));
    expect(row.amountMinor).toBe(60_000_050n);
    await handle.terminate('done looking');
  });
});

describe('a pending approval', () => {
  it('survives continue-as-new: the request answers the deal’s new run, which moves', async () => {
    const org = await orgChart(app);
    const presales = await makeUser(app, 'presales');
    const { contactId } = await makeAccount(app);
    const c = {
      ...creation(),
      ownerId: org.rep.id,
      createdBy: { id: org.rep.id, role: 'rep' },
      facts: { ...factsFor.INTENT(contactId), ...factsFor.PROJECT_INITIATED(presales.id) },
    };
    const handle = await app.temporal.workflow.start('dealWorkflow', {
      workflowId: dealWorkflowId(c.dealId),
      taskQueue: app.taskQueue,
      args: [{ creation: c, maxHistoryLength: 60 }],
    });
    const rep = { id: org.rep.id, role: 'rep' };
    await handle.executeUpdate(advanceUpdate, { args: [{ actor: rep, to: 'INTENT' }] });
    const asked = await handle.executeUpdate(advanceUpdate, { args: [{ actor: rep, to: 'PROJECT_INITIATED' }] });
    expect(asked).toMatchObject({ stage: 'INTENT', pendingApproval: { stage: 'PROJECT_INITIATED' } });
    const firstRun = (await handle.describe()).runId;
    // The deal continues as new once idle with a long history.
    for (let i = 0; i < 20; i++) await executeUpdate(handle, recordFactsUpdate, { actor: rep, facts: { sponsor: `CFO round ${i}` } });
    await eventually(async () => (await handle.describe()).runId !== firstRun);
    expect((await handle.query(dealQuery)).pendingApproval?.approvalId).toBe(asked.pendingApproval!.approvalId);
    const approvalId = asked.pendingApproval!.approvalId;
    await eventually(async () => (await app.db.approval.findUnique({ where: { id: approvalId } }))?.assigneeId === org.supervisor.id);
    expect((await org.supervisor.api('POST', `/api/v1/approvals/${approvalId}/decision`, { decision: 'approve' })).status).toBe(200);
    const moved = await eventually(async () => {
      const view = await handle.query(dealQuery);
      return view.stage === 'PROJECT_INITIATED' && view;
    });
    expect(moved.pendingApproval).toBeUndefined();
  });
});

describe('the projection activity', () => {
  it('never lets an older snapshot win and adds no timeline entry twice', async () => {
    const { handle, dealId } = await start();
    await handle.executeUpdate(recordFactsUpdate, { args: [{ actor, facts: { industry: 'Retail' } }] });
    const live = await handle.query(dealQuery);
    await eventually(() => app.db.deal.findUnique({ where: { id: dealId } }).then((d) => d?.version === 2));

    const { projectDeal } = projectionActivities(app.db);
    const stale = { ...live, workflowId: dealWorkflowId(dealId), version: 1, title: 'stale title' };
    const entry = { seq: 2, type: 'facts_recorded' as const, at: Date.now(), actorId: actor.id, data: { replayed: true } };
    await projectDeal({ deal: stale, entries: [entry] });
    await projectDeal({ deal: stale, entries: [entry] });

    const row = await app.db.deal.findUniqueOrThrow({ where: { id: dealId } });
    expect(row).toMatchObject({ version: 2, title: 'Workflow-level deal' });
    const events = await app.db.timelineEvent.findMany({ where: { dealId } });
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.seq === 2)?.data).toEqual({ changes: { industry: 'Retail' } });
  });
});
