import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_HOLIDAY_CALENDAR, calendarCoverage, localDate, missingYearsWarning } from '../../process';
import { prisma } from '../../scripts/prisma/cli';
import { type TestApp, startTestApp } from '../support/app';
import { privateDatabase } from '../support/private-database';
import { userWithPassword } from '../support/session';
import { confirmIn, expectAccessible, expectToast, launchBrowser, newContext, screenshot, signIn, typeDate } from './support/browser';

// Adding a year changes the calendar every workflow started afterwards is handed, so this file
// runs on a database of its own.
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

// The seed covers 2004–2026, so 2027 is missing from now on: this year, or next year from 1 November.
const missing = calendarCoverage(SEED_HOLIDAY_CALENDAR, localDate(Date.now(), 'Asia/Shanghai')).missing;

const yearRow = (page: Page, year: number) => page.getByRole('row').filter({ has: page.getByRole('button', { name: `查看 ${year} 年` }) });

async function typeRange(page: Page, row: ReturnType<Page['getByTestId']>, from: string, to: string) {
  await typeDate(row.getByPlaceholder('开始日期'), from);
  const end = row.getByPlaceholder('结束日期');
  await end.fill(to);
  await end.press('Enter');
}

describe('the holiday calendar screen', () => {
  it('warns of 2027, refuses a weekday make-up day on its field, then adds 2027 as an admin’s year and the warning goes', async () => {
    expect(missing).toContain(2027);
    const admin = await userWithPassword(app, 'admin', { locale: 'zh-CN' });
    const page = await (await newContext(browser, app)).newPage();
    await signIn(page, admin, '/admin/calendar');
    await page.waitForURL(/\/admin\/calendar$/);
    await expect.poll(() => page.getByRole('tab', { name: '节假日日历' }).getAttribute('aria-selected')).toBe('true');
    const warning = page.getByRole('alert').filter({ hasText: '日历缺少年份' });
    await expect.poll(() => warning.getByText(missingYearsWarning(missing)['zh-CN']).isVisible()).toBe(true);
    await expect.poll(() => yearRow(page, 2026).getByText('内置').isVisible()).toBe(true);
    expect(await page.getByText('当前日历版本 1').isVisible()).toBe(true);
    await screenshot(page, 'admin-calendar.missing');

    await warning.getByRole('button', { name: '添加 2027 年' }).click();
    await expect.poll(() => page.getByText('2027 年尚未录入', { exact: false }).isVisible()).toBe(true);
    const holiday = page.getByTestId('holiday-row').first();
    await typeRange(page, holiday, '2027-02-06', '2027-02-13');
    await holiday.getByLabel('中文名称').fill('春节');
    await holiday.getByLabel('英文名称').fill('Spring Festival');
    await expect.poll(() => holiday.getByText('8 天').isVisible()).toBe(true);
    await page.getByRole('button', { name: '添加调休上班日' }).click();
    const workday = page.getByTestId('workday-row').first();
    await typeDate(workday.getByLabel('上班日期'), '2027-02-17');
    await expect.poll(() => workday.getByText('星期三').isVisible()).toBe(true);

    await page.getByRole('button', { name: '保存此年份' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '将 2027 年保存为日历版本 2？' });
    await expect.poll(() => confirm.getByText('新启动和运行中的流程都按新版本计算工作日与提醒', { exact: false }).isVisible()).toBe(true);
    await confirmIn(page, confirm, /保存此年份/);
    await expect.poll(() => workday.getByText('a make-up working day is a Saturday or a Sunday').isVisible()).toBe(true);
    expect(await app.db.calendarYear.findUnique({ where: { year: 2027 } })).toBeNull();
    await expectAccessible(page);
    await screenshot(page, 'admin-calendar.refused');

    await typeDate(workday.getByLabel('上班日期'), '2027-02-20');
    await page.getByRole('button', { name: '保存此年份' }).click();
    await confirmIn(page, page.getByRole('dialog').filter({ hasText: '将 2027 年保存为日历版本 2？' }), /保存此年份/);
    await expectToast(page, '2027 年已保存为日历版本 2');
    await expect.poll(() => yearRow(page, 2027).getByText('管理员录入').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('当前日历版本 2').isVisible()).toBe(true);
    await expect.poll(() => warning.count()).toBe(0);
    expect(await app.db.calendarYear.findUniqueOrThrow({ where: { year: 2027 } })).toMatchObject({
      version: 2,
      holidays: [{ from: '2027-02-06', to: '2027-02-13', name: { zh: '春节', en: 'Spring Festival' } }],
      workdays: ['2027-02-20'],
    });
    await expectAccessible(page);
    await screenshot(page, 'admin-calendar');
    await page.context().close();
  });

  it('imports 2028 from an iCalendar file, and shows why a file that is none is refused', async () => {
    const admin = await userWithPassword(app, 'admin', { locale: 'zh-CN' });
    const page = await (await newContext(browser, app)).newPage();
    await signIn(page, admin, '/admin/calendar');
    await page.getByLabel('要添加的年份').fill('2028');
    await page.getByRole('button', { name: '添加年份' }).click();
    await expect.poll(() => page.getByText('2028 年尚未录入', { exact: false }).isVisible()).toBe(true);
    const upload = page.locator('input[type=file]');

    await upload.setInputFiles({ name: 'notes.ics', mimeType: 'text/calendar', buffer: Buffer.from('not a calendar') });
    const refused = page.getByRole('alert').filter({ hasText: '未能导入 notes.ics' });
    await expect.poll(() => refused.getByText('not an iCalendar file: it has no BEGIN:VCALENDAR').isVisible()).toBe(true);
    expect(await app.db.calendarYear.findUnique({ where: { year: 2028 } })).toBeNull();

    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20280126',
      'DTEND;VALUE=DATE:20280202',
      'SUMMARY:春节',
      'SUMMARY;LANGUAGE=en:Spring Festival',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20280122',
      'SUMMARY:春节调休补班',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    await upload.setInputFiles({ name: '2028.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
    await expectToast(page, '已从 2028.ics 导入 2028 年：1 个假期，1 个调休上班日');
    await expect.poll(() => refused.count()).toBe(0);
    await expect.poll(() => yearRow(page, 2028).getByText('管理员录入').isVisible()).toBe(true);
    const holiday = page.getByTestId('holiday-row').first();
    await expect.poll(() => holiday.getByPlaceholder('开始日期').inputValue()).toBe('2028-01-26');
    expect(await holiday.getByPlaceholder('结束日期').inputValue()).toBe('2028-02-01');
    expect(await holiday.getByLabel('英文名称').inputValue()).toBe('Spring Festival');
    expect(await page.getByTestId('workday-row').first().getByLabel('上班日期').inputValue()).toBe('2028-01-22');
    expect(await app.db.calendarYear.findUniqueOrThrow({ where: { year: 2028 } })).toMatchObject({ workdays: ['2028-01-22'] });
    await page.context().close();
  });

  it('reads the same in English', async () => {
    const admin = await userWithPassword(app, 'admin', { locale: 'en' });
    const page = await (await newContext(browser, app, { locale: 'en' })).newPage();
    await signIn(page, admin, '/admin/calendar');
    await expect.poll(() => page.getByRole('tab', { name: 'Holiday calendar' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByRole('heading', { name: 'Holidays' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Import an ICS file' }).isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'admin-calendar.en');
    await page.context().close();
  });

  it('is not offered to a rep', async () => {
    const rep = await userWithPassword(app, 'rep', { locale: 'zh-CN' });
    const page = await (await newContext(browser, app)).newPage();
    await signIn(page, rep, '/admin/calendar');
    await page.waitForURL(/\/admin\/tokens$/);
    await expect.poll(() => page.getByRole('tab').count()).toBe(1);
    expect(await page.getByRole('tab', { name: '节假日日历' }).count()).toBe(0);
    await page.context().close();
  });
});
