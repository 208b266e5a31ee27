import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';
import type { TestApp } from '../../support/app';
import { someAddress } from '../../support/session';

export const SCREENSHOTS = join(process.cwd(), 'test-output', 'web');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Debian's chromium, headless, pointed at a test app. The app's public URL (the one its emails
 * link to, http://dealflow.test) resolves to the app's port, so an email's link opens as it would
 * for a user.
 */
export async function launchBrowser(app: TestApp): Promise<Browser> {
  const { host, port } = new URL(app.url);
  const publicHost = new URL(app.signIn.publicUrl).host;
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--host-resolver-rules=MAP ${publicHost} ${host.split(':')[0]}:${port}`,
    ],
  });
}

/** A fresh browser profile: its own cookies, in a language and at a width. */
export async function newContext(
  browser: Browser,
  app: TestApp,
  options: { locale?: 'zh-CN' | 'en'; width?: number; height?: number } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: app.signIn.publicUrl,
    locale: options.locale ?? 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The app then turns Ant Design's motion off: a dialog still opening ignores clicks.
    reducedMotion: 'reduce',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    // Its own client address: the API tests' failed sign-ins from loopback must not throttle this browser.
    extraHTTPHeaders: { 'x-forwarded-for': someAddress() },
  });
  context.setDefaultTimeout(15_000);
  keepEvidenceOnFailure(context);
  return context;
}

/** When the test fails: a screenshot of each of its pages, and the browser's errors, printed. */
function keepEvidenceOnFailure(context: BrowserContext) {
  const errors: string[] = [];
  context.on('weberror', (e) => errors.push(`page error: ${e.error().message}`));
  context.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  onTestFailed(async ({ task }) => {
    const name = `FAILED ${task.name}`.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
    await Promise.all(context.pages().map((page, i) => screenshot(page, `${name}-${i}`).catch(() => undefined)));
    if (errors.length) console.error(`browser errors in "${task.name}":\n${errors.join('\n')}`);
  });
}

/** Signs in through the sign-in page, as a user would, and waits to leave it. */
export async function signIn(page: Page, user: { email: string; password: string }, path = '/') {
  await page.goto(path);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel(/邮箱|Email/).fill(user.email);
  await page.getByLabel(/密码|Password/).fill(user.password);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Saves the page as test-output/web/<name>.png, for a person to look at. */
export async function screenshot(page: Page, name: string) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until no finite animation runs: Ant Design ignores clicks on a dialog that is still opening. */
export async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
}

/** Presses a dialog's confirming button once the dialog has finished opening, and waits until the dialog has closed. */
export async function confirmIn(page: Page, dialog: Locator, button: RegExp) {
  await dialog.waitFor();
  await settled(page);
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
}

/** Runs axe-core on the page as it is now; a serious or critical violation fails the test, naming the rule and the elements. */
export async function expectAccessible(page: Page) {
  // A notice or dialog mid-fade is translucent, and its contrast says nothing about the page.
  await settled(page);
  // Evaluated, not added as a <script>: our CSP refuses inline scripts, as it should.
  await page.evaluate(await readFile(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n: { target: string[] }) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations).toEqual([]);
}

/**
 * Picks `option` in an Ant Design select, typing it first where the select searches. The select is
 * centred first: near the viewport's edge its list flips sides while the option is scrolled to.
 */
export async function choose(page: Page, select: Locator, option: string) {
  await select.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await select.click();
  if (await select.isEditable()) await select.fill(option);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Ant Design spaces out a two-character Chinese button label ("停 用"). */
export const twoChars = (word: string) => new RegExp(`^${[...word].join('\\s*')}$`);

/** Types a date (and time) into an Ant Design picker, as its format shows it, and accepts it. */
export async function typeDate(input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/**
 * Waits for a message toast holding `text`. Toasts stay about three seconds, so this counts
 * matching notices rather than waiting on one element that may already have gone.
 */
export async function expectToast(page: Page, text: string) {
  const notices = page.locator('.ant-message-notice').filter({ hasText: text });
  await expect.poll(() => notices.count(), { timeout: 30_000 }).toBeGreaterThan(0);
}
