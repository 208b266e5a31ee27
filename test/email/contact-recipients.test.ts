import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type EmailRequestFor, emailActivities } from '../../activities/email/send';
import { type TestApp, startTestApp } from '../support/app';
import { makeAccount, makeUser } from '../support/fixtures';
import { type Mailbox, addressedTo, mailbox } from '../support/mailbox';

const stack = inject('stack');

let app: TestApp;
let transport: Transporter;
let inbox: Mailbox;
let sendEmail: ReturnType<typeof emailActivities>['sendEmail'];
let accountId: string;
let keys = 0;

beforeAll(async () => {
  app = await startTestApp();
  transport = nodemailer.createTransport(stack.smtpUrl);
  inbox = mailbox(stack.mailWebUrl!);
  ({ sendEmail } = emailActivities({ db: app.db, transport, from: 'Dealflow <dealflow@dealflow.test>' }));
  ({ accountId } = await makeAccount(app));
});
afterAll(async () => {
  transport?.close();
  await app?.stop();
});

const contact = async (name: string, email?: string) => {
  const res = await app.admin('POST', '/api/v1/contacts', { accountId, name, ...(email && { email }) });
  if (res.status !== 201) throw new Error(`could not make a contact: ${JSON.stringify(res.body)}`);
  return res.body as { id: string; name: string; email: string | null };
};
const address = () => `billing-${randomUUID()}@customer.test`;
const overdue = (recipients: Pick<EmailRequestFor<'dunning_overdue_7'>, 'toContacts' | 'to' | 'cc'>): EmailRequestFor<'dunning_overdue_7'> => ({
  key: `test:${process.pid}:${Date.now()}:${keys++}`,
  template: 'dunning_overdue_7',
  vars: {
    customerName: 'Acme Ltd',
    contractRef: 'HT-3F9A2C',
    dealTitle: 'Acme ERP',
    installmentLabel: { en: 'Payment on signing', 'zh-CN': '签约款' },
    amountDue: '360000.00',
    amountTotal: '360000.00',
    currency: 'CNY',
    dueDate: '2026-11-16',
    daysOverdue: 7,
    repName: 'Li Lei',
    repEmail: 'li.lei@dealflow.test',
  },
  ...recipients,
});
const failureOf = (promise: Promise<unknown>) => promise.catch((err: unknown) => err);

describe.skipIf(!stack.mailWebUrl)('sendEmail to contacts', () => {
  it('puts contacts first in "to", then users; the first contact shapes the language', async () => {
    const [first, second] = [await contact('王磊', address()), await contact('赵敏', address())];
    const rep = (await makeUser(app, 'rep', { name: 'Alice Smith', locale: 'en' })) as unknown as { id: string; email: string };
    const finance = (await makeUser(app, 'finance')) as unknown as { id: string; email: string };
    const request = overdue({ toContacts: [first.id, second.id, first.id], to: [rep.id], cc: [finance.id, rep.id] });
    await sendEmail(request);

    const email = await inbox.waitFor(addressedTo(first.email!));
    expect(email.to).toEqual([
      { address: first.email, name: '王磊' },
      { address: second.email, name: '赵敏' },
      { address: rep.email, name: 'Alice Smith' },
    ]);
    expect(email.cc?.map((a) => a.address)).toEqual([finance.email]);
    expect(email.subject).toBe('【逾期提醒】合同 HT-3F9A2C：¥360,000.00 已逾期 7天');
    expect(email.text).toContain('王磊，您好：');
    expect(await app.db.emailOutbox.findUniqueOrThrow({ where: { key: request.key } })).toMatchObject({
      to: [first.email, second.email, rep.email],
      cc: [finance.email],
      locale: 'zh-CN',
      status: 'sent',
    });
  });

  it('sends to contacts alone', async () => {
    const billing = await contact('Wang Lei', address());
    const request = overdue({ toContacts: [billing.id], to: [] });
    expect(await sendEmail(request)).toMatchObject({ alreadySent: false });
    expect((await inbox.waitFor(addressedTo(billing.email!))).to).toEqual([{ address: billing.email, name: 'Wang Lei' }]);
  });

  it('fails non-retryably for an unknown contact id, and sends nothing', async () => {
    const billing = await contact('Wang Lei', address());
    const unknown = randomUUID();
    const request = overdue({ toContacts: [billing.id, unknown], to: [] });
    expect(await failureOf(sendEmail(request))).toMatchObject({
      nonRetryable: true,
      type: 'UnknownRecipient',
      message: expect.stringContaining(`no contact with id ${unknown}`),
    });
    expect(await app.db.emailOutbox.findUnique({ where: { key: request.key } })).toBeNull();
  });

  it('fails non-retryably, naming the contact, when a contact has no email address', async () => {
    const nameless = await contact('李经理');
    const request = overdue({ toContacts: [nameless.id], to: [] });
    const failure = await failureOf(sendEmail(request));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({
      nonRetryable: true,
      type: 'NoRecipient',
      message: expect.stringContaining(`contact 李经理 (${nameless.id}) has no email address`),
    });
    expect(await app.db.emailOutbox.findUnique({ where: { key: request.key } })).toBeNull();
  });

  it('fails non-retryably when there is no recipient at all', async () => {
    const finance = (await makeUser(app, 'finance')) as unknown as { id: string };
    expect(await failureOf(sendEmail(overdue({ toContacts: [], to: [], cc: [finance.id] })))).toMatchObject({ nonRetryable: true, type: 'NoRecipient' });
  });
});
