import { ApplicationFailure } from '@temporalio/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type EmailRequest, emailActivities } from '../../activities/email/send';
import { freePort } from '../../scripts/stack/ports';
import { type TestApp, startTestApp } from '../support/app';
import { makeUser } from '../support/fixtures';
import { type Mailbox, addressedTo, mailbox } from '../support/mailbox';

const stack = inject('stack');
const FROM = 'Dealflow <dealflow@dealflow.test>';

let app: TestApp;
let transport: Transporter;
let inbox: Mailbox;
let sendEmail: ReturnType<typeof emailActivities>['sendEmail'];
let keys = 0;

beforeAll(async () => {
  app = await startTestApp();
  transport = nodemailer.createTransport(stack.smtpUrl);
  inbox = mailbox(stack.mailWebUrl!);
  ({ sendEmail } = emailActivities({ db: app.db, transport, from: FROM, publicUrl: 'https://dealflow.test' }));
});
afterAll(async () => {
  transport?.close();
  await app?.stop();
});

type Person = { id: string; email: string; name: string };
const person = (role: string, extra: Record<string, unknown> = {}) => makeUser(app, role, extra) as Promise<Person & Awaited<ReturnType<typeof makeUser>>>;
const newKey = () => `test:${process.pid}:${Date.now()}:${keys++}`;
const followUpDue = (to: Person, extra: Partial<EmailRequest> = {}): EmailRequest =>
  ({
    key: newKey(),
    template: 'followup_due',
    to: [to.id],
    vars: {
      dealTitle: 'Acme ERP rollout',
      dealUrl: 'https://dealflow.test/deals/1',
      action: 'Send the revised quote',
      dueAt: '2026-11-23T01:00:00Z',
      customerName: 'Acme Ltd',
    },
    ...extra,
  }) as EmailRequest;
/** Lets MailDev store anything still in flight before counting. */
const settle = () => new Promise((r) => setTimeout(r, 300));

