import { afterAll, beforeAll, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { approveAll, orgChart } from '../support/approvals';
import { eventually, factsFor, makeAccount, makeUser } from '../support/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

it('loses nothing when the worker restarts in the middle of a walk', async () => {
  const org = await orgChart(app);
  const rep = org.rep;
  const presales = await makeUser(app, 'presales');
  const { accountId, contactId } = await makeAccount(app);
  const deal = (await rep.api('POST', '/api/v1/deals', { title: 'Restart-proof', accountId, amount: 300000, facts: factsFor.INTENT(contactId) })).body;
  expect((await rep.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to: 'INTENT' })).status).toBe(200);

  // With no worker polling, the commands wait on the server instead of failing.
  const [recorded, moved] = await app.withWorkerDown(async () => {
    const read = await rep.api('GET', `/api/v1/deals/${deal.id}`);
    expect(read.status).toBe(503);
    expect(read.headers.get('retry-after')).toBe('5');
    expect(read.body.detail).toMatch(/is a worker running/);
    const pending = rep.api('PATCH', `/api/v1/deals/${deal.id}/facts`, factsFor.PROJECT_INITIATED(presales.id));
    await new Promise((r) => setTimeout(r, 500));
    return [await Promise.race([pending, new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), 200))]), pending] as const;
  });
  expect(recorded).toBe('waiting');
  expect((await moved).status).toBe(200);

  const asked = await rep.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to: 'PROJECT_INITIATED' });
  expect(asked.status).toBe(202);
  const advanced = await approveAll(app, deal.id, org.people);
  expect(advanced.history.map((h: { to: string }) => h.to)).toEqual(['INTENT', 'PROJECT_INITIATED']);

  const timeline = await eventually(async () => {
    const res = await rep.api('GET', `/api/v1/deals/${deal.id}/timeline`);
    return res.body.items.at(-1)?.type === 'stage_changed' && res.body.items.length > 4 && res.body.items;
  });
  expect(timeline.map((e: { type: string }) => e.type)).toEqual([
    'created',
    'stage_changed',
    'facts_recorded',
    'approval_requested',
    'approval_assigned',
    'approval_approved',
    'stage_changed',
  ]);
});
