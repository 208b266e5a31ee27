import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { type TestApp, startTestApp } from '../support/app';
import { userWithPassword } from '../support/session';
import { expectAccessible, launchBrowser, newContext, screenshot, signIn, typeDate } from './support/browser';
import { act, bucketInWords, overdueInstallment, rowOf, shownRow, submit } from './support/receivables';

let app: TestApp;
let browser: Browser;
let scene: Awaited<ReturnType<typeof overdueInstallment>>;
const TITLE = `Receivables walk ${randomUUID().slice(0, 6)}`;

beforeAll(async () => {
  // Three seconds a day: the due date's reminder goes at signing, the next rungs within the minute.
  app = await startTestApp({ collectionTiming: { day: { seconds: 3 }, workingHoursOnly: false } });
  browser = await launchBrowser(app);
  scene = await overdueInstallment(app, TITLE);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('receivables page', () => {
  it('walk step 5: finance sees the overdue installment in its bucket, records a payment and the ageing changes', async () => {
    const finance = await userWithPassword(app, 'finance', { locale: 'zh-CN' });
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, finance, '/receivables');
    const chart = page.getByRole('img', { name: /账龄分布/ });
    const overdue = await bucketInWords(app, '0-30', 'zh-CN');
    await expect.poll(() => chart.getAttribute('aria-label')).toContain(`逾期 0–30 天 ${overdue}`);
    await expect.poll(() => chart.getAttribute('aria-label')).toContain(`未到期 ${await bucketInWords(app, 'upcoming', 'zh-CN')}`);

    await page.locator('label.ant-segmented-item', { hasText: '逾期 0–30 天' }).click();
    await page.waitForURL(/bucket=0-30/);
    const row = await shownRow(page, TITLE);
    await expect.poll(() => row.textContent()).toContain('Down payment');
    // The filtered page replaces the whole list; this contract's later installment is not overdue.
    await expect.poll(() => row.filter({ hasText: 'On acceptance' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'receivables.zh-CN');

    const afterPayment = await bucketInWords(app, '0-30', 'zh-CN', 20_000);
    const payment = await act(page, row, '记录收款');
    await payment.getByLabel('收款金额 (CNY)').fill('20000');
    await payment.getByLabel('付款凭证号').fill('BANK-0001');
    await expectAccessible(page);
    await submit(payment, '记录收款');
    await expect.poll(() => chart.getAttribute('aria-label'), { timeout: 10_000 }).toContain(`逾期 0–30 天 ${afterPayment}`);
    await expect.poll(() => row.textContent()).toContain('¥20,000.00');

    const dispute = await act(page, row, '登记争议');
    await dispute.getByLabel('原因').fill('发票抬头有误');
    await submit(dispute, '登记争议');
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('争议中');
    const resolve = await act(page, row, '解决争议');
    await resolve.getByLabel('处理说明').fill('已重开发票');
    await submit(resolve, '解决争议');
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).not.toContain('争议中');

    const promise = await act(page, row, '承诺付款');
    const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await promise.getByLabel('备注').fill('财务总监电话确认');
    // Enter in the date, its last field, submits the dialog as in any form.
    await typeDate(promise.getByLabel('承诺付款日期'), until);
    await promise.waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('已承诺付款');

    await row.getByRole('button', { name: /展开|Expand/ }).click();
    const ladder = page.getByRole('region', { name: /催收记录/ });
    await expect.poll(() => ladder.textContent()).toContain('已发送「今日到期」');
    await expect.poll(() => ladder.textContent()).toContain('收件人：客户账务联系人，抄送：财务');
    await expect.poll(() => ladder.textContent()).toContain('收到付款 ¥20,000.00');
    await expect.poll(() => ladder.textContent()).toContain('客户提出争议：发票抬头有误');
    await expect.poll(() => ladder.textContent()).toContain(`客户承诺于 ${until} 前付款`);
    await expectAccessible(page);
    await screenshot(page, 'receivables.ladder');
    await context.close();
  });

  it('speaks English', async () => {
    const finance = await userWithPassword(app, 'finance', { locale: 'en' });
    const context = await newContext(browser, app, { locale: 'en' });
    const page = await context.newPage();
    await signIn(page, finance, '/receivables');
    await expect
      .poll(() => page.getByRole('img', { name: /Ageing:/ }).getAttribute('aria-label'))
      .toContain(`Not due yet ${await bucketInWords(app, 'upcoming', 'en')}`);
    await shownRow(page, TITLE);
    await expect.poll(() => rowOf(page, TITLE).filter({ hasText: 'Down payment' }).textContent()).toContain('CN¥120,000.00');
    await expectAccessible(page);
    await screenshot(page, 'receivables.en');
    await context.close();
  });

  it('shows a rep no receivables of another rep’s deal: the API decides', async () => {
    const rep = await userWithPassword(app, 'rep', { locale: 'zh-CN' });
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, rep, '/receivables');
    await page.getByRole('img', { name: /账龄分布/ }).waitFor();
    await screenshot(page, 'receivables.rep');
    await expect.poll(() => page.getByText('没有待收的款项').isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: /账龄分布/ }).getAttribute('aria-label')).not.toContain('¥');
    expect(await page.getByText(TITLE).count()).toBe(0);
    expect(scene.scene.rep.id).not.toBe(rep.id);
    await context.close();
  });
});
