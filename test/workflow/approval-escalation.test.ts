import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { follow, linksIn } from '../support/approval-links';
import { dealAtGate } from '../support/approval-scene';
import { fastApprovals, orgChart } from '../support/approvals';
import { eventually, makeAccount } from '../support/fixtures';
import { type CaughtEmail, addressedTo, mailbox } from '../support/mailbox';

const REMIND_S = 2;
const ESCALATE_S = 2;

let app: TestApp;
let customer: Awaited<ReturnType<typeof makeAccount>>;
const mail = mailbox(inject('stack').mailWebUrl!);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  app = await startTestApp({ approvalTiming: fastApprovals(REMIND_S, ESCALATE_S) });
  customer = await makeAccount(app);
});
afterAll(() => app?.stop());

const about = (who: { email: string }, title: string) => (e: CaughtEmail) => addressedTo(who.email)(e) && e.subject.includes(title);
const subjectsTo = async (who: { email: string }, title: string) =>
  (await mail.list())
    .filter(about(who, title))
    .map((e) => `${e.subject.split(']')[0]}]`)
    .sort();

async function pending(title: string) {
  const org = await orgChart(app);
  const g = await dealAtGate(app, customer, org.rep, title);
  const asked = await g.ask();
  expect(asked.status).toBe(202);
  const id = asked.body.approvalId as string;
  const request = async () => (await org.rep.api('GET', `/api/v1/approvals/${id}`)).body;
  return { org, g, id, request };
}

/** Every approval email of this request went out once: one outbox row per key, each sent, and no Message-ID twice in the catcher. */
async function sentOnce(approvalId: string) {
  const rows = await app.db.emailOutbox.findMany({ where: { key: { startsWith: `approval:${approvalId}:` } } });
  expect(rows.every((r) => r.status === 'sent')).toBe(true);
  const ids = new Set(rows.map((r) => r.messageId));
  const caught = (await mail.list()).filter((e) => ids.has(e.headers['message-id']));
  expect(caught.length).toBe(rows.length);
  return rows.map((r) => r.key.split(':').slice(2).join(':')).sort();
}