describe.skipIf(!stack.mailWebUrl)('sendEmail', () => {
  it('writes to a zh-CN recipient in Chinese: UTF-8 subject intact, text and HTML parts, dates in Beijing time', async () => {
    const rep = await person('rep', { name: '王芳', locale: 'zh-CN', timezone: 'Asia/Shanghai' });
    await sendEmail({
      key: newKey(),
      template: 'callback_due',
      to: [rep.id],
      vars: { dealTitle: '华东电力 ERP 升级', dealUrl: 'https://dealflow.test/deals/2', contactName: '李经理', note: '确认报价', at: '2026-11-23T01:00:00Z' },
    });
    const email = await inbox.waitFor(addressedTo(rep.email));
    expect(email.subject).toBe('【回电提醒】华东电力 ERP 升级：李经理');
    expect(email.to).toEqual([{ address: rep.email, name: '王芳' }]);
    expect(email.text).toContain('王芳，您好：');
    expect(email.text).toContain('2026年11月23日 周一 09:00');
    expect(email.html).toContain('<html lang="zh-CN">');
    expect(email.html).toContain('确认报价');
    expect(email.html).toContain('href="https://dealflow.test/deals/2"');
  });

  it('writes to an en recipient in English', async () => {
    const rep = await person('rep', { name: 'Alice Smith', locale: 'en', timezone: 'Asia/Shanghai' });
    await sendEmail(followUpDue(rep));
    const email = await inbox.waitFor(addressedTo(rep.email));
    expect(email.subject).toBe('Follow-up due: Send the revised quote — Acme ERP rollout');
    expect(email.text).toContain('Hello Alice Smith,');
    expect(email.text).toContain('Mon, November 23, 2026 at 09:00');
    expect(email.html).toContain('<html lang="en">');
    expect(email.html).toContain('Acme Ltd');
  });

  it("renders dates in the first recipient's time zone", async () => {
    const rep = await person('rep', { locale: 'en', timezone: 'America/Los_Angeles' });
    await sendEmail(followUpDue(rep));
    const email = await inbox.waitFor(addressedTo(rep.email));
    // 01:00 UTC on the 23rd is still the afternoon of the 22nd in Los Angeles.
    expect(email.text).toContain('Sun, November 22, 2026 at 17:00');
  });

  it('sends one email per key, whether called again later or concurrently', async () => {
    const rep = await person('rep');
    const request = followUpDue(rep);
    const first = await sendEmail(request);
    const again = await sendEmail(request);
    expect(first.alreadySent).toBe(false);
    expect(again).toEqual({ messageId: first.messageId, alreadySent: true });

    // Racing attempts: on a new key, and on a key whose row an earlier attempt left pending.
    const concurrent = followUpDue(rep);
    const leftPending = followUpDue(rep);
    await app.db.emailOutbox.create({ data: { key: leftPending.key, to: [], cc: [], subject: '', template: 'followup_due', locale: 'en', status: 'pending' } });
    for (const request of [concurrent, leftPending]) {
      const results = await Promise.all([sendEmail(request), sendEmail(request), sendEmail(request)]);
      expect(results.filter((r) => !r.alreadySent)).toHaveLength(1);
      expect(new Set(results.map((r) => r.messageId)).size).toBe(1);
      expect(await app.db.emailOutbox.findUniqueOrThrow({ where: { key: request.key } })).toMatchObject({
        status: 'sent',
        attempts: 1,
        messageId: results[0].messageId,
      });
    }
    expect(await app.db.emailOutbox.findUniqueOrThrow({ where: { key: concurrent.key } })).toMatchObject({
      to: [rep.email],
      cc: [],
      template: 'followup_due',
      locale: 'en',
    });

    await settle();
    expect(await inbox.countFor(rep.email)).toBe(3);
  });

  it("resolves cc user ids to their addresses, e.g. the owner's supervisor", async () => {
    const supervisor = await person('supervisor');
    const rep = await person('rep', { supervisorId: supervisor.id });
    await sendEmail({
      key: newKey(),
      template: 'stall_owner',
      to: [rep.id],
      cc: [supervisor.id],
      vars: { dealTitle: 'Acme ERP rollout', dealUrl: 'https://dealflow.test/deals/3', stage: { en: 'Intent', 'zh-CN': '意向客户' }, idleDays: 14 },
    });
    const email = await inbox.waitFor(addressedTo(rep.email));
    expect(email.to.map((a) => a.address)).toEqual([rep.email]);
    expect(email.cc?.map((a) => a.address)).toEqual([supervisor.email]);
    expect(email.subject).toBe('No activity for 14 days: Acme ERP rollout');
  });

  it('fails non-retryably for an unknown user id, and sends nothing', async () => {
    const rep = await person('rep');
    const request = followUpDue(rep, { cc: ['00000000-0000-4000-8000-000000000000'] });
    const failure = await sendEmail(request).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ nonRetryable: true, type: 'UnknownRecipient', message: expect.stringContaining('00000000-0000-4000-8000-000000000000') });
    expect(await app.db.emailOutbox.findUnique({ where: { key: request.key } })).toBeNull();
    await settle();
    expect(await inbox.countFor(rep.email)).toBe(0);
  });

  it('throws on an SMTP failure so that Temporal retries, counting the attempt', async () => {
    const rep = await person('rep');
    const request = followUpDue(rep);
    const down = nodemailer.createTransport(`smtp://127.0.0.1:${await freePort()}`);
    const broken = emailActivities({ db: app.db, transport: down, from: FROM });
    await expect(broken.sendEmail(request)).rejects.toThrow(/ECONNREFUSED/);
    expect(await app.db.emailOutbox.findUniqueOrThrow({ where: { key: request.key } })).toMatchObject({ status: 'pending', attempts: 1, messageId: null });

    expect(await sendEmail(request)).toMatchObject({ alreadySent: false });
    expect(await app.db.emailOutbox.findUniqueOrThrow({ where: { key: request.key } })).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('resends with the same Message-ID when the database lost the "sent" mark, so receivers can drop the duplicate', async () => {
    const rep = await person('rep');
    const request = followUpDue(rep);
    const { messageId } = await sendEmail(request);
    // As if the worker died between the SMTP server's acceptance and the outbox update.
    await app.db.emailOutbox.update({ where: { key: request.key }, data: { status: 'pending', messageId: null } });
    expect(await sendEmail(request)).toEqual({ messageId, alreadySent: false });
    await settle();
    const caught = (await inbox.list()).filter(addressedTo(rep.email));
    expect(caught.map((e) => e.headers['message-id'])).toEqual([messageId, messageId]);
    expect(messageId).toMatch(/^<[0-9a-f]{40}@dealflow\.test>$/);
  });
});
