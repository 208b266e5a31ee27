import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { eventually } from '../support/fixtures';
import { addressedTo, mailbox } from '../support/mailbox';
import { userWithPassword } from '../support/session';
import { choose, expectAccessible, launchBrowser, newContext, screenshot, signIn, twoChars } from './support/browser';

let app: TestApp;
let browser: Browser;
const mail = mailbox(inject('stack').mailWebUrl!);

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser(app);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('admin', () => {
  it('invites a user, changes their role and deactivates them after a confirmation', async () => {
    const admin = await userWithPassword(app, 'admin', { locale: 'zh-CN' });
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, admin, '/admin');
    await page.waitForURL(/\/admin\/users$/);
    await expect.poll(() => page.getByRole('tab', { name: '用户' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByText(admin.email).isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'admin-users');

    const name = `王芳 ${randomUUID().slice(0, 4)}`;
    const email = `invitee-${randomUUID()}@test.local`;
    await page.getByRole('button', { name: '邀请用户' }).click();
    const invite = page.getByRole('dialog');
    await invite.getByLabel('姓名').fill(name);
    await invite.getByLabel('邮箱').fill(email);
    await expectAccessible(page);
    await screenshot(page, 'admin-users.invite');
    await invite.getByRole('button', { name: '创建并发送邀请' }).click();
    await expect.poll(() => page.getByText(`邀请邮件已发送至 ${email}`).isVisible()).toBe(true);
    expect((await mail.waitFor(addressedTo(email))).subject).toBe('【账号邀请】请设置您的 Dealflow 密码');
    const invited = await eventually(async () => app.db.user.findFirst({ where: { email } }));
    expect(invited.role).toBe('rep');

    await page
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('button', { name: twoChars('编辑') })
      .click();
    const edit = page.getByRole('dialog');
    await choose(page, edit.getByLabel('角色'), '主管');
    await edit.getByRole('button', { name: twoChars('保存') }).click();
    await eventually(async () => (await app.db.user.findUniqueOrThrow({ where: { id: invited.id } })).role === 'supervisor');
    await expect
      .poll(() =>
        page
          .getByRole('row', { name: new RegExp(name) })
          .getByText('主管')
          .isVisible(),
      )
      .toBe(true);

    await page
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('button', { name: twoChars('停用') })
      .click();
    const confirm = page.locator('.ant-popconfirm');
    await expect.poll(() => confirm.getByText(`停用 ${name}？`).isVisible()).toBe(true);
    await confirm.getByRole('button', { name: twoChars('停用') }).click();
    await eventually(async () => !(await app.db.user.findUniqueOrThrow({ where: { id: invited.id } })).active);
    await expect
      .poll(() =>
        page
          .getByRole('row', { name: new RegExp(name) })
          .getByText('已停用')
          .isVisible(),
      )
      .toBe(true);
    await context.close();
  });

  it('lets a rep make a token from the user menu, see its secret once, and revoke it', async () => {
    const rep = await userWithPassword(app, 'rep', { locale: 'zh-CN' });
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, rep, '/admin/users');
    await page.waitForURL(/\/admin\/tokens$/);
    await expect.poll(() => page.getByRole('tab').count()).toBe(1);
    const { name } = await app.db.user.findUniqueOrThrow({ where: { id: rep.id } });

    await page.goto('/my-day');
    await page.getByRole('button', { name }).hover();
    await page.getByRole('link', { name: 'API 令牌' }).click();
    await page.waitForURL(/\/admin\/tokens$/);

    await page.getByRole('button', { name: '创建令牌' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('名称').fill('ERP sync');
    await create.getByRole('button', { name: '创建令牌' }).click();
    const shown = page.getByRole('dialog', { name: '令牌已创建' });
    const secret = await shown.getByLabel('令牌').inputValue();
    await expectAccessible(page);
    await screenshot(page, 'admin-tokens.secret');
    const bearer = () => fetch(`${app.url}/api/v1/session`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await bearer()).status).toBe(200);
    await shown
      .locator('.ant-modal-footer')
      .getByRole('button', { name: twoChars('关闭') })
      .click();
    await shown.waitFor({ state: 'detached' });

    const row = page.getByRole('row', { name: /ERP sync/ });
    await expect.poll(() => row.getByText('有效').isVisible()).toBe(true);
    expect(await page.content()).not.toContain(secret);
    await expectAccessible(page);
    await screenshot(page, 'admin-tokens');
    await row.getByRole('button', { name: twoChars('撤销') }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: twoChars('撤销') })
      .click();
    await expect.poll(() => row.getByText('已撤销').isVisible()).toBe(true);
    expect((await bearer()).status).toBe(401);
    await context.close();
  });

  it('shows the process definition’s stages in order', async () => {
    const admin = await userWithPassword(app, 'admin', { locale: 'en' });
    const process = await fetch(`${app.url}/api/v1/process`, { headers: { authorization: `Bearer ${admin.token}`, 'accept-language': 'en' } });
    const stages = ((await process.json()) as { stages: Array<{ label: string }> }).stages.map((s) => s.label);
    const context = await newContext(browser, app, { locale: 'en' });
    const page = await context.newPage();
    await signIn(page, admin, '/admin/process');
    const stageRows = page.locator('table').first().locator('tbody tr.ant-table-row');
    await expect.poll(() => stageRows.count()).toBe(stages.length);
    const shown = await stageRows.evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.querySelector('div')?.textContent));
    expect(shown).toEqual(stages);
    await expectAccessible(page);
    await screenshot(page, 'admin-process');
    await context.close();
  });
});
