import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { eventually } from '../support/fixtures';
import { fastService } from '../support/service-scene';
import { secondsPolicy, ticketScene } from '../support/tickets';
import { expectAccessible, expectToast, launchBrowser, newContext, screenshot, signIn, typeDate } from './support/browser';
import { rowOf, shanghaiTime, signedForService, signingIn } from './support/service';

let app: TestApp;
let browser: Browser;
let serviced: Awaited<ReturnType<typeof signedForService>>;
const tag = randomUUID().slice(0, 6);
/** The orange of a warned clock: dark enough on its light background for WCAG AA. */
const AT_RISK_TEXT = 'rgb(173, 78, 0)';

beforeAll(async () => {
  app = await startTestApp({ serviceTiming: fastService(60, 2), supportTiming: secondsPolicy(600, 1200) });
  browser = await launchBrowser(app);
  serviced = await signedForService(app, `Queue ticket ${tag}`);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the ticket queue in the browser', () => {
  it('opens a ticket from the queue: the contract found by search, a refused field shown on it, then the new ticket’s page', async () => {
    const { engineer, contract } = serviced;
    const customer = (await app.db.account.findUniqueOrThrow({ where: { id: serviced.deal.accountId } })).name;
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, engineer);
    await page.waitForURL(/\/tickets\?assignee=me/);
    await page.getByRole('button', { name: '新建工单' }).click();
    const dialog = page.getByRole('dialog', { name: '新建工单' });
    // The process's default priority, already chosen.
    await expect.poll(() => dialog.locator('.ant-form-item', { hasText: '优先级' }).textContent()).toContain('普通');

    const picker = dialog.getByLabel('客户合同');
    await picker.click();
    await picker.fill(`nobody-${tag}`);
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').textContent()).toContain('没有找到已签约的服务合同');
    await screenshot(page, 'tickets.new.none-found');
    await picker.fill(contract.reference);
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: contract.reference });
    await option.waitFor();
    await screenshot(page, 'tickets.new.picker');
    await option.click();
    expect(await dialog.textContent()).toContain(`${customer} · ${contract.reference}`);

    const TITLE = `Pump noise ${tag}`;
    await dialog.getByLabel('标题').fill(TITLE);
    await dialog.getByLabel('故障描述').fill('水泵异响');
    await dialog.getByLabel('报修人（客户）').fill('王磊');
    // A report time ahead of now: the server refuses it, and says so on the field.
    await typeDate(dialog.getByLabel('客户报修时间'), shanghaiTime(new Date(Date.now() + 2 * 3_600_000)));
    await dialog.getByRole('button', { name: '新建工单' }).click();
    await expect.poll(() => dialog.locator('.ant-form-item-explain-error').textContent()).toContain('must not be in the future');
    await expectAccessible(page);
    await screenshot(page, 'tickets.new.refused');

    await typeDate(dialog.getByLabel('客户报修时间'), shanghaiTime(new Date(Date.now() - 5 * 60_000)));
    await dialog.getByRole('button', { name: '新建工单' }).click();
    await page.waitForURL(/\/tickets\/[0-9a-f-]{36}$/);
    await expectToast(page, '工单已创建');
    await expect.poll(() => page.getByRole('heading', { name: TITLE }).count()).toBe(1);
    const opened = (await app.admin('GET', `/api/v1/tickets/${page.url().split('/').pop()}`)).body;
    expect(opened).toMatchObject({ contractId: contract.id, priority: 'normal', reportedBy: '王磊' });
    await context.close();
  });

  it('hides the button from those who may not open tickets', async () => {
    const finance = await signingIn(app, serviced.finance);
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, finance, '/tickets');
    await expect.poll(() => page.getByRole('heading', { name: '工单' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '新建工单' }).count()).toBe(0);
    await context.close();
  });

  it('marks a ticket past its warning but not yet breached as at risk, in the queue and on its page', async () => {
    const scene = await ticketScene(app);
    // Reported 95 s ago on a two-minute response target: warned at 90 s, breached at 120 s.
    const title = `At risk ${tag}`;
    const ticket = await scene.openTicket({ title, reportedAt: Date.now() - 95_000, support: secondsPolicy(120, 1200) });
    await eventually(async () => (await app.admin('GET', `/api/v1/tickets/${ticket.ticketId}`)).status === 200);
    const engineer = await signingIn(app, scene.engineer);
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, engineer, '/tickets');
    const row = rowOf(page, title);
    const warned = row.locator('[data-sla="warning"]');
    await expect.poll(() => warned.count(), { timeout: 20_000 }).toBe(1);
    expect(await warned.textContent()).toMatch(/^即将超时 · 剩余 00:00:\d\d$/);
    expect(await warned.evaluate((el) => getComputedStyle(el).color)).toBe(AT_RISK_TEXT);
    await expectAccessible(page);
    await screenshot(page, 'tickets.at-risk');

    await row.getByRole('link', { name: title }).click();
    await page.waitForURL(/\/tickets\/[0-9a-f-]{36}$/);
    const response = page.getByTestId('sla-response');
    await expect.poll(() => response.locator('[data-sla="warning"]').textContent()).toContain('即将超时');
    await context.close();

    // In English, on the ticket's page, for the supervisor of the customer's rep.
    const supervisor = await signingIn(app, scene.supervisor);
    await app.db.user.update({ where: { id: supervisor.id }, data: { locale: 'en' } });
    const en = await newContext(browser, app, { locale: 'en' });
    const enPage = await en.newPage();
    await signIn(enPage, supervisor, `/tickets/${ticket.ticketId}`);
    await expect.poll(() => enPage.getByTestId('sla-response').locator('[data-sla="warning"]').textContent()).toContain('At risk');
    await expectAccessible(enPage);
    await screenshot(enPage, 'ticket.at-risk.en');
    await en.close();
  });
});
