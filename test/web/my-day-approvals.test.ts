import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { dealAtGate } from '../support/approval-scene';
import { fastApprovals } from '../support/approvals';
import { eventually, makeAccount } from '../support/fixtures';
import { addressedTo, mailbox } from '../support/mailbox';
import { formatDateTime } from '../../web/src/format/time';
import { choose, expectAccessible, expectToast, launchBrowser, newContext, screenshot, signIn, typeDate } from './support/browser';
import { type SignedUser, dealWithDueWork, signedInOrg } from './support/my-day-approvals';

let app: TestApp;
let browser: Browser;
let customer: Awaited<ReturnType<typeof makeAccount>>;
const mail = mailbox(inject('stack').mailWebUrl!);

beforeAll(async () => {
  app = await startTestApp({ approvalTiming: fastApprovals() });
  browser = await launchBrowser(app);
  customer = await makeAccount(app);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A request for PROJECT_INITIATED on a new deal of the rep's, waiting on the supervisor. */
async function pendingRequest(rep: SignedUser, title: string) {
  const g = await dealAtGate(app, customer, rep, title);
  expect((await g.ask()).status).toBe(202);
  const approvalId = (await eventually(async () => (await g.live()).pendingApproval)).approvalId as string;
  return { ...g, approvalId };
}

const card = (page: Page, title: string) => page.locator('.ant-card').filter({ hasText: title });

describe('approvals inbox', () => {
  it('(walk step 3) the supervisor finds the rep’s request with the deal’s context and approves it: the deal enters PROJECT_INITIATED', async () => {
    const { supervisor, rep } = await signedInOrg(app);
    const title = `Walk approve ${Date.now()}`;
    const request = await pendingRequest(rep, title);
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, supervisor, '/approvals');
    const mine = card(page, title);
    await expect.poll(() => mine.textContent()).toContain('¥300,000.00');
    const text = (await mine.textContent())!;
    expect(text).toContain('申请进入');
    expect(text).toContain(rep.name);
    expect(text).toContain('第 1 级');
    await expect.poll(() => mine.textContent()).toContain('关键信息');
    const fact = (label: string) => mine.locator('.ant-descriptions-item').filter({ hasText: label });
    await expect.poll(() => fact('我方项目组').textContent()).toContain(request.presales.name);
    expect(await fact('初步预算').textContent()).toContain('¥800,000.00');
    await expectAccessible(page);
    await screenshot(page, 'approvals');

    await mine.getByRole('button', { name: /批\s*准/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /批\s*准/ })
      .click();
    await expectToast(page, '已批准');
    const live = await eventually(async () => {
      const deal = await request.live();
      return deal.stage === 'PROJECT_INITIATED' && deal;
    });
    expect(live.pendingApproval).toBeNull();
    await context.close();
  });

  it('rejects with a required comment on /approvals/<id>; the decision email’s link opens the request after sign-in', async () => {
    const { supervisor, rep } = await signedInOrg(app);
    const title = `Email reject ${Date.now()}`;
    const request = await pendingRequest(rep, title);
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, supervisor, `/approvals/${request.approvalId}`);
    expect(new URL(page.url()).pathname).toBe(`/approvals/${request.approvalId}`);
    await expect.poll(() => page.getByRole('button', { name: /驳\s*回/ }).isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'approval');

    await page.getByRole('button', { name: /驳\s*回/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /驳\s*回/ }).click();
    await expect.poll(() => dialog.textContent()).toContain('请填写驳回理由');
    await dialog.getByLabel('驳回理由').fill('预算未确认');
    await dialog.getByRole('button', { name: /驳\s*回/ }).click();
    await expectToast(page, '已驳回');
    const decided = await eventually(async () => {
      const r = (await supervisor.api('GET', `/api/v1/approvals/${request.approvalId}`)).body;
      return r.status === 'rejected' && r;
    });
    expect(decided.chain[0].decision.comment).toBe('预算未确认');
    await expect.poll(() => page.getByText('“预算未确认”').isVisible()).toBe(true);
    await context.close();

    const email = await mail.waitFor((e) => addressedTo(rep.email)(e) && e.subject.includes(title) && /approvals\/[0-9a-f-]{36}/.test(e.text ?? ''), 15_000);
    const link = email.text!.match(/http:\/\/dealflow\.test\/approvals\/[0-9a-f-]{36}/)![0];
    expect(link).toBe(`http://dealflow.test/approvals/${request.approvalId}`);
    const repContext = await newContext(browser, app);
    const repPage = await repContext.newPage();
    await signIn(repPage, rep, link);
    expect(new URL(repPage.url()).pathname).toBe(`/approvals/${request.approvalId}`);
    await expect.poll(() => repPage.getByText('此申请不由您审批').isVisible()).toBe(true);
    await repContext.close();
  });

  it('fits a phone, in English: the inbox and the delegation tab', async () => {
    const { supervisor, rep, executive } = await signedInOrg(app, 'en');
    const title = `Phone ${Date.now()}`;
    await pendingRequest(rep, title);
    const context = await newContext(browser, app, { locale: 'en', width: 390, height: 844 });
    const page = await context.newPage();
    await signIn(page, supervisor, '/approvals');
    await expect.poll(() => card(page, title).textContent()).toContain('Stage asked for');
    await expect.poll(() => card(page, title).textContent()).toContain('Key facts');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await screenshot(page, 'approvals.mobile');

    await page.getByRole('tab', { name: 'Delegation' }).click();
    await choose(page, page.getByLabel('Delegate'), executive.email);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Choose when it starts').isVisible()).toBe(true);
    await expectAccessible(page);
    await typeDate(page.getByLabel('From', { exact: true }), '2027-01-04 09:00');
    await typeDate(page.getByLabel('Until', { exact: true }), '2027-01-08 18:00');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Not started').isVisible()).toBe(true);
    const saved = await app.db.delegation.findUniqueOrThrow({ where: { userId: supervisor.id } });
    expect([saved.delegateId, saved.from.toISOString(), saved.until.toISOString()]).toEqual([
      executive.id,
      '2027-01-04T01:00:00.000Z',
      '2027-01-08T10:00:00.000Z',
    ]);
    await screenshot(page, 'approvals.delegation');
    await context.close();
  });
});

