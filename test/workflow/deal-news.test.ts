import { randomUUID } from 'node:crypto';
import { temporal } from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealWorkflowId } from '../../workflows/deal/messages';
import { tenderWorkflowId } from '../../workflows/tender/messages';
import { type TestApp, startTestApp } from '../support/app';
import { fastApprovals } from '../support/approvals';
import { dealInNegotiation } from '../support/contract-scene';
import { eventually, makeUser } from '../support/fixtures';
import { recordHistory } from '../support/history-fixtures';

const { EventType } = temporal.api.enums.v1;
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ approvalTiming: fastApprovals() });
});
afterAll(() => app?.stop());

const eventsOf = async (workflowId: string) => (await app.temporal.workflow.getHandle(workflowId).fetchHistory()).events ?? [];

describe('news from a child workflow to its deal', () => {
  it('waits while the deal is down and reaches it once it runs again', async () => {
    const s = await dealInNegotiation(app, 'Deal down a while');
    const presales = await makeUser(app, 'presales');
    const hour = 3_600_000;
    const started = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/tender`, {
      tenderNo: `ZB-${randomUUID().slice(0, 6)}`,
      issuedAt: new Date(Date.now() - hour).toISOString(),
      submissionDeadline: new Date(Date.now() + 48 * hour).toISOString(),
      openingAt: new Date(Date.now() + 72 * hour).toISOString(),
      presalesId: presales.id,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const tenderId = started.body.id as string;
    await eventually(() => app.db.timelineEvent.findFirst({ where: { dealId: s.deal.id, type: 'tender_started' } }));

    // The deal stops running (an operator terminated it by mistake) while its tender has news.
    const deal = app.temporal.workflow.getHandle(dealWorkflowId(s.deal.id));
    await deal.terminate('taken down for the test');
    expect((await presales.api('PATCH', `/api/v1/tenders/${tenderId}/checklist/technical_proposal`, { done: true })).status).toBe(200);
    const failed = (e: temporal.api.history.v1.IHistoryEvent) => e.eventType === EventType.EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED;
    await eventually(async () => (await eventsOf(tenderWorkflowId(tenderId))).some(failed));

    // Reset to its last completed task: the deal runs again, and the tender's retry reaches it.
    const history = await eventsOf(dealWorkflowId(s.deal.id));
    const lastTask = history.filter((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED).at(-1)!;
    const { runId } = await deal.describe();
    await app.temporal.workflowService.resetWorkflowExecution({
      namespace: 'default',
      workflowExecution: { workflowId: dealWorkflowId(s.deal.id), runId },
      reason: 'brought back for the test',
      workflowTaskFinishEventId: lastTask.eventId,
      requestId: randomUUID(),
    });
    const told = await eventually(() => app.db.timelineEvent.findFirst({ where: { dealId: s.deal.id, type: 'tender_checklist_updated' } }), 30_000);
    expect(told.data).toMatchObject({ item: 'technical_proposal', done: true });
    const tender = (await s.rep.api('GET', `/api/v1/tenders/${tenderId}`)).body;
    expect(tender.history.map((h: { type: string }) => h.type)).not.toContain('deal_unreachable');
    // v3: a signal the deal did not take, retried (the 'deal-news-kept' patch).
    await recordHistory('tender-deal-down-v3.json', await app.temporal.workflow.getHandle(tenderWorkflowId(tenderId)).fetchHistory());
  });
});
