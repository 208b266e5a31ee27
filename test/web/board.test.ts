import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { approveAll, orgChart } from '../support/approvals';
import { factsFor, makeAccount, makeUser } from '../support/fixtures';
import { userWithPassword } from '../support/session';
import { cardIn, column, dragCard, moveByMenu } from './support/board';
import { choose, expectAccessible, launchBrowser, newContext, screenshot, signIn } from './support/browser';

let app: TestApp;
let browser: Browser;
let org: Awaited<ReturnType<typeof orgChart>>;
let rep: Awaited<ReturnType<typeof userWithPassword>>;
let customer: Awaited<ReturnType<typeof makeAccount>>;
let accountName: string;

type Stage = { key: string; label: string; entryFacts: { key: string; label: string }[] };
const processOf = (page: Page) => page.evaluate(async () => (await (await fetch('/api/v1/process')).json()) as { stages: Stage[] });
const toast = (page: Page) => page.locator('.ant-message-notice').last();

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser(app);
  org = await orgChart(app);
  rep = await userWithPassword(app, 'rep', { supervisorId: org.supervisor.id, locale: 'zh-CN' });
  customer = await makeAccount(app);
  accountName = (await app.admin('GET', `/api/v1/accounts/${customer.accountId}`)).body.name;
  const stranger = await makeUser(app, 'rep');
  await stranger.api('POST', '/api/v1/deals', { title: 'Not yours to see', accountId: customer.accountId, amount: '1000' });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the pipeline board', () => {
  it('walks a new deal to INTENT through the facts drawer, asks for PROJECT_INITIATED and shows it there once approved', async () => {
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, rep, '/board');
    const { stages } = await processOf(page);
    const label = (key: string) => stages.find((s) => s.key === key)!.label;
    await column(page, 'NEGOTIATION').waitFor();
    expect(await column(page, 'INTENT').getByRole('heading').textContent()).toBe(label('INTENT'));

    await page.getByRole('button', { name: /新建商机/ }).click();
    const dialog = page.getByRole('dialog', { name: '新建商机' });
    await dialog.waitFor();
    await dialog.getByLabel('商机名称').fill('Board walk ERP');
    await choose(page, dialog.getByLabel('客户'), accountName);
    await dialog.getByLabel('金额').fill('50000');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    const card = cardIn(page, 'LEAD', 'Board walk ERP');
    await card.waitFor();
    expect(await card.textContent()).toContain('¥50,000.00');
    expect(await page.getByText('Not yours to see').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'board.zh-CN');

    await dragCard(page, card, 'INTENT');
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    expect(await drawer.textContent()).toContain(`进入“${label('INTENT')}”还需要以下信息`);
    // The card sprang back while the facts are missing.
    expect(await cardIn(page, 'LEAD', 'Board walk ERP').count()).toBe(1);
    const facts = Object.fromEntries(stages.find((s) => s.key === 'INTENT')!.entryFacts.map((f) => [f.key, f.label]));
    expect(await drawer.locator('.ant-form-item-label label, legend').allTextContents()).toEqual(
      expect.arrayContaining(Object.values(facts).filter((l) => l !== facts.itBaseline)),
    );
    await drawer.getByLabel(facts.industry).fill('Manufacturing');
    await choose(page, drawer.getByLabel(facts.companySize), '200-999');
    await drawer.getByLabel('硬件').fill('On-prem servers');
    await drawer.getByLabel('软件').fill('ERP 2012');
    await drawer.getByLabel('网络').fill('100 Mbit');
    await drawer.getByLabel(facts.needSummary).fill('Replace paper quoting');
    await choose(page, drawer.getByLabel(facts.contactIds), 'Wang Lei');
    await page.keyboard.press('Escape');
    await drawer.getByLabel(facts.interestConfirmed).click();
    await drawer.getByLabel(facts.sponsor).fill('CFO Wang');
    await expectAccessible(page);
    await screenshot(page, 'board.facts-drawer');
    await drawer.getByRole('button', { name: '保存并移动' }).click();
    await cardIn(page, 'INTENT', 'Board walk ERP').waitFor();
    expect(await cardIn(page, 'LEAD', 'Board walk ERP').count()).toBe(0);

    const dealId = (await cardIn(page, 'INTENT', 'Board walk ERP').getAttribute('data-deal-id'))!;
    const recorded = await rep.api('PATCH', `/api/v1/deals/${dealId}/facts`, { ...factsFor.PROJECT_INITIATED(rep.id), budget: 50000 });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    await moveByMenu(page, cardIn(page, 'INTENT', 'Board walk ERP'), label('PROJECT_INITIATED'));
    await expect.poll(() => cardIn(page, 'INTENT', 'Board walk ERP').textContent(), { timeout: 15_000 }).toContain(`等待 ${org.supervisor.name} 审批`);

    await approveAll(app, dealId, [...org.people, rep as never]);
    await page.reload();
    await cardIn(page, 'PROJECT_INITIATED', 'Board walk ERP').waitFor();
    await context.close();
  });

  it('creates the customer from the new-deal form, then its first contact on the deal page', async () => {
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, rep, '/board');
    const name = `华东制造 ${Date.now()}`;
    await page.getByRole('button', { name: /新建商机/ }).click();
    const dialog = page.getByRole('dialog', { name: '新建商机' });
    await dialog.getByLabel('商机名称').fill('New customer ERP');
    await dialog.getByRole('button', { name: '新建客户' }).click();
    const account = page.getByRole('dialog', { name: '新建客户' });
    await account.getByLabel('客户名称').fill(name);
    await account.getByLabel('网站').fill('not a website');
    await account.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => account.getByText('请输入完整网址').isVisible()).toBe(true);
    await expectAccessible(page);
    await account.getByLabel('网站').fill('https://hdzz.example.com');
    await account.getByRole('button', { name: /确\s*定/ }).click();
    await account.waitFor({ state: 'hidden' });
    expect(await dialog.getByLabel('客户').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]').textContent()).toContain(name);
    await dialog.getByLabel('金额').fill('80000');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    const card = cardIn(page, 'LEAD', 'New customer ERP');
    await expect.poll(() => card.textContent()).toContain(name);

    await card.getByRole('link', { name: 'New customer ERP' }).click();
    await page.waitForURL(/\/deals\//);
    const contacts = page.getByRole('region', { name: '客户联系人' });
    await expect.poll(() => contacts.textContent()).toContain('还没有联系人');
    await contacts.getByRole('button', { name: '添加联系人' }).click();
    const add = page.getByRole('dialog', { name: '添加联系人' });
    await add.getByLabel('姓名').fill('王磊');
    await add.getByLabel('职务').fill('财务总监');
    await add.getByLabel('电话').fill('call me');
    await add.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => add.locator('.ant-form-item-has-error').filter({ hasText: '电话' }).count()).toBe(1);
    await add.getByLabel('电话').fill('+86 21 5555 0101');
    await add.getByRole('button', { name: /确\s*定/ }).click();
    await add.waitFor({ state: 'hidden' });
    await expect.poll(() => contacts.textContent()).toContain('王磊 · 财务总监');
    const [created] = (await app.db.contact.findMany({ where: { account: { name } } })).map((c) => [c.name, c.title, c.phone]);
    expect(created).toEqual(['王磊', '财务总监', '+86 21 5555 0101']);
    await expectAccessible(page);
    await screenshot(page, 'deal.contacts');
    await context.close();
  });

  it('puts a refused move back where it was, with the server’s message', async () => {
    const created = await rep.api('POST', '/api/v1/deals', { title: 'Too fast', accountId: customer.accountId, amount: '1000' });
    expect(created.status).toBe(201);
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, rep, '/board');
    const card = cardIn(page, 'LEAD', 'Too fast');
    await card.waitFor();
    await dragCard(page, card, 'NEGOTIATION');
    await toast(page).waitFor();
    expect((await toast(page).textContent())?.length).toBeGreaterThan(0);
    expect(await cardIn(page, 'NEGOTIATION', 'Too fast').count()).toBe(0);
    expect(await cardIn(page, 'LEAD', 'Too fast').count()).toBe(1);
    await context.close();
  });

  it('speaks English with the process definition’s English labels', async () => {
    const enRep = await userWithPassword(app, 'rep', { locale: 'en' });
    await enRep.api('POST', '/api/v1/deals', { title: 'English deal', accountId: customer.accountId, amount: '1200000' });
    const context = await newContext(browser, app, { locale: 'en' });
    const page = await context.newPage();
    await signIn(page, enRep, '/board');
    const { stages } = await processOf(page);
    await cardIn(page, 'LEAD', 'English deal').waitFor();
    expect(await column(page, 'LEAD').getByRole('heading').textContent()).toBe(stages[0].label);
    expect(stages[0].label).toMatch(/^[A-Za-z ]+$/);
    expect(await page.getByRole('button', { name: /New deal/ }).isVisible()).toBe(true);
    expect(await cardIn(page, 'LEAD', 'English deal').textContent()).toContain('Move to…');
    await expectAccessible(page);
    await screenshot(page, 'board.en');
    await context.close();
  });
});
