import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, makeAccount, makeUser } from '../support/fixtures';
import { addressedTo, mailbox } from '../support/mailbox';
import { fastTiming } from '../support/timing';

let app: TestApp;
const mail = mailbox(inject('stack').mailWebUrl!);
beforeAll(async () => {
  app = await startTestApp({ followUpTiming: fastTiming(2) });
});
afterAll(() => app?.stop());

it('reminds the owner of an idle deal, then tells the supervisor; an activity resets the clock', async () => {
  const supervisor = (await makeUser(app, 'supervisor')) as Awaited<ReturnType<typeof makeUser>> & { email: string };
  const rep = (await makeUser(app, 'rep', { supervisorId: supervisor.id })) as typeof supervisor;
  const { accountId } = await makeAccount(app);
  const deal = (await rep.api('POST', '/api/v1/deals', { title: 'Gone quiet', accountId, amount: 1 })).body;
  expect(deal.reminders).toEqual([{ at: expect.any(String), kind: 'stall', level: 1 }]);

  const toRep = await mail.waitFor(addressedTo(rep.email), 6_000);
  expect(toRep.subject).toContain('Gone quiet');
  const toSupervisor = await mail.waitFor(addressedTo(supervisor.email), 6_000);
  expect(toSupervisor.subject).toContain('Gone quiet');

  const timeline = await eventually(async () => {
    const items = (await rep.api('GET', `/api/v1/deals/${deal.id}/timeline`)).body.items as { type: string; data: { level: number } }[];
    const stalls = items.filter((e) => e.type === 'stall_alerted');
    return stalls.length === 2 && stalls;
  });
  expect(timeline.map((e) => e.data.level)).toEqual([1, 2]);

  expect((await rep.api('POST', `/api/v1/deals/${deal.id}/activities`, { type: 'call', summary: 'Back in touch' })).status).toBe(201);
  const logged = await rep.api('GET', `/api/v1/deals/${deal.id}`);
  expect(logged.body.reminders).toEqual([{ at: expect.any(String), kind: 'stall', level: 1 }]);
  expect(Date.parse(logged.body.reminders[0].at)).toBeGreaterThan(Date.now());
});
