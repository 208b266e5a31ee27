import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { digestScheduleId, ensureDigestSchedule } from '../../worker/digest-schedule';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, makeAccount, makeUser } from '../support/fixtures';
import { addressedTo, mailbox } from '../support/mailbox';

let app: TestApp;
const mail = mailbox(inject('stack').mailWebUrl!);

beforeAll(async () => {
  app = await startTestApp();
});

/** Runs the digest as the schedule would, as if it were `iso` now. */
const digestAt = (iso: string) =>
  app.temporal.workflow.execute('morningDigestWorkflow', {
    taskQueue: app.taskQueue,
    workflowId: `digest-${randomUUID()}`,
    args: [Date.parse(iso)],
  }) as Promise<{ sent: number }>;
afterAll(() => app?.stop());

/** A rep (Asia/Shanghai, 09:00–18:00) with follow-ups due at the given instants. */
async function repWithFollowUps(dues: string[]) {
  const rep = (await makeUser(app, 'rep', { locale: 'en' })) as Awaited<ReturnType<typeof makeUser>> & { email: string };
  const { accountId } = await makeAccount(app);
  const deal = (await rep.api('POST', '/api/v1/deals', { title: `Digest ${rep.id.slice(0, 6)}`, accountId, amount: 1 })).body;
  await eventually(() => app.db.deal.findUnique({ where: { id: deal.id } }));
  for (const [i, dueAt] of dues.entries())
    await app.db.followUp.create({
      data: {
        id: randomUUID(),
        dealId: deal.id,
        ownerId: rep.id,
        kind: 'next_step',
        action: `Step ${i + 1}`,
        dueAt: new Date(dueAt),
        state: 'open',
        createdAt: new Date(),
        updatedAt: new Date(),
      },
    });
  return rep;
}

describe('the morning digest', () => {
  it('sends a rep at 09:00 on a working day what is due today and what is overdue, once', async () => {
    const rep = await repWithFollowUps(['2026-12-07T06:00:00Z', '2026-12-04T02:00:00Z', '2026-12-08T03:00:00Z']);
    await digestAt('2026-12-07T01:00:00Z');
    const digest = await mail.waitFor(addressedTo(rep.email));
    expect(digest.subject).toMatch(/1 due, 1 overdue/);
    expect(digest.text).toContain('Step 1');
    expect(digest.text).toContain('Step 2');
    expect(digest.text).not.toContain('Step 3');
    await digestAt('2026-12-07T01:10:00Z');
    expect(await mail.countFor(rep.email)).toBe(1);
  });

  it('sends nothing outside the opening hour, on weekends and holidays, or with nothing to do', async () => {
    const rep = await repWithFollowUps(['2026-10-01T03:00:00Z']);
    await digestAt('2026-12-07T05:00:00Z'); // Monday 13:00
    await digestAt('2026-12-05T01:00:00Z'); // Saturday 09:00
    await digestAt('2026-10-02T01:00:00Z'); // National Day
    expect(await mail.countFor(rep.email)).toBe(0);
    await digestAt('2026-10-10T01:00:00Z'); // make-up working Saturday
    expect(await mail.countFor(rep.email)).toBe(1);
    const idle = (await makeUser(app, 'rep')) as Awaited<ReturnType<typeof makeUser>> & { email: string };
    await digestAt('2026-12-07T01:00:00Z');
    expect(await mail.countFor(idle.email)).toBe(0);
  });

  it('runs from an hourly Temporal Schedule', async () => {
    expect(await digestAt('2026-12-06T01:00:00Z')).toEqual({ sent: 0 }); // Sunday

    await ensureDigestSchedule(app.temporal, app.taskQueue);
    await ensureDigestSchedule(app.temporal, app.taskQueue);
    const schedule = app.temporal.schedule.getHandle(digestScheduleId(app.taskQueue));
    const described = await schedule.describe();
    expect(described.spec.calendars?.[0]).toMatchObject({ minute: [{ start: 0, end: 0, step: 1 }] });
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'morningDigestWorkflow', taskQueue: app.taskQueue });
    await schedule.delete();
  });
});
