import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { eventually } from '../support/fixtures';
import { addressedTo, mailbox } from '../support/mailbox';
import { fastService } from '../support/service-scene';
import { secondsPolicy, ticketScene } from '../support/tickets';
import { choose, confirmIn, expectAccessible, expectToast, launchBrowser, newContext, screenshot, signIn, twoChars, typeDate } from './support/browser';
import { rowOf, shanghaiTime, signedForService, signingIn } from './support/service';

let app: TestApp;
let browser: Browser;
let accepted: Awaited<ReturnType<typeof signedForService>>;
let visited: Awaited<ReturnType<typeof signedForService>>;
const mail = mailbox(inject('stack').mailWebUrl!);
const tag = randomUUID().slice(0, 6);
/** The link of the first email to `email` whose text holds `path`: every after-sales email links to a page of the app. */
const linkIn = async (email: string, path: string) => {
  const found = await mail.waitFor((e) => addressedTo(email)(e) && (e.text ?? '').includes(path), 30_000);
  return found.text!.match(/https?:\/\/\S+/g)!.find((url) => url.includes(path))!;
};
const TICKET = `Conveyor halts ${tag}`;
const OWN_TICKET = `Printer overheats ${tag}`;
const PURPOSE = `Check the new conveyor ${tag}`;

