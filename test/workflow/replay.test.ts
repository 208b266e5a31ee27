import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { temporal } from '@temporalio/proto';
import { DeterminismViolationError } from '@temporalio/workflow';
import { DefaultLogger, Runtime, Worker, bundleWorkflowCode, makeTelemetryFilterString } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWorkflows } from '../../worker/worker';
import { dealWorkflowId } from '../../workflows/deal/messages';
import { type TestApp, startTestApp } from '../support/app';
import { factsFor, makeAccount, makeUser } from '../support/fixtures';

// The deliberately broken replay below makes the SDK core warn; only errors are worth printing here.
Runtime.install({
  logger: new DefaultLogger('ERROR'),
  telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }), forward: {} } },
});

const fixtures = fileURLToPath(new URL('../fixtures/histories/', import.meta.url));
let app: TestApp;
let walked: unknown;

/** A short real walk: created, facts, forward, back, lost, reopened. */
async function walk() {
  const rep = await makeUser(app, 'rep');
  const { accountId, contactId } = await makeAccount(app);
  const created = await rep.api('POST', '/api/v1/deals', { title: 'Replayed', accountId, amount: 5000 });
  expect(created.status).toBe(201);
  const deal = created.body;
  const steps: [string, string, unknown][] = [
    ['PATCH', 'facts', factsFor.INTENT(contactId)],
    ['POST', 'transitions', { to: 'INTENT' }],
    ['POST', 'activities', { type: 'email_material', summary: 'Brochure' }],
    ['POST', 'callbacks', { at: new Date(Date.now() + 3_600_000).toISOString(), contactId }],
    ['POST', 'transitions', { to: 'LEAD', note: 'customer paused' }],
    ['POST', 'lost', { lostReason: 'no_decision', lostNote: 'stalled' }],
    ['POST', 'reopen', { reason: 'new sponsor' }],
  ];
  for (const [method, path, body] of steps) {
    const res = await rep.api(method, `/api/v1/deals/${deal.id}/${path}`, body);
    expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(200);
  }
  const history = await app.temporal.workflow.getHandle(dealWorkflowId(deal.id)).fetchHistory();
  return history;
}

beforeAll(async () => {
  app = await startTestApp();
  walked = await walk();
  if (process.env.RECORD_HISTORY) await writeFile(`${fixtures}deal-walk-v1.json`, JSON.stringify(walked));
});
afterAll(() => app?.stop());

describe('DealWorkflow replay', () => {
  it('replays every recorded history with the current code', async () => {
    const files = (await readdir(fixtures)).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    const workflowBundle = await bundleWorkflows();
    for (const file of files) {
      const history = temporal.api.history.v1.History.fromObject(JSON.parse(await readFile(`${fixtures}${file}`, 'utf8')));
      await Worker.runReplayHistory({ workflowBundle, replayName: file }, history);
    }
    await Worker.runReplayHistory({ workflowBundle }, walked);
  });

  it('fails when the workflow code no longer fits a history', async () => {
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: fileURLToPath(new URL('../fixtures/altered-workflow/index.ts', import.meta.url)),
      logger: new DefaultLogger('ERROR'),
    });
    await expect(Worker.runReplayHistory({ workflowBundle }, walked)).rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
