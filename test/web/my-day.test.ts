import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { eventually } from '../support/fixtures';
import { expectAccessible, launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { signedForService } from './support/service';
import { userWithPassword } from '../support/session';

let app: TestApp;
let browser: Browser;
let scene: Awaited<ReturnType<typeof signedForService>>;
const tag = randomUUID().slice(0, 6);
const PURPOSE = `Check the controller ${tag}`;
const TICKET = `Conveyor halts ${tag}`;
let ticketId: string;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser(app);
  scene = await signedForService(app, `Day of service ${tag}`);
  const { engineer, contract } = scene;
  const visit = await engineer.api('POST', '/api/v1/visits', {
    contractId: contract.id,
    dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    purpose: PURPOSE,
  });
  expect(visit.status, JSON.stringify(visit.body)).toBe(201);
  const ticket = await engineer.api('POST', '/api/v1/tickets', {
    contractId: contract.id,
    title: TICKET,
    description: 'The line halts with error E42',
    priority: 'urgent',
    reportedBy: 'Wang Lei',
    reportedAt: new Date().toISOString(),
  });
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  ticketId = ticket.body.id;
  await eventually(async () => (await engineer.api('GET', '/api/v1/tickets?assignee=me&state=open')).body.items.some((t: { id: string }) => t.id === ticketId));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const headings = (page: Page) => page.getByRole('heading', { level: 2 }).allTextContents();
const section = (page: Page, name: RegExp) => page.locator('.ant-card').filter({ has: page.getByRole('heading', { name }) });

describe('my day by role', () => {
  it('shows a service engineer this week’s visits and their open tickets, and no tenders or call-backs', async () => {
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, scene.engineer, '/my-day');
    const visits = section(page, /本周到期回访/);
    const tickets = section(page, /我的未结工单/);
    // The visit list answers a visit's kind, not its purpose: the engineer's one visit is the ad-hoc one scheduled above.
    await expect.poll(() => visits.locator('li').allTextContents(), { timeout: 15_000 }).toEqual([expect.stringContaining('技术性回访')]);
    await expect.poll(() => tickets.textContent()).toContain(TICKET);
    expect(await tickets.textContent()).toContain('待响应');
    expect(await visits.getByRole('link', { name: '技术性回访' }).getAttribute('href')).toBe('/visits');
    expect(await tickets.locator('li').count()).toBe(1);
    expect(await tickets.getByRole('button', { name: /加载更多/ }).count()).toBe(0);
    expect((await headings(page)).map((h) => h.replace(/\s*\d+$/, ''))).toEqual(['本周到期回访', '我的未结工单', '待我审批']);
    await expectAccessible(page);
    await screenshot(page, 'my-day.service');

    await tickets.getByRole('link', { name: new RegExp(TICKET) }).click();
    await page.waitForURL(new RegExp(`/tickets/${ticketId}$`));
    await expect.poll(() => page.getByRole('heading', { name: TICKET }).count()).toBe(1);
    await context.close();
  });

  it('says in English when a service engineer has nothing due', async () => {
    const idle = await userWithPassword(app, 'service', { locale: 'en' });
    const context = await newContext(browser, app, { locale: 'en' });
    const page = await context.newPage();
    await signIn(page, idle, '/my-day');
    await expect.poll(() => section(page, /Visits due this week/).textContent(), { timeout: 15_000 }).toContain('No visits due this week');
    await expect.poll(() => section(page, /My open tickets/).textContent()).toContain('No open tickets');
    expect((await headings(page)).map((h) => h.replace(/\s*\d+$/, ''))).toEqual(['Visits due this week', 'My open tickets', 'Waiting on me']);
    await expectAccessible(page);
    await screenshot(page, 'my-day.service.en');
    await context.close();
  });

  it('keeps a rep’s follow-ups, call-backs, approvals and tenders, without the service parts', async () => {
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, scene.rep, '/my-day');
    await expect.poll(() => headings(page), { timeout: 15_000 }).toHaveLength(5);
    expect((await headings(page)).map((h) => h.replace(/\s*\d+$/, ''))).toEqual(['已逾期', '今天到期', '回电', '待我审批', '本周投标截止']);
    await screenshot(page, 'my-day.rep');
    await context.close();
  });
});
