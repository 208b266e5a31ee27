import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { executeUpdate } from '../../api/http/resent-update';
import { bundleWorkflows, createWorker } from '../../worker/worker';
import { makeCurrent } from '../../worker/deployment';
import { recordFactsUpdate } from '../../workflows/deal/messages';
import { respondUpdate } from '../../workflows/ticket/messages';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, startDeal } from '../support/fixtures';
import { secondsPolicy, ticketScene } from '../support/tickets';

const { VersioningBehavior } = temporal.api.enums.v1;
let app: TestApp;
const workers: { stop(): Promise<void> }[] = [];
let buildA: Awaited<ReturnType<typeof startBuild>>;

/** A worker of the same code under another build id, on the file's task queue and deployment. */
async function startBuild(buildId: string, rollout: 'current' | 'manual' = 'current') {
  const { worker, connection, version, start } = await createWorker({
    temporalAddress: inject('stack').temporalAddress,
    namespace: 'default',
    taskQueue: app.taskQueue,
    db: app.db,
    mail: app.mail,
    workflowBundle: await bundleWorkflows(),
    deployment: { name: app.taskQueue, buildId, rollout },
  });
  const { running, current } = start();
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      worker.shutdown();
      await running;
      await connection.close();
    })());
  workers.push({ stop });
  await current;
  return { stop, makeCurrent: () => makeCurrent(connection, 'default', app.taskQueue, version) };
}

/** The build a workflow's run is on, and how it moves. */
async function versioning(handle: WorkflowHandle, runId?: string) {
  const described = await app.temporal.workflow.getHandle(handle.workflowId, runId).describe();
  const info = described.raw.workflowExecutionInfo?.versioningInfo;
  return { runId: described.runId, buildId: info?.deploymentVersion?.buildId, behavior: info?.behavior };
}

/** The build of every worker that completed a task of the run. */
async function buildsThatRan(handle: WorkflowHandle, runId: string) {
  const { events } = await app.temporal.workflow.getHandle(handle.workflowId, runId).fetchHistory();
  return (events ?? []).flatMap((e) => e.workflowTaskCompletedEventAttributes?.deploymentVersion?.buildId ?? []);
}

beforeAll(async () => {
  app = await startTestApp();
  buildA = await startBuild('build-a');
});
afterAll(async () => {
  for (const w of workers) await w.stop();
  await app?.stop();
});

describe('Worker Versioning', () => {
  it('keeps a deal on the build it started on until it continues as new, and moves a ticket at its next task', async () => {
    const { handle: deal, actor } = await startDeal(app);
    await eventually(async () => (await versioning(deal)).buildId === 'build-a');
    const firstRun = await versioning(deal);
    expect(firstRun.behavior).toBe(VersioningBehavior.VERSIONING_BEHAVIOR_PINNED);

    const scene = await ticketScene(app);
    const ticket = await scene.openTicket({ support: secondsPolicy(600, 3_600) });
    await eventually(async () => (await versioning(ticket.handle)).buildId === 'build-a');
    expect((await versioning(ticket.handle)).behavior).toBe(VersioningBehavior.VERSIONING_BEHAVIOR_AUTO_UPGRADE);

    // Build B rolls out by hand: its workers poll beside build A's, then it is made current (what
    // `temporal worker deployment set-current-version` does).
    const buildB = await startBuild('build-b', 'manual');
    await buildB.makeCurrent();

    // The ticket's next task runs on the new current build.
    await ticket.handle.executeUpdate(respondUpdate, { args: [{ actor: { id: scene.engineer.id, role: 'service' }, note: 'On our way' }] });
    expect(await versioning(ticket.handle)).toMatchObject({ buildId: 'build-b', behavior: VersioningBehavior.VERSIONING_BEHAVIOR_AUTO_UPGRADE });

    // The deal stays where it started while build B is current: build A takes its next command...
    expect((await versioning(deal)).buildId).toBe('build-a');
    const view = await executeUpdate(deal, recordFactsUpdate, { actor, facts: { needSummary: 'asked on build A' } });
    expect(view.facts.needSummary).toBe('asked on build A');
    // ...and then the deal continues as new onto build B, keeping what it knew. (The new run is
    // pinned once its first task completes.)
    const next = await eventually(async () => {
      const now = await versioning(deal);
      return now.runId !== firstRun.runId && now.behavior === VersioningBehavior.VERSIONING_BEHAVIOR_PINNED ? now : undefined;
    });
    expect(next).toMatchObject({ buildId: 'build-b', behavior: VersioningBehavior.VERSIONING_BEHAVIOR_PINNED });
    expect(new Set(await buildsThatRan(deal, firstRun.runId))).toEqual(new Set(['build-a']));
    expect(new Set(await buildsThatRan(deal, next.runId))).toEqual(new Set(['build-b']));
    const carried = await executeUpdate(deal, recordFactsUpdate, { actor, facts: { requirements: 'on build B' } });
    expect(carried.facts).toMatchObject({ needSummary: 'asked on build A', requirements: 'on build B' });

    // Build C replaces every worker at once (npm start, compose up): the deal pinned to B moves to C.
    await buildA.stop();
    await buildB.stop();
    await startBuild('build-c');
    const adopted = await executeUpdate(deal, recordFactsUpdate, { actor, facts: { sponsor: 'on build C' } });
    expect(adopted.facts).toMatchObject({ needSummary: 'asked on build A', sponsor: 'on build C' });
    expect(await versioning(deal)).toMatchObject({ runId: next.runId, buildId: 'build-c', behavior: VersioningBehavior.VERSIONING_BEHAVIOR_PINNED });
  });
});
