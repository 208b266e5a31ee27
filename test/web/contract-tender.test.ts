import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { type TestApp, startTestApp } from '../support/app';
import { approveContract, dealInNegotiation } from '../support/contract-scene';
import { eventually } from '../support/fixtures';
import { choose, expectAccessible, expectToast, launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { confirmModal, openTab, withPassword } from './support/contract-tender';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser(app);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

// The tabs render inside the deal page; the redirects ask for one with ?tab=, and the test opens it as a user would.
describe('the deal’s contract and tender tabs, and the tenders calendar', () => {
  it('drafts a contract whose schedule must add up, signs it after a confirmation, and shows its installments', async () => {
    const scene = await dealInNegotiation(app, 'Browser: contract');
    const rep = await withPassword(app, scene.rep);
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, rep, `/deals/${scene.deal.id}?tab=contract`);
    await openTab(page, '合同');

    await page.getByLabel('使用流程默认付款计划').uncheck();
    const rows = page.getByTestId('installment-row');
    await rows.nth(0).getByLabel('分期名称').fill('签约款');
    await rows.nth(0).getByLabel('比例 %').fill('30');
    await page.getByRole('button', { name: '添加分期' }).click();
    await rows.nth(1).getByLabel('分期名称').fill('验收款');
    await rows.nth(1).getByLabel('比例 %').fill('60');
    await expect.poll(() => page.getByTestId('schedule-balance').textContent()).toContain('相差 ¥30,000.00');
    await page.getByRole('button', { name: '提交合同草稿' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('less than the contract amount, by 30000.00');

    await rows.nth(1).getByLabel('比例 %').fill('70');
    await expect.poll(() => page.getByTestId('schedule-balance').textContent()).toContain('分期合计与合同金额一致');
    await page.getByRole('button', { name: '提交合同草稿' }).click();
    const supervisorName = (scene.supervisor as unknown as { name: string }).name;
    await expect.poll(() => page.getByTestId('approval-wait').textContent()).toMatch(/^等待 .+ 审批/);

    const contractId = (await scene.live()).contract.id as string;
    await approveContract(app, scene, (await scene.contract(contractId)).approvalId);
    await eventually(async () => (await scene.contract(contractId)).status === 'approved');
    await page.goto(`/contracts/${contractId}`);
    await page.waitForURL(new RegExp(`/deals/${scene.deal.id}\\?tab=contract$`));
    await openTab(page, '合同');
    await page.getByRole('button', { name: '签署合同' }).click();
    await choose(page, page.getByLabel('到场经理', { exact: true }), supervisorName);
    await page.locator('.ant-modal').getByRole('button', { name: '签署合同' }).click();
    await expect.poll(() => page.locator('.ant-modal-confirm').textContent()).toContain('不可撤销');
    await confirmModal(page);
    await expect.poll(() => page.getByTestId('contract-status').textContent()).toBe('已签署');
    await expect.poll(() => page.getByRole('cell', { name: '签约款' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: '¥210,000.00' }).count()).toBeGreaterThan(0);
    await page
      .getByRole('button', { name: /展开行|Expand row/ })
      .first()
      .click();
    await expect.poll(() => page.getByTestId('chasing').first().textContent()).toContain('催收记录');
    await expectAccessible(page);
    await screenshot(page, 'contract');
    await context.close();
  }, 180_000);

  it('ticks the checklist, refuses an early submission, submits after review, records the result; the calendar shows the deadline', async () => {
    const scene = await dealInNegotiation(app, 'Browser: tender');
    const rep = await withPassword(app, scene.rep);
    const presales = (await app.admin('GET', '/api/v1/users?role=presales&limit=1')).body.items[0];
    const deadline = new Date(Date.now() + 2 * 86_400_000);
    const started = await scene.rep.api('POST', `/api/v1/deals/${scene.deal.id}/tender`, {
      tenderNo: `ZB-${Date.now()}`,
      issuedAt: inDays(-1),
      submissionDeadline: deadline.toISOString(),
      openingAt: inDays(3),
      presalesId: presales.id,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const tender = started.body;

    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, rep, `/tenders/${tender.id}`);
    await page.waitForURL(new RegExp(`/deals/${scene.deal.id}\\?tab=tender$`));
    await openTab(page, '招投标');
    await page.getByRole('button', { name: '确认递交投标' }).click();
    await confirmModal(page);
    await expectToast(page, 'the checklist is not done');

    const [first, ...rest] = tender.checklist as Array<{ key: string; label: string }>;
    await page.getByLabel(first.label).click();
    await expect.poll(() => page.getByLabel(first.label).isChecked()).toBe(true);
    for (const item of rest) expect((await scene.rep.api('PATCH', `/api/v1/tenders/${tender.id}/checklist/${item.key}`, { done: true })).status).toBe(200);
    const asked = await scene.rep.api('POST', `/api/v1/tenders/${tender.id}/review`, { price: '280000' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    const approvalId = asked.body.review.approvalId as string;
    const holder = await eventually(async () => (await app.admin('GET', `/api/v1/approvals/${approvalId}`)).body.holder?.assigneeId);
    const decider = scene.people.find((p) => p.id === holder)!;
    expect((await decider.api('POST', `/api/v1/approvals/${approvalId}/decision`, { decision: 'approve' })).status).toBe(200);
    await eventually(async () => (await scene.rep.api('GET', `/api/v1/tenders/${tender.id}`)).body.review.status === 'approved');

    await page.reload();
    await openTab(page, '招投标');
    await page.getByRole('button', { name: '确认递交投标' }).click();
    await confirmModal(page);
    await expect.poll(() => page.getByTestId('tender-status').textContent()).toBe('已递交');
    await choose(page, page.getByLabel('结果', { exact: true }), '中标');
    await page.getByLabel('备注').fill('技术分第一');
    await page.getByRole('button', { name: '记录结果' }).click();
    await confirmModal(page);
    await expect.poll(() => page.getByTestId('tender-result').textContent()).toContain('中标');
    await expectAccessible(page);
    await screenshot(page, 'tender');

    await page.goto('/tenders');
    const shownMonth = await page.getByTestId('tenders-month').textContent();
    const deadlineMonth = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(deadline);
    if (shownMonth !== deadlineMonth) await page.getByRole('button', { name: '下个月' }).click();
    const link = page.getByRole('link', { name: `截止 ${tender.tenderNo}` });
    await expect.poll(() => link.isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'tenders-calendar');
    await page.locator('.ant-segmented').getByText('列表', { exact: true }).click();
    await expect.poll(() => page.getByRole('link', { name: tender.tenderNo }).count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: tender.tenderNo }).first().click();
    await page.waitForURL(new RegExp(`/deals/${scene.deal.id}\\?tab=tender$`));
    await context.close();
  }, 180_000);
});