beforeAll(async () => {
  // Visits a warranty month apart, months of a minute; SLA targets of ten and twenty minutes, so the clocks run but never breach here.
  app = await startTestApp({ serviceTiming: fastService(60, 2), supportTiming: secondsPolicy(600, 1200) });
  browser = await launchBrowser(app);
  [accepted, visited] = await Promise.all([signedForService(app, `After-sales walk ${tag}`), signedForService(app, `Visit walk ${tag}`)]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('after-sales in the browser', () => {
  it('a service engineer completes a checklist item, records a training and the acceptance, and opens a ticket, on the deal’s after-sales tab', async () => {
    const context = await newContext(browser, app);
    const page = await context.newPage();
    // The late item's alert links to the after-sales tab.
    await signIn(page, accepted.engineer, await linkIn(accepted.engineer.email, `/deals/${accepted.deal.id}?tab=service`));
    const tab = page.getByTestId('service-tab');
    const item = rowOf(tab, '环境准备就绪');
    await expect.poll(() => item.textContent()).toContain('已逾期');
    await item.getByRole('button', { name: twoChars('完成') }).click();
    await confirmIn(page, page.locator('.ant-popconfirm'), twoChars('完成'));
    await expectToast(page, '已完成');
    await expect.poll(() => item.textContent()).toContain(`由 ${accepted.engineer.name} 完成`);

    await page.getByRole('button', { name: '记录培训' }).click();
    const training = page.getByRole('dialog', { name: '记录培训' });
    await training.getByLabel('培训讲师').fill('刘工');
    await training.getByLabel('培训内容').fill('日常操作, 故障处理');
    await training.getByLabel('姓名 1').fill('王强');
    await training.getByLabel('考核成绩 1').fill('85');
    await training.getByRole('button', { name: '添加学员' }).click();
    await training.getByLabel('姓名 2').fill('李敏');
    await training.getByLabel('考核成绩 2').fill('40');
    await expectAccessible(page);
    await training.getByRole('button', { name: '记录培训' }).click();
    await training.waitFor({ state: 'hidden' });
    const trainings = page.getByTestId('trainings');
    await expect.poll(() => trainings.textContent()).toContain('王强');
    expect(await rowOf(trainings, '王强').textContent()).toContain('通过');
    expect(await rowOf(trainings, '李敏').textContent()).toMatch(/操作人员40未通过/);

    const acceptance = page.getByTestId('acceptance');
    await acceptance.getByLabel('客户签字人').fill('张总');
    await acceptance.getByLabel('备注').fill('设备运行正常');
    // Enter in the date submits the form, as in any form; the confirmation comes first.
    await typeDate(acceptance.getByLabel('签字时间'), shanghaiTime(new Date(Date.now() - 60_000)));
    const confirm = page.getByRole('dialog', { name: '确认记录验收？' });
    await expect.poll(() => confirm.textContent()).toContain('不可撤销');
    await confirmIn(page, confirm, twoChars('确定'));
    await expectToast(page, '验收已记录');
    await expect.poll(() => acceptance.textContent()).toContain('张总');
    await expect.poll(() => page.getByTestId('warranty').textContent()).toContain('2 个月');
    await expect.poll(() => page.getByTestId('next-visits').textContent(), { timeout: 20_000 }).toContain('制度性回访');
    expect(await tab.getByRole('button', { name: twoChars('完成') }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'service.tab');

    await page.getByTestId('service-tickets').getByRole('button', { name: '新建工单' }).click();
    const opening = page.getByRole('dialog', { name: '新建工单' });
    await opening.getByLabel('标题').fill(OWN_TICKET);
    await opening.getByLabel('故障描述').fill('打印头过热');
    await opening.getByLabel('报修人（客户）').fill('张总');
    await opening.getByRole('button', { name: '新建工单' }).click();
    await page.waitForURL(/\/tickets\/[0-9a-f-]{36}$/);
    await expectToast(page, '工单已创建');
    await expect.poll(() => page.getByRole('heading', { name: OWN_TICKET }).count()).toBe(1);
    await context.close();
  });

  it('a service engineer records a visit that opens a ticket, sees it count down in the queue, responds and restores it', async () => {
    const { engineer, contract } = visited;
    const due = new Date(Date.now() + 3_600_000).toISOString();
    expect((await engineer.api('POST', '/api/v1/visits', { contractId: contract.id, dueAt: due, purpose: PURPOSE })).status).toBe(201);
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, engineer);
    await page.waitForURL(/\/tickets\?assignee=me/);
    await page.getByRole('navigation', { name: '菜单' }).getByRole('link', { name: '服务日历' }).click();
    // The engineer's only visit: the ad-hoc one just scheduled.
    const row = rowOf(page, '技术性回访');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('button', { name: '安排回访' }).click();
    const scheduling = page.getByRole('dialog', { name: '安排回访' });
    await scheduling.getByLabel('回访目的').fill('复查控制器');
    await scheduling.getByRole('button', { name: '安排回访' }).click();
    await scheduling.waitFor({ state: 'hidden' });
    await expectToast(page, '回访已安排');
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(2);
    // The visit scheduled first is due first.
    await row.first().getByRole('button', { name: '记录回访' }).click();
    const dialog = page.getByRole('dialog', { name: /记录回访/ });
    await dialog.getByLabel('回访人员').fill('刘工, 陈工');
    await dialog.getByLabel('客户在场人员').fill('王磊');
    await dialog.getByLabel('检查内容').fill('输送线运行、电气柜');
    await dialog.getByLabel('发现的问题').fill('运行 10 分钟后停机');
    await dialog.getByLabel('采取的措施').fill('已记录故障代码 E42');
    await dialog.getByText('4', { exact: true }).click();
    await dialog.getByLabel('客户确认人').fill('王磊');
    await dialog.getByRole('switch', { name: '同时新建工单' }).click();
    await dialog.getByLabel('工单标题').fill(TICKET);
    await dialog.getByLabel('故障描述').fill('停机并报 E42');
    await choose(page, dialog.getByLabel('优先级'), '紧急');
    await expectAccessible(page);
    await screenshot(page, 'visits.record');
    await dialog.getByRole('button', { name: '记录回访' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectToast(page, '回访已记录');
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);

    await page.getByRole('navigation', { name: '菜单' }).getByRole('link', { name: '工单' }).click();
    const ticketRow = rowOf(page, TICKET);
    await expect.poll(() => ticketRow.count(), { timeout: 20_000 }).toBe(1);
    expect(await ticketRow.textContent()).toContain('紧急');
    expect(await ticketRow.textContent()).toContain(visited.deal.title);
    const timer = ticketRow.getByRole('timer').first();
    const before = await timer.textContent();
    expect(before).toMatch(/剩余 00:\d\d:\d\d/);
    await expect.poll(() => timer.textContent()).not.toBe(before);
    await expectAccessible(page);
    await screenshot(page, 'tickets.queue');

    await ticketRow.getByRole('link', { name: TICKET }).click();
    await page.waitForURL(/\/tickets\/[0-9a-f-]{36}$/);
    const state = page.getByTestId('ticket-state');
    await expect.poll(() => state.textContent()).toBe('待响应');
    await page.getByRole('button', { name: '响应客户' }).click();
    const respond = page.getByRole('dialog', { name: '响应客户' });
    await respond.getByLabel('说明').fill('工程师已出发');
    await respond.getByRole('button', { name: '响应客户' }).click();
    await respond.waitFor({ state: 'hidden' });
    await expect.poll(() => state.textContent()).toBe('已响应');
    await expect.poll(() => page.getByTestId('sla-response').textContent()).toContain('已达成');

    await page.getByRole('button', { name: '故障已恢复' }).click();
    const restore = page.getByRole('dialog', { name: '故障已恢复' });
    await restore.getByRole('button', { name: '故障已恢复' }).click();
    await expect.poll(() => restore.textContent()).toContain('say how the fault was removed');
    expect(await state.textContent()).toBe('已响应');
    await restore.getByLabel('处理结果').fill('更换控制器，复位后运行正常');
    await restore.getByRole('button', { name: '故障已恢复' }).click();
    await restore.waitFor({ state: 'hidden' });
    await expect.poll(() => state.textContent()).toBe('已恢复');
    await expect.poll(() => page.getByTestId('sla-restore').textContent()).toContain('已达成');
    await expect.poll(() => page.getByText('更换控制器，复位后运行正常').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('button', { name: '重新打开' }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'ticket.page');
    await context.close();
  });

  it('shows a rep the after-sales tab read-only, and their own customer’s ticket but no other rep’s', async () => {
    const ticket = await eventually(async () => {
      const list = (await app.admin('GET', '/api/v1/tickets?limit=100')).body.items as Array<{ id: string; title: string }>;
      return list.find((t) => t.title === TICKET);
    });
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, accepted.rep, `/deals/${accepted.deal.id}?tab=service`);
    const tab = page.getByTestId('service-tab');
    await expect.poll(() => page.getByTestId('acceptance').textContent()).toContain('张总');
    await expect.poll(() => rowOf(tab, '环境准备就绪').textContent()).toContain('完成');
    expect(
      await tab
        .getByRole('button')
        .filter({ hasText: /完\s*成|重新打开|记录培训|新建工单/ })
        .count(),
    ).toBe(0);
    expect(await page.getByRole('navigation', { name: '菜单' }).getByRole('link', { name: '工单' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'service.tab.rep');

    await page.goto(`/tickets/${ticket.id}`);
    await expect.poll(() => page.getByText('无权访问').count()).toBe(1);
    expect(await page.getByText(TICKET).count()).toBe(0);
    await page.goto('/tickets');
    await expect.poll(() => rowOf(page, OWN_TICKET).count(), { timeout: 20_000 }).toBe(1);
    expect(await rowOf(page, TICKET).count()).toBe(0);
    await context.close();
  });

  it('shows a supervisor a breached ticket in red and a paused one as paused', async () => {
    const scene = await ticketScene(app);
    const breaching = await scene.openTicket({ title: `Breaching ${tag}`, support: secondsPolicy(1, 2) });
    const paused = await scene.openTicket({ title: `Paused ${tag}`, support: secondsPolicy(600, 1200) });
    await eventually(async () => (await app.admin('GET', `/api/v1/tickets/${paused.ticketId}`)).status === 200);
    expect((await scene.engineer.api('POST', `/api/v1/tickets/${paused.ticketId}/respond`, {})).status).toBe(200);
    expect((await scene.engineer.api('POST', `/api/v1/tickets/${paused.ticketId}/wait`, { reason: '客户在取日志' })).status).toBe(200);
    await eventually(async () =>
      (await app.admin('GET', `/api/v1/tickets?breached=true&limit=100`)).body.items.some((t: { id: string }) => t.id === breaching.ticketId),
    );
    const supervisor = await signingIn(app, scene.supervisor);
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, supervisor);
    await page.getByRole('navigation', { name: '菜单' }).getByRole('link', { name: '工单' }).click();
    const waiting = rowOf(page, `Paused ${tag}`);
    await expect.poll(() => waiting.textContent()).toContain('已暂停');
    expect(await waiting.textContent()).toContain('等待客户');
    await page.getByRole('checkbox', { name: '仅超时' }).click();
    await page.waitForURL(/breached=true/);
    await expect.poll(() => waiting.count()).toBe(0);
    const breached = rowOf(page, `Breaching ${tag}`);
    await expect.poll(() => breached.locator('[data-sla="breached"]').count()).toBe(2);
    expect(await breached.textContent()).toContain('已超时');
    await expectAccessible(page);
    await screenshot(page, 'tickets.breached');
    await context.close();

    // The engineer's warning links to the ticket's page.
    const engineer = await signingIn(app, scene.engineer);
    const own = await newContext(browser, app);
    const ticketPage = await own.newPage();
    await signIn(ticketPage, engineer, await linkIn(engineer.email, `/tickets/${breaching.ticketId}`));
    await expect.poll(() => ticketPage.getByRole('heading', { name: `Breaching ${tag}` }).count()).toBe(1);
    await own.close();
  });

  it('shows a supervisor the service calendar read-only, each visit with its customer, deal and contract', async () => {
    const customer = (await app.db.account.findUniqueOrThrow({ where: { id: visited.deal.accountId } })).name;
    const supervisor = await signingIn(app, visited.supervisor);
    const context = await newContext(browser, app);
    const page = await context.newPage();
    await signIn(page, supervisor);
    await page.getByRole('navigation', { name: '菜单' }).getByRole('link', { name: '服务日历' }).click();
    const row = rowOf(page, visited.contract.reference);
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await row.first().textContent()).toContain(customer);
    expect(await page.getByRole('button', { name: /记录回访|安排回访/ }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: '只看我的' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'visits.supervisor');
    await row.first().getByRole('link', { name: visited.deal.title }).click();
    await page.waitForURL(new RegExp(`/deals/${visited.deal.id}\\?tab=service$`));
    await expect.poll(() => page.getByTestId('service-tab').count()).toBe(1);
    await context.close();
  });

  it('speaks English', async () => {
    await app.db.user.update({ where: { id: visited.engineer.id }, data: { locale: 'en' } });
    const context = await newContext(browser, app, { locale: 'en' });
    const page = await context.newPage();
    await signIn(page, visited.engineer, '/tickets?state=restored');
    const row = rowOf(page, TICKET);
    await expect.poll(() => row.textContent()).toContain('Restored');
    expect(await row.textContent()).toContain('Met');
    expect(await row.textContent()).toContain('Urgent');
    await expectAccessible(page);
    await screenshot(page, 'tickets.en');
    await context.close();
  });
});
