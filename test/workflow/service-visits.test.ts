import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_SERVICE_TIMING, SEED_HOLIDAY_CALENDAR, landInWorkingHours } from '../../process';
import { recordAcceptanceUpdate, scheduleVisitUpdate, serviceQuery } from '../../workflows/service/messages';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, makeUser } from '../support/fixtures';
import { addressedTo, mailbox } from '../support/mailbox';
import { fastService, seasonsAround, servicedContract } from '../support/service-scene';

const MONTH_S = 3;
let app: TestApp;
const mail = mailbox(inject('stack').mailWebUrl!);
const at = (isoWithOffset: string) => Date.parse(isoWithOffset);
const inShanghai = (instant: number) => new Date(instant).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
const fast = fastService(MONTH_S, 4);

beforeAll(async () => {
  app = await startTestApp({
    collectionTiming: { day: { seconds: 1 }, workingHoursOnly: false },
    serviceTiming: { ...fast, visits: { ...fast.visits!, seasons: seasonsAround(Date.now()) } },
  });
});
afterAll(() => app?.stop());

/** A contract's service restarted on real-length timing from `signedAt`, as if signed then: its plan lands in working hours. */
async function serviceSignedOn(title: string, signedAt: number) {
  const c = await servicedContract(app, title);
  const { start } = await c.service.query();
  await c.handle.terminate('restarted as signed earlier, on real-length timing');
  const handle = await app.temporal.workflow.start('serviceWorkflow', {
    workflowId: c.handle.workflowId,
    taskQueue: app.taskQueue,
    args: [{ ...start, signedAt, warrantyMonths: 12, timing: DEFAULT_SERVICE_TIMING }],
  });
  return { ...c, handle };
}

describe.concurrent('the visit programme', () => {
  it('visits at acceptance inside a season and when the next opens, with the routine visits, each due with an alert and an email', async () => {
    const c = await servicedContract(app, 'Seasonal visits');
    const signedAt = Date.now();
    const accepted = await c.service.update(recordAcceptanceUpdate, { signedBy: 'Zhou Min', signedAt });
    const due = (key: string) => (accepted.visits.find((v) => v.key.startsWith(key))!.dueAt - signedAt) / 1000;
    const seasonal = accepted.visits.filter((v) => v.kind === 'seasonal');
    expect(seasonal.map((v) => [v.season, (v.dueAt - signedAt) / 1000])).toEqual([
      ['rainy', 0],
      ['heating', MONTH_S],
    ]);
    expect(new Set(accepted.visits.map((v) => v.key)).size).toBe(accepted.visits.length);
    expect(due('routine-1')).toBe(2);

    for (const v of [...seasonal, accepted.visits.find((v) => v.key === 'routine-1')!])
      await c.service.step('visit_alerted', (d) => d.visitId === v.id && d.level === 'due');
    const reference = c.contract.reference as string;
    await mail.waitFor((e) => addressedTo(c.engineer.email)(e) && e.subject === `Service due: Seasonal visit — ${reference}`);
    await mail.waitFor((e) => addressedTo(c.engineer.email)(e) && e.subject === `Service due: Routine visit — ${reference}`);
  }, 60_000);

  it('skips the National Day holiday and the weekend, in working hours: accepted on 14 September 2026', async () => {
    const c = await serviceSignedOn('Visits past a holiday', at('2026-08-17T10:00:00+08:00'));
    const accepted = await c.handle.executeUpdate(recordAcceptanceUpdate, {
      args: [{ actor: c.actor, signedBy: 'Zhou Min', signedAt: at('2026-09-14T10:00:00+08:00') }],
    });
    const due = (key: string) => inShanghai(accepted.visits.find((v) => v.key === key)!.dueAt);
    // 20 days on is Sunday 4 October, inside the holiday of 1–7 October.
    expect(due('routine-1')).toBe('2026-10-08 09:00:00');
    // The heating season opens on Sunday 1 November.
    expect(due('seasonal-heating-2026')).toBe('2026-11-02 09:00:00');
    const routine1 = accepted.visits.find((v) => v.key === 'routine-1')!;
    await eventually(async () => (await c.handle.query(serviceQuery)).history.find((h) => h.type === 'visit_alerted' && h.data.visitId === routine1.id));
    await c.handle.terminate('done with it');
  }, 60_000);

  it('keeps a visit for someone other than the lead to their working hours, in New York', async () => {
    const c = await serviceSignedOn('Visit in New York', Date.now() - 60_000);
    const colleague = await makeUser(app, 'service', { timezone: 'America/New_York', workdayStart: '09:00', workdayEnd: '17:00' });
    const dueAt = Date.now() + 3_600_000;
    const view = await c.handle.executeUpdate(scheduleVisitUpdate, { args: [{ actor: c.actor, dueAt, assigneeId: colleague.id, purpose: 'firmware' }] });
    const visit = view.visits.find((v) => v.kind === 'technical')!;
    const hours = { timezone: 'America/New_York', start: '09:00', end: '17:00' };
    expect(visit).toMatchObject({ assigneeId: colleague.id, hours });
    const alarm = view.next.find((n) => n.id === visit.id)!;
    expect(alarm.at).toBe(landInWorkingHours(dueAt, hours, SEED_HOLIDAY_CALENDAR, DEFAULT_SERVICE_TIMING));
    expect(alarm.at).not.toBe(landInWorkingHours(dueAt, view.start.hours, SEED_HOLIDAY_CALENDAR, DEFAULT_SERVICE_TIMING));

    const own = await c.handle.executeUpdate(scheduleVisitUpdate, { args: [{ actor: c.actor, dueAt, purpose: 'the lead’s own' }] });
    expect(own.visits.find((v) => v.key === 'technical-2')).toMatchObject({ assigneeId: c.engineer.id, hours: view.start.hours });
    await c.handle.terminate('done with it');
  }, 60_000);
});
