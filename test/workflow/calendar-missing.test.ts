import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prisma } from '../../scripts/prisma/cli';
import { type TestApp, startTestApp } from '../support/app';
import { makeUser } from '../support/fixtures';
import { type CaughtEmail, addressedTo, mailbox } from '../support/mailbox';
import { privateDatabase } from '../support/private-database';

// Which years are missing depends on the calendar stored, and the admins told on every admin there
// is, so this file runs on a database of its own.
let app: TestApp;
let database: Awaited<ReturnType<typeof privateDatabase>>;
const mail = mailbox(inject('stack').mailWebUrl!);

type Person = { id: string; email: string };
let enAdmin: Person;
let zhAdmin: Person;
let formerAdmin: Person;
let rep: Person;

beforeAll(async () => {
  database = await privateDatabase();
  await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: database.url } });
  app = await startTestApp({ databaseUrl: database.url });
  enAdmin = await app.db.user.findUniqueOrThrow({ where: { id: app.adminId } });
  zhAdmin = await makeUser(app, 'admin', { locale: 'zh-CN' });
  formerAdmin = await makeUser(app, 'admin');
  await app.db.user.update({ where: { id: formerAdmin.id }, data: { active: false } });
  rep = await makeUser(app, 'rep');
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

/** Runs the hourly digest as the schedule would, as if it were `iso` now. */
const digestAt = (iso: string) =>
  app.temporal.workflow.execute('morningDigestWorkflow', { taskQueue: app.taskQueue, workflowId: `digest-${randomUUID()}`, args: [Date.parse(iso)] });

const calendarMails = async (who: Person, year: number): Promise<CaughtEmail[]> =>
  (await mail.list()).filter((e) => addressedTo(who.email)(e) && e.subject.includes(String(year)) && /Holiday calendar|节假日日历/.test(e.subject));

describe('admins told of a missing holiday-calendar year', () => {
  it('hears nothing of 2027 until 1 November 2026 in Shanghai', async () => {
    await digestAt('2026-10-31T15:59:00Z'); // 23:59 on 31 October in Shanghai
    for (const who of [enAdmin, zhAdmin]) expect(await calendarMails(who, 2027)).toEqual([]);
    expect(await app.db.emailOutbox.count({ where: { key: { startsWith: 'calendar-missing:' } } })).toBe(0);
  });

  it('from then on, emails each active admin once about 2027, in their language, with a link to the calendar screen', async () => {
    await digestAt('2026-11-02T01:00:00Z');
    const en = await mail.waitFor((e) => addressedTo(enAdmin.email)(e) && e.subject.includes('2027'));
    const zh = await mail.waitFor((e) => addressedTo(zhAdmin.email)(e) && e.subject.includes('2027'));
    expect(en.subject).toBe('Holiday calendar: 2027 is missing, please add it');
    expect(en.text).toContain('its public holidays will be treated as working days');
    expect(en.text).toContain('Add 2027 to the calendar: http://dealflow.test/admin/calendar');
    expect(en.html).toContain('href="http://dealflow.test/admin/calendar"');
    expect(zh.subject).toBe('【节假日日历】缺少 2027 年的节假日安排，请补充');
    expect(zh.text).toContain('节假日会被当作工作日');
    expect(zh.text).toContain('补充 2027 年节假日：http://dealflow.test/admin/calendar');
    expect(zh.html).toContain('href="http://dealflow.test/admin/calendar"');

    await digestAt('2026-11-02T02:00:00Z');
    await digestAt('2026-12-07T01:00:00Z');
    for (const who of [enAdmin, zhAdmin]) expect(await calendarMails(who, 2027)).toHaveLength(1);
    for (const who of [formerAdmin, rep]) expect(await mail.countFor(who.email)).toBe(0);
    const outbox = await app.db.emailOutbox.findMany({ where: { key: { startsWith: 'calendar-missing:' } }, orderBy: { key: 'asc' } });
    expect(outbox.map((r) => [r.key, r.status, r.locale])).toEqual(
      [
        [`calendar-missing:2027:${enAdmin.id}`, 'sent', 'en'],
        [`calendar-missing:2027:${zhAdmin.id}`, 'sent', 'zh-CN'],
      ].sort(),
    );
  });

  it('once 2027 is stored, says nothing more until 2028 is needed, and tells an admin who came later of the year they are in', async () => {
    const put = await app.admin('PUT', '/api/v1/calendar/years/2027', {
      holidays: [{ from: '2027-02-06', to: '2027-02-12', name: { zh: '春节', en: 'Spring Festival' } }],
      workdays: ['2027-02-20'],
    });
    expect(put.status).toBe(200);
    await digestAt('2027-06-01T01:00:00Z');
    expect(await app.db.emailOutbox.count({ where: { key: { startsWith: 'calendar-missing:' } } })).toBe(2);

    await digestAt('2027-11-02T01:00:00Z');
    await digestAt('2027-11-02T02:00:00Z');
    await mail.waitFor((e) => addressedTo(zhAdmin.email)(e) && e.subject.includes('2028'));
    for (const who of [enAdmin, zhAdmin]) {
      expect(await calendarMails(who, 2028)).toHaveLength(1);
      expect(await calendarMails(who, 2027)).toHaveLength(1);
    }

    // 2028 is here and still missing: a new admin hears of it once, the others not again.
    const newcomer = await makeUser(app, 'admin');
    await digestAt('2028-03-01T01:00:00Z');
    await digestAt('2028-03-02T01:00:00Z');
    const told = await mail.waitFor((e) => addressedTo(newcomer.email)(e) && e.subject.includes('2028'));
    expect(told.text).toContain('will count 2028 by weekends only');
    expect(await mail.countFor(newcomer.email)).toBe(1);
    for (const who of [enAdmin, zhAdmin]) expect(await calendarMails(who, 2028)).toHaveLength(1);
  });
});
