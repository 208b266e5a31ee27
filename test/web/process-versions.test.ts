import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_V1 } from '../../process/document';
import { prisma } from '../../scripts/prisma/cli';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, makeAccount, makeUser } from '../support/fixtures';
import { privateDatabase } from '../support/private-database';
import { userWithPassword } from '../support/session';
import { confirmIn, expectAccessible, expectToast, launchBrowser, newContext, screenshot, signIn } from './support/browser';

// Publishing changes the current process version for everyone, so this file runs on a database of its own.
let app: TestApp;
let browser: Browser;
let database: Awaited<ReturnType<typeof privateDatabase>>;
beforeAll(async () => {
  database = await privateDatabase();
  await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: database.url } });
  app = await startTestApp({ databaseUrl: database.url });
  browser = await launchBrowser(app);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await database?.drop();
});

const withLeadRequiring = (entryFacts: string[]) => ({
  ...BUILTIN_V1,
  facts: [...BUILTIN_V1.facts, { key: 'decisionMaker', label: { zh: '决策人', en: 'Decision maker' }, value: { type: 'text' } }],
  stages: BUILTIN_V1.stages.map((s, i) => (i === 0 ? { ...s, entryFacts } : s)),
});

describe('the process versions screen', () => {
  it('drafts a version, shows the server’s problems in the document, its differences and dry run, then publishes it', async () => {
    const rep = await makeUser(app, 'rep');
    const { accountId } = await makeAccount(app);
    const deal = (await rep.api('POST', '/api/v1/deals', { title: '华东制造 ERP', accountId, amount: 1000 })).body;
    await eventually(async () => (await app.db.deal.findUnique({ where: { id: deal.id } })) !== null);

    const admin = await userWithPassword(app, 'admin', { locale: 'zh-CN' });
    const page = await (await newContext(browser, app)).newPage();
    await signIn(page, admin, '/admin/versions');
    await expect.poll(() => page.getByRole('tab', { name: '流程版本' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByRole('heading', { name: '版本 1' }).isVisible()).toBe(true);
    expect(await page.getByText('已发布的版本不可修改', { exact: false }).isVisible()).toBe(true);

    await page.getByRole('button', { name: '新建草稿' }).click();
    await expectToast(page, '已创建草稿版本 2');
    await expect.poll(() => page.getByRole('heading', { name: '版本 2' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('与当前版本没有差异。').isVisible()).toBe(true);

    const editor = page.getByLabel('文档（JSON）');
    await editor.fill('{ not json');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => page.getByText('不是有效的 JSON', { exact: false }).isVisible()).toBe(true);

    await editor.fill(JSON.stringify(withLeadRequiring(['nowhere']), null, 2));
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => page.getByText('stages.0.entryFacts.0: is not in the fact catalogue').isVisible()).toBe(true);
    await screenshot(page, 'process-versions.refused');

    await editor.fill(JSON.stringify(withLeadRequiring(['decisionMaker']), null, 2));
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expectToast(page, '草稿版本 2 已保存');
    await expect.poll(() => page.getByText('is not in the fact catalogue', { exact: false }).count()).toBe(0);
    const requirements = page.locator('.ant-descriptions').filter({ hasText: '阶段准入要求' });
    await expect.poll(() => requirements.getByText('+ 决策人').isVisible()).toBe(true);
    expect(await page.getByText('潜在商机（准入事实）').isVisible()).toBe(true);

    await page.getByRole('button', { name: '开始试运行' }).click();
    const row = page.getByRole('row').filter({ hasText: '华东制造 ERP' });
    await expect.poll(() => row.getByText('决策人').isVisible()).toBe(true);
    expect(await row.getByText('潜在商机').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'process-versions.draft');

    await page
      .getByRole('button', { name: '发 布' })
      .or(page.getByRole('button', { name: '发布' }))
      .first()
      .click();
    await confirmIn(page, page.getByRole('dialog').filter({ hasText: '发布版本 2？' }), /发\s*布/);
    await expectToast(page, '版本 2 已发布，成为当前版本');
    await expect.poll(() => page.getByText('已发布的版本不可修改', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByLabel('文档（JSON）').count()).toBe(0);
    expect(await app.db.processVersion.findUniqueOrThrow({ where: { version: 2 } })).toMatchObject({ status: 'published' });
    await expectAccessible(page);
    await screenshot(page, 'process-versions');
    await page.context().close();
  });

  it('reads the same in English', async () => {
    const admin = await userWithPassword(app, 'admin', { locale: 'en' });
    const page = await (await newContext(browser, app, { locale: 'en' })).newPage();
    await signIn(page, admin, '/admin/versions');
    await expect.poll(() => page.getByRole('tab', { name: 'Process versions' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByRole('heading', { name: 'Differences from the current version' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'New draft' }).isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'process-versions.en');
    await page.context().close();
  });
});