describe('reminders and escalation', () => {
  it('reminds the approver, then escalates to the executive, telling the approver and the requester', async () => {
    const p = await pending('Escalate me');
    const first = await mail.waitFor(about(p.org.supervisor, 'Escalate me'));
    await mail.waitFor((e) => about(p.org.supervisor, 'Escalate me')(e) && e.subject.startsWith('[Approval reminder]'), (REMIND_S + 5) * 1000);
    const escalated = await mail.waitFor(about(p.org.executive, 'Escalate me'), (ESCALATE_S + 5) * 1000);
    expect(escalated.subject).toMatch(/^\[Approval\]/);
    expect(escalated.text).toContain(p.org.supervisor.name);
    await mail.waitFor((e) => about(p.org.rep, 'Escalate me')(e) && e.subject.startsWith('[Approval escalated]'));
    await mail.waitFor((e) => about(p.org.supervisor, 'Escalate me')(e) && e.subject.startsWith('[Approval escalated]'));

    const r = await p.request();
    expect(r.holder).toMatchObject({ assigneeId: p.org.executive.id });
    expect(r.chain[0].assignments.map((a: { assigneeId: string; escalatedFrom: string | null }) => [a.assigneeId, a.escalatedFrom])).toEqual([
      [p.org.supervisor.id, null],
      [p.org.executive.id, p.org.supervisor.id],
    ]);
    expect(r.history.map((h: { type: string }) => h.type)).toEqual(['requested', 'assigned', 'reminded', 'escalated']);

    // The supervisor's emailed link and inbox no longer decide it.
    const stale = await follow(app.url, linksIn(first).approve.path, { comment: 'ok' });
    expect(stale.status).toBe(409);
    expect(stale.html).toMatch(/escalat/i);
    expect((await p.org.supervisor.api('POST', `/api/v1/approvals/${p.id}/decision`, { decision: 'approve' })).status).toBe(403);

    expect((await p.org.executive.api('POST', `/api/v1/approvals/${p.id}/decision`, { decision: 'approve' })).status).toBe(200);
    await eventually(async () => (await p.g.live()).stage === 'PROJECT_INITIATED');
    const timeline = (await p.g.timeline()).map((e) => e.type);
    expect(timeline).toEqual(expect.arrayContaining(['approval_reminded', 'approval_escalated', 'approval_approved']));
    expect(await subjectsTo(p.org.supervisor, 'Escalate me')).toEqual(['[Approval escalated]', '[Approval reminder]', '[Approval]']);
    expect(await sentOnce(p.id)).toEqual(expect.arrayContaining(['1:1:requested', '1:1:reminder', '1:2:requested', '1:2:escalation-notice', '1:2:decided']));
  }, 30_000);

  it('lets exactly one of a decision and an escalation win when they race', async () => {
    const races = await Promise.all(['Race A', 'Race B', 'Race C'].map((t) => pending(t)));
    for (const p of races)
      await mail.waitFor((e) => about(p.org.supervisor, p.g.deal.title)(e) && e.subject.startsWith('[Approval reminder]'), (REMIND_S + 5) * 1000);
    // With no worker, the escalation timers come due and the decisions queue up: the worker then meets both at once.
    const decisions = await app.withWorkerDown(async () => {
      await sleep(ESCALATE_S * 1000 + 500);
      const sent = races.map((p) => p.org.supervisor.api('POST', `/api/v1/approvals/${p.id}/decision`, { decision: 'approve' }));
      await sleep(300);
      return sent;
    });
    for (const [i, p] of races.entries()) {
      const answer = await decisions[i];
      const r = await eventually(async () => {
        const x = await p.request();
        return (x.status !== 'pending' || x.holder?.assigneeId === p.org.executive.id) && x;
      });
      const types = r.history.map((h: { type: string }) => h.type);
      if (answer.status === 200) {
        expect(r.status).toBe('approved');
        expect(types).not.toContain('escalated');
        await eventually(async () => (await p.g.live()).stage === 'PROJECT_INITIATED');
      } else {
        expect(answer.status, JSON.stringify(answer.body)).toBe(403);
        expect(answer.body.detail).toMatch(/current approver/);
        expect(r.status).toBe('pending');
        expect(types).toContain('escalated');
        await mail.waitFor(about(p.org.executive, p.g.deal.title));
      }
    }
    await sleep(1500);
    for (const [i, p] of races.entries()) {
      const won = (await decisions[i]).status === 200;
      const toExecutive = (await mail.list()).filter(about(p.org.executive, p.g.deal.title));
      expect(toExecutive.length).toBe(won ? 0 : 1);
    }
  }, 40_000);

  it('loses nothing and sends nothing twice when the worker dies while a request waits', async () => {
    const p = await pending('Worker gone');
    await mail.waitFor(about(p.org.supervisor, 'Worker gone'));
    await app.withWorkerDown(() => sleep(REMIND_S * 1000 + 1000));
    await mail.waitFor((e) => about(p.org.supervisor, 'Worker gone')(e) && e.subject.startsWith('[Approval reminder]'), 10_000);
    expect((await p.org.supervisor.api('POST', `/api/v1/approvals/${p.id}/decision`, { decision: 'approve' })).status).toBe(200);
    await eventually(async () => (await p.g.live()).stage === 'PROJECT_INITIATED');
    await sleep(500);
    expect(await subjectsTo(p.org.supervisor, 'Worker gone')).toEqual(['[Approval reminder]', '[Approval]']);
    expect(await sentOnce(p.id)).toEqual(['1:1:decided', '1:1:reminder', '1:1:requested']);
    const timeline = await p.g.timeline();
    expect(timeline.filter((e) => e.type === 'approval_reminded')).toHaveLength(1);
    expect(timeline.filter((e) => e.type === 'stage_changed').map((e) => e.data.to)).toEqual(['INTENT', 'PROJECT_INITIATED']);
  }, 30_000);
});
