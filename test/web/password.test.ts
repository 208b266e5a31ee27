import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { makeAccount } from '../support/fixtures';
import { addressedTo, mailbox } from '../support/mailbox';
import { passwordLinkIn } from '../support/password-links';
import { someAddress, userWithPassword } from '../support/session';
import { expectAccessible, launchBrowser, newContext, screenshot, signIn } from './support/browser';

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

async function choosePassword(page: Page, password: string, words = { password: '新密码', confirm: '确认新密码', submit: '设置密码' }) {
  await page.getByLabel(words.password, { exact: true }).fill(password);
  await page.getByLabel(words.confirm, { exact: true }).fill(password);
  await page.getByRole('button', { name: words.submit }).click();
}

async function resetLinkFor(email: string) {
  await fetch(`${app.url}/api/v1/password/forgot`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': someAddress() },
    body: JSON.stringify({ email }),
  });
  return passwordLinkIn(await mail.waitFor((e) => addressedTo(email)(e) && /password|密码/i.test(e.subject))).url;
}

describe('password pages', () => {
  it('takes an invited user from the email’s link to a password, then to sign-in and My day', async () => {
    const email = `invited-${randomUUID()}@test.local`;
    expect((await app.admin('POST', '/api/v1/users', { name: '李娜', email, role: 'rep', locale: 'zh-CN' })).status).toBe(201);
    const { url } = passwordLinkIn(await mail.waitFor(addressedTo(email)));
    expect(url.startsWith(`${app.signIn.publicUrl}/password/set?token=`)).toBe(true);

    const context = await newContext(browser, app);
    const page = await context.newPage();
    await page.goto(url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('欢迎使用 Dealflow');
    await expect.poll(() => page.getByLabel('邮箱').inputValue()).toBe(email);
    await expectAccessible(page);
    await screenshot(page, 'set-password');

    await page.getByLabel('新密码', { exact: true }).fill('short');
    await page.getByLabel('确认新密码', { exact: true }).fill('short');
    await page.getByRole('button', { name: '设置密码' }).click();
    await expect.poll(() => page.getByText('密码至少需要 10 个字符。').isVisible()).toBe(true);

    await choosePassword(page, 'a long enough passphrase');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('密码已设置');
    await page.getByRole('button', { name: /去\s*登\s*录/ }).click();
    await page.waitForURL(/\/sign-in$/);
    await signIn(page, { email, password: 'a long enough passphrase' }, '/sign-in');
    await page.waitForURL(/\/my-day$/);
    await context.close();
  });

  it('shows a used reset link as used, with the way to a new one', async () => {
    const rep = await userWithPassword(app, 'rep', { locale: 'en' });
    const url = await resetLinkFor(rep.email);
    const context = await newContext(browser, app, { locale: 'en' });
    const page = await context.newPage();
    await page.goto(url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose a new password');
    await choosePassword(page, 'my new passphrase', { password: 'New password', confirm: 'Confirm the new password', submit: 'Set password' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Your password is set');

    await page.goto(url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('This link has already been used');
    await expectAccessible(page);
    await screenshot(page, 'set-password.used');
    await page.getByRole('button', { name: 'Request a new link' }).click();
    await page.waitForURL(/\/password\/forgot$/);
    await context.close();
  });

  it('answers forgot password with the same message whether or not the account exists', async () => {
    const rep = await userWithPassword(app, 'rep', { locale: 'zh-CN' });
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.waitForURL(/\/password\/forgot$/);
    await expectAccessible(page);
    await screenshot(page, 'forgot-password');
    const answerFor = async (email: string) => {
      await page.goto('/password/forgot');
      await page.getByLabel('邮箱').fill(email);
      await page.getByRole('button', { name: '发送链接' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: email }).isVisible()).toBe(true);
      return (await page.getByRole('status').filter({ hasText: email }).textContent())!.replace(email, '<email>');
    };
    const known = await answerFor(rep.email);
    await screenshot(page, 'forgot-password.sent');
    expect(await answerFor(`nobody-${randomUUID()}@test.local`)).toBe(known);
    expect(known).toContain('如果 <email> 对应一个有效账号');
    await mail.waitFor(addressedTo(rep.email));
    await context.close();
  });

  it('opens the deal an email links to once its reader has signed in', async () => {
    const rep = await userWithPassword(app, 'rep', { locale: 'zh-CN' });
    const { accountId, contactId } = await makeAccount(app);
    const deal = (await rep.api('POST', '/api/v1/deals', { title: `Email link ${randomUUID().slice(0, 6)}`, accountId, amount: 1000 })).body;
    const at = new Date(Date.now() + 2_000).toISOString();
    expect((await rep.api('POST', `/api/v1/deals/${deal.id}/callbacks`, { at, contactId })).status).toBe(201);
    const reminder = await mail.waitFor((e) => addressedTo(rep.email)(e) && (e.text ?? '').includes(`/deals/${deal.id}`), 20_000);
    const link = new RegExp(`${app.signIn.publicUrl}/deals/${deal.id}`).exec(reminder.text!)![0];

    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, rep, link);
    expect(new URL(page.url()).pathname).toBe(`/deals/${deal.id}`);
    await context.close();
  });
});
