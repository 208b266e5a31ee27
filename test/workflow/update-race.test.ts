import { afterAll, beforeAll, expect, it } from 'vitest';
import { DealGateway } from '../../api/deals/gateway';
import { DEFAULT_WORKING_HOURS } from '../../process';
import { recordFactsUpdate } from '../../workflows/deal/messages';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, startDeal } from '../support/fixtures';

/** Holds the next projection until released, so a signal can land while that workflow task is on the worker. */
function projectionHold() {
  let armed = false;
  let reached = () => {};
  let released = Promise.resolve();
  return {
    arm() {
      armed = true;
      let release = () => {};
      released = new Promise((resolve) => (release = resolve));
      return { reached: new Promise<void>((resolve) => (reached = resolve)), release: () => release() };
    },
    async pass() {
      if (!armed) return;
      armed = false;
      reached();
      await released;
    },
  };
}

let app: TestApp;
const hold = projectionHold();
beforeAll(async () => {
  app = await startTestApp({
    activities: (real) => ({
      ...real,
      projectDeal: async (arg) => {
        await hold.pass();
        return real.projectDeal(arg);
      },
    }),
  });
});
afterAll(() => app?.stop());

it('a signal that lands while a command on a long history is projected leaves the timeline as it happened', async () => {
  // The first task writes 7 events; the command's task then finds the history long.
  const { dealId, handle, actor } = await startDeal(app, { maxHistoryLength: 8 });
  const firstRun = (await handle.describe()).runId;
  await eventually(() => app.db.deal.findUnique({ where: { id: dealId } }));

  const held = hold.arm();
  const gateway = new DealGateway(app.temporal, app.taskQueue);
  const sent = gateway.command(dealId, recordFactsUpdate, { actor, facts: { industry: 'Energy' } });
  await held.reached;
  // In life an approval's or a contract's news; here the owner's calendar.
  await gateway.tellOwnerCalendar(dealId, { hours: DEFAULT_WORKING_HOURS, supervisorId: null });
  held.release();

  expect((await sent).facts).toMatchObject({ industry: 'Energy' });
  expect((await handle.describe()).runId).not.toBe(firstRun);
  // Had the task that records the facts also projected and continued as new, the signal would have
  // had the server discard it after its projection wrote seq 2, and the calendar change would be lost.
  const entries = await eventually(async () => {
    const rows = await app.db.timelineEvent.findMany({ where: { dealId }, orderBy: { seq: 'asc' } });
    return rows.length === 3 && rows.map((r) => r.type);
  });
  expect(entries).toEqual(['created', 'facts_recorded', 'owner_calendar_changed']);
});