describe('my day', () => {
  it('shows a rep the overdue follow-up and the call-back at its exact time; done removes the follow-up', async () => {
    const { rep } = await signedInOrg(app);
    const title = `Day ${Date.now()}`;
    const work = await dealWithDueWork(app, customer, rep, title);
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, rep, '/my-day');
    const overdue = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: /已逾期/ }) });
    const callbacks = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: /回电/ }) });
    await expect.poll(() => overdue.textContent()).toContain(work.action);
    expect(await overdue.textContent()).toContain(title);
    const callbackText = (await callbacks.textContent())!;
    expect(callbackText).toContain(formatDateTime(work.callbackAt, 'Asia/Shanghai'));
    expect(callbackText).toMatch(/3 小时(后|内)/);
    await expectAccessible(page);
    await screenshot(page, 'my-day');

    await overdue
      .locator('li')
      .filter({ hasText: work.action })
      .getByRole('button', { name: /完\s*成/ })
      .click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /完\s*成/ })
      .click();
    await expectToast(page, '已完成');
    await expect.poll(() => overdue.textContent()).not.toContain(work.action);
    await context.close();
  });

  it('fits a phone', async () => {
    const { rep } = await signedInOrg(app);
    const work = await dealWithDueWork(app, customer, rep, `Phone day ${Date.now()}`);
    const context = await newContext(browser, app, { width: 390, height: 844 });
    const page = await context.newPage();
    await signIn(page, rep, '/my-day');
    await expect.poll(() => page.locator('li').filter({ hasText: work.action }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await screenshot(page, 'my-day.mobile');
    await context.close();
  });
});
