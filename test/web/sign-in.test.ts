import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { type TestApp, startTestApp } from '../support/app';
import { userWithPassword } from '../support/session';
import { expectAccessible, launchBrowser, newContext, screenshot, signIn } from './support/browser';

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

describe('sign-in page', () => {
  it('labels its fields in Chinese by default, refuses a wrong password, and signs in to My day', async () => {
    const rep = await userWithPassword(app, 'rep', { locale: 'zh-CN' });
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await page.goto('/my-day');
    await page.waitForURL(/\/sign-in\?next=%2Fmy-day/);
    await expect.poll(() => page.getByLabel('邮箱').isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel('密码').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'sign-in.zh-CN');

    await page.getByLabel('邮箱').fill(rep.email);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('邮箱或密码不正确');

    await page.getByLabel('密码').fill(rep.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/my-day$/);
    await context.close();
  });

  it('speaks English to an English browser, and a deep link returns there after sign-in', async () => {
    const rep = await userWithPassword(app, 'rep', { locale: 'en' });
    const context = await newContext(browser, app, { locale: 'en' });
    const page = await context.newPage();
    await signIn(page, rep, '/approvals');
    expect(new URL(page.url()).pathname).toBe('/approvals');
    await context.close();
  });

  it('answers an unknown path with the app and a 404', async () => {
    const response = await fetch(`${app.url}/no-such-page`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<div id="root">');
  });
});
