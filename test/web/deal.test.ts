import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { type TestApp, startTestApp } from '../support/app';
import { userWithPassword } from '../support/session';
import { choose, confirmIn, expectAccessible, expectToast, launchBrowser, newContext, screenshot, signIn, twoChars, typeDate } from './support/browser';
import { repLead } from './support/deal';

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

describe('deal page', () => {
  it('shows the stage path, edits facts, logs activities, handles follow-ups and call-backs, loses and reopens', async () => {
    const rep = await userWithPassword(app, 'rep', { name: '张伟', locale: 'zh-CN', timezone: 'Asia/Shanghai' });
    const lead = await repLead(rep);
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, rep, `/deals/${lead.id}`);

    await expect.poll(() => page.getByRole('heading', { name: lead.title }).isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.locator('.ant-steps-item-process').textContent()).toContain('潜在商机');
    const next = page.getByTestId('next-stage');
    await expect.poll(() => next.textContent()).toContain('进入「意向客户」还需要');
    expect(await next.textContent()).toContain('企业规模（人数）');
    expect(await next.textContent()).not.toContain('所属行业');
    await expect.poll(() => page.getByText(lead.accountName).isVisible()).toBe(true);
    expect(await page.getByText('¥680,000.00').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'deal.zh-CN');

    // A fact edited shows on the page and in the timeline.
    await page.getByRole('button', { name: '编辑' }).click();
    await page.getByLabel('发起人', { exact: true }).fill('CFO Wang');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expectToast(page, '已保存关键信息');
    const editFacts = page.getByRole('button', { name: '编辑' });
    await expect.poll(() => editFacts.evaluate((button) => button === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator('.ant-descriptions').last().textContent()).toContain('CFO Wang');
    await expect.poll(() => next.textContent()).not.toContain('发起人');

    // An email with material schedules its follow-up.
    await choose(page, page.getByLabel('活动类型', { exact: true }), '邮件发送资料');
    await page.getByLabel('内容摘要').fill('Sent the product brochure');
    expect(await page.getByLabel('几天后跟进（3–7 天）').inputValue()).toBe('3');
    await page.getByRole('button', { name: '记录活动' }).click();
    await expectToast(page, '已记录活动');
    const followUps = page.locator('.ant-card').filter({ hasText: '待跟进' });
    await expect.poll(() => followUps.textContent()).toContain('跟进已发送的资料');

    // A call-back at an exact time, snoozed, then done.
    await page.getByRole('button', { name: '预约回电' }).click();
    await choose(page, page.getByRole('dialog').getByLabel('联系人', { exact: true }), 'Wang Lei · CFO');
    await typeDate(page.getByLabel('时间', { exact: true }), '2027-01-05 10:00');
    await page.getByLabel('备注').fill('Asked to call after the board meeting');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expectToast(page, '已预约回电');
    const callback = followUps.locator('.ant-list-item').filter({ hasText: '给客户回电' });
    await expect.poll(() => callback.textContent()).toContain('2027-01-05 10:00');
    expect(await callback.textContent()).toContain('Wang Lei');

    await callback.getByRole('button', { name: twoChars('推迟') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => callback.textContent()).toContain('已推迟');

    await callback.getByRole('button', { name: twoChars('完成') }).click();
    await expectToast(page, '已标记完成');
    await expect.poll(() => followUps.locator('.ant-list-item').filter({ hasText: '给客户回电' }).count()).toBe(0);

    // The timeline names who changed what.
    await page.getByRole('tab', { name: '时间线' }).click();
    const entries = page.getByTestId('timeline-entry');
    await expect.poll(() => entries.filter({ hasText: '更新关键信息' }).textContent()).toContain('发起人: CFO Wang');
    expect(await entries.filter({ hasText: '更新关键信息' }).textContent()).toContain('张伟');
    await page.locator('.ant-segmented').getByText('跟进', { exact: true }).click();
    await expect.poll(() => entries.filter({ hasText: '跟进完成' }).count()).toBe(1);
    expect(await entries.filter({ hasText: '更新关键信息' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'deal.timeline');
    await page.getByRole('tab', { name: '概览' }).click();

    // Lost, after a confirmation, then reopened.
    await page.getByRole('button', { name: '标记丢单' }).click();
    await choose(page, page.getByLabel('丢单原因', { exact: true }), '价格');
    await page.getByLabel('丢单说明').fill('Budget went to another project');
    await page.getByRole('dialog').getByRole('button', { name: '标记丢单' }).click();
    await confirmIn(page, page.locator('.ant-modal-confirm').filter({ hasText: '确定将此商机标记为丢单？' }), /确\s*认/);
    await expectToast(page, '已标记丢单');
    await expect.poll(() => page.getByText('丢单原因：价格').isVisible()).toBe(true);

    await page.getByRole('button', { name: '重新打开' }).click();
    await page.getByLabel('重新打开的原因').fill('New budget approved');
    await page.getByRole('dialog').getByRole('button', { name: '重新打开' }).click();
    await confirmIn(page, page.locator('.ant-modal-confirm').filter({ hasText: 'New budget approved' }), /确\s*认/);
    await expectToast(page, '商机已重新打开');
    await expect.poll(() => page.locator('.ant-tag').filter({ hasText: '进行中' }).count()).toBe(1);
    await context.close();
  });

  it('shows a service engineer the stage path read-only, and its owner the controls', async () => {
    const owner = await userWithPassword(app, 'rep', { locale: 'zh-CN' });
    const lead = await repLead(owner, 'Read-only lead');
    const engineer = await userWithPassword(app, 'service', { locale: 'zh-CN' });
    const controls = ['推进到', '退回到', '标记丢单', '重新打开', '编辑', '预约回电', '记录活动'];
    const buttonsOf = async (user: typeof owner, shot?: string) => {
      const context = await newContext(browser, app);
      const page = await context.newPage();
      await signIn(page, user, `/deals/${lead.id}`);
      await expect.poll(() => page.getByTestId('next-stage').textContent(), { timeout: 15_000 }).toContain('进入「意向客户」还需要');
      expect(await page.locator('.ant-steps-item-process').textContent()).toContain('潜在商机');
      const names = await page.getByRole('button').allTextContents();
      if (shot) {
        await page.getByRole('tab', { name: '合同' }).click();
        await expect.poll(() => page.getByText('尚无合同').isVisible()).toBe(true);
        await page.getByRole('tab', { name: '概览' }).click();
        await expectAccessible(page);
        await screenshot(page, shot);
      }
      await context.close();
      return controls.filter((control) => names.some((name) => name.replace(/\s/g, '').includes(control)));
    };
    expect(await buttonsOf(engineer, 'deal.read-only')).toEqual([]);
    expect(await buttonsOf(owner)).toEqual(['推进到', '标记丢单', '编辑', '预约回电', '记录活动']);
  });

  it('shows another rep the 403 page, never the deal', async () => {
    const owner = await userWithPassword(app, 'rep');
    const lead = await repLead(owner, 'Secret lead');
    const other = await userWithPassword(app, 'rep', { locale: 'zh-CN' });
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, other, `/deals/${lead.id}`);
    await expect.poll(() => page.getByText('无权访问').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.content()).not.toContain('Secret lead');
    await context.close();
  });

  it('speaks English to an English user', async () => {
    const rep = await userWithPassword(app, 'rep', { locale: 'en' });
    const lead = await repLead(rep);
    const context = await newContext(browser, app, { locale: 'en' });
    const page = await context.newPage();
    await signIn(page, rep, `/deals/${lead.id}`);
    await expect.poll(() => page.getByTestId('next-stage').textContent(), { timeout: 15_000 }).toContain('To enter “Intent” the deal still needs:');
    expect(await page.getByTestId('next-stage').textContent()).toContain('Company size (headcount)');
    expect(await page.getByRole('tab', { name: 'Overview' }).isVisible()).toBe(true);
    expect(await page.getByText('Key facts').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'deal.en');
    await context.close();
  });
});
