import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, makeAccount, makeUser } from '../support/fixtures';
import { type CaughtEmail, addressedTo, mailbox } from '../support/mailbox';
import { fastTiming } from '../support/timing';

let app: TestApp;
let customer: Awaited<ReturnType<typeof makeAccount>>;
const mail = mailbox(inject('stack').mailWebUrl!);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

beforeAll(async () => {
  app = await startTestApp({ followUpTiming: fastTiming() });
  customer = await makeAccount(app);
});
afterAll(() => app?.stop());

/** A rep with a supervisor, and a fresh deal of theirs. */
async function scene(title: string) {
  const supervisor = (await makeUser(app, 'supervisor')) as Awaited<ReturnType<typeof makeUser>> & { email: string };
  const rep = (await makeUser(app, 'rep', { supervisorId: supervisor.id })) as typeof supervisor;
  const deal = (await rep.api('POST', '/api/v1/deals', { title, accountId: customer.accountId, amount: 1000 })).body;
  const log = (activity: Record<string, unknown>) => rep.api('POST', `/api/v1/deals/${deal.id}/activities`, activity);
  const view = async () => (await rep.api('GET', `/api/v1/deals/${deal.id}`)).body;
  // Other files send emails too (digests, their own deals): only this deal's count here.
  const about = (who: { email: string }) => (e: CaughtEmail) => addressedTo(who.email)(e) && e.subject.includes(title);
  const emailsTo = async (who: { email: string }) => (await mail.list()).filter(about(who));
  const waitForEmail = (who: { email: string }, timeoutMs: number, also: (e: CaughtEmail) => boolean = () => true) =>
    mail.waitFor((e) => about(who)(e) && also(e), timeoutMs);
  return { rep, supervisor, deal, log, view, emailsTo, waitForEmail };
}
const subjects = (emails: CaughtEmail[]) => emails.map((e) => e.subject).sort();

describe('follow-up rules', () => {
  it('follows up emailed material when it comes due, reminds again, then tells the supervisor', async () => {
    const s = await scene('Material window');
    const logged = await s.log({ type: 'email_material', summary: 'Sent the brochure and price list' });
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
    expect(logged.headers.get('location')).toBe(`/api/v1/deals/${s.deal.id}/timeline?cursor=${logged.body.seq - 1}&limit=1`);
    expect(logged.body).toMatchObject({ dealId: s.deal.id, type: 'email_material', summary: 'Sent the brochure and price list', cancelledFollowUpIds: [] });
    const [material] = logged.body.followUps;
    expect(material).toMatchObject({ kind: 'material', state: 'open', ownerId: s.rep.id, escalateTo: s.supervisor.id, alerts: 0 });
    expect((await s.view()).reminders[0]).toMatchObject({ kind: 'followup', followUpId: material.id, level: 1, at: material.dueAt });

    const due = await s.waitForEmail(s.rep, 8_000);
    expect(due.subject).toMatch(/Follow-up due/i);
    const escalated = await s.waitForEmail(s.supervisor, 10_000);
    expect(escalated.cc?.map((a) => a.address)).toEqual([s.rep.email]);
    // The rep got the due notice, the reminder, and a copy of the escalation.
    expect(subjects(await s.emailsTo(s.rep))).toHaveLength(3);
    expect((await s.view()).followUps[0]).toMatchObject({ alerts: 3, state: 'open' });
  });

  it('cancels the material follow-up when the customer replies first', async () => {
    const s = await scene('Customer replied');
    await s.log({ type: 'email_material', summary: 'Sent the proposal' });
    const replied = await s.log({ type: 'customer_reply', summary: 'They want a meeting' });
    const after = await s.view();
    expect(replied.body.cancelledFollowUpIds).toEqual([after.followUps[0].id]);
    expect(after.followUps[0]).toMatchObject({ kind: 'material', state: 'cancelled' });
    expect(after.reminders.filter((r: { kind: string }) => r.kind === 'followup')).toEqual([]);
    await sleep(3_000);
    expect(await s.emailsTo(s.rep)).toEqual([]);
  });

  it('schedules the demo revisit on the agreed date, and a next step when asked', async () => {
    const s = await scene('Demo revisit');
    const revisitAt = inSeconds(3);
    const res = await s.log({ type: 'demo', summary: 'Demoed quoting', revisitAt, nextStep: { action: 'Send the trial licence', dueAt: inSeconds(60) } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.followUps.map((f: { kind: string; dueAt: string }) => [f.kind, f.dueAt])).toEqual([
      ['revisit', revisitAt],
      ['next_step', expect.any(String)],
    ]);
    await s.waitForEmail(s.rep, 6_000);
  });

  it('takes the material window per email, within 3–7 days', async () => {
    const s = await scene('Window of three');
    const before = Date.now();
    const res = await s.log({ type: 'email_material', summary: 'Short window', followUpDays: 3 });
    const due = Date.parse(res.body.followUps[0].dueAt) - before;
    expect(due).toBeGreaterThanOrEqual(3 * 86_400_000);
    expect(due).toBeLessThan(3 * 86_400_000 + 60_000);
  });

  it('refuses activities it cannot honour', async () => {
    const s = await scene('Bad activities');
    const future = await s.log({ type: 'call', summary: 'x', at: inSeconds(3600) });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].field).toBe('body.at');
    const window = await s.log({ type: 'email_material', summary: 'x', followUpDays: 9 });
    expect(window.status).toBe(422);
    expect(window.body.errors[0]).toMatchObject({ field: 'body.followUpDays' });
    const unknownType = await s.log({ type: 'telepathy', summary: 'x' });
    expect(unknownType.status).toBe(400);
    const pastStep = await s.log({ type: 'call', summary: 'x', nextStep: { action: 'y', dueAt: inSeconds(-60) } });
    expect(pastStep.status).toBe(422);
    expect((await s.view()).version).toBe(1);
  });
});

describe('call-backs', () => {
  it('reminds the owner at the second the customer chose', async () => {
    const s = await scene('Call me back');
    const at = inSeconds(4);
    const res = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/callbacks`, { at, contactId: customer.contactId, note: 'after the board meeting' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'callback', dueAt: at, contactId: customer.contactId, note: 'after the board meeting', state: 'open' });
    expect(res.headers.get('location')).toBe(`/api/v1/deals/${s.deal.id}/followups/${res.body.id}`);
    expect((await s.rep.api('GET', res.headers.get('location')!)).body).toEqual(res.body);
    const email = await s.waitForEmail(s.rep, 10_000);
    expect(email.subject).toContain('Call me back');
    expect(email.text).toContain('Wang Lei');
    const fired = (await s.view()).followUps[0];
    const late = Date.parse(fired.lastAlertAt) - Date.parse(at);
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(1_500);
  });

  it('can be moved and cancelled until it fires', async () => {
    const s = await scene('Moved call-back');
    const first = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/callbacks`, { at: inSeconds(3), contactId: customer.contactId });
    const id = first.body.id;
    const movedTo = inSeconds(8);
    const moved = await s.rep.api('PATCH', `/api/v1/deals/${s.deal.id}/callbacks/${id}`, { at: movedTo });
    expect(moved.status).toBe(200);
    expect(moved.body.reminders.find((r: { followUpId?: string }) => r.followUpId === id).at).toBe(movedTo);
    await sleep(3_500);
    expect(await s.emailsTo(s.rep)).toEqual([]);
    const cancelled = await s.rep.api('DELETE', `/api/v1/deals/${s.deal.id}/callbacks/${id}`);
    expect(cancelled.body.followUps[0].state).toBe('cancelled');
    await sleep(2_500);
    expect(await s.emailsTo(s.rep)).toEqual([]);
    expect((await s.rep.api('DELETE', `/api/v1/deals/${s.deal.id}/callbacks/${id}`)).status).toBe(409);
    expect((await s.rep.api('PATCH', `/api/v1/deals/${s.deal.id}/callbacks/00000000-0000-4000-8000-000000000000`, { at: inSeconds(9) })).status).toBe(404);
    expect((await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/callbacks`, { at: inSeconds(-5), contactId: customer.contactId })).status).toBe(422);
  });
});

describe('follow-up commands', () => {
  it('snoozes a due follow-up, which then comes due again', async () => {
    const s = await scene('Snoozed');
    const logged = await s.log({ type: 'call', summary: 'Asked for a quote', nextStep: { action: 'Send the quote', dueAt: inSeconds(2) } });
    const id = logged.body.followUps[0].id;
    await s.waitForEmail(s.rep, 6_000);
    const until = inSeconds(3);
    const snoozed = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/followups/${id}/snooze`, { until });
    expect(snoozed.body.followUps[0]).toMatchObject({ state: 'snoozed', alerts: 0 });
    expect(snoozed.body.reminders[0]).toMatchObject({ followUpId: id, level: 1, at: until });
    // After the snooze it comes due afresh: a second "due" notice, not the reminder of the first.
    await eventually(async () => (await s.emailsTo(s.rep)).filter((e) => /Follow-up due/.test(e.subject)).length === 2, 8_000);
    expect(Date.parse((await s.view()).followUps[0].lastAlertAt)).toBeGreaterThanOrEqual(Date.parse(until));
    const done = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/followups/${id}/done`, {
      note: 'quote sent',
      activity: { type: 'email_material', summary: 'Quote v1' },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.followUps.map((f: { kind: string; state: string }) => `${f.kind}:${f.state}`)).toEqual(['next_step:done', 'material:open']);
    expect((await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/followups/${id}/cancel`, {})).status).toBe(409);
  });

  it('lists the rep’s day from the read model', async () => {
    const s = await scene('Rep day');
    await s.log({ type: 'call', summary: 'x', nextStep: { action: 'Later', dueAt: inSeconds(3600) } });
    await s.log({ type: 'call', summary: 'y', nextStep: { action: 'Sooner', dueAt: inSeconds(1800) } });
    const day = await eventually(async () => {
      const res = await s.rep.api('GET', '/api/v1/followups?assignee=me&state=pending');
      return res.body.items.length === 2 && res.body;
    });
    expect(day.items.map((f: { action: string }) => f.action)).toEqual(['Sooner', 'Later']);
    expect(day.items[0]).toMatchObject({ dealId: s.deal.id, dealTitle: 'Rep day', ownerId: s.rep.id });
    const before = await s.rep.api('GET', `/api/v1/followups?dueBefore=${encodeURIComponent(inSeconds(2700))}`);
    expect(before.body.items.map((f: { action: string }) => f.action)).toEqual(['Sooner']);
    expect((await s.supervisor.api('GET', `/api/v1/followups?assignee=${s.rep.id}`)).body.items).toHaveLength(2);
    const stranger = await makeUser(app, 'rep');
    expect((await stranger.api('GET', `/api/v1/followups?assignee=${s.rep.id}`)).status).toBe(403);
    const first = await s.rep.api('GET', '/api/v1/followups?limit=1');
    const second = await s.rep.api('GET', `/api/v1/followups?limit=1&cursor=${first.body.nextCursor}`);
    expect([first.body.items[0].action, second.body.items[0].action]).toEqual(['Sooner', 'Later']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('lets the person a next step is assigned to close it, on a deal they do not own', async () => {
    const s = await scene('Handed to presales');
    const presales = await makeUser(app, 'presales');
    const logged = await s.log({
      type: 'meeting',
      summary: 'Needs a technical answer',
      nextStep: { action: 'Answer the SSO question', dueAt: inSeconds(3600), ownerId: presales.id },
    });
    const f = logged.body.followUps[0];
    expect(f).toMatchObject({ ownerId: presales.id, escalateTo: null });
    await eventually(() => app.db.followUp.findUnique({ where: { id: f.id } }));
    const done = await presales.api('POST', `/api/v1/deals/${s.deal.id}/followups/${f.id}/done`, { note: 'answered' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect((await presales.api('POST', `/api/v1/deals/${s.deal.id}/transitions`, { to: 'INTENT' })).status).toBe(403);
  });
});

describe('the owner’s calendar', () => {
  it('follows a new supervisor and new working hours into open deals', async () => {
    const s = await scene('New supervisor');
    const logged = await s.log({ type: 'call', summary: 'x', nextStep: { action: 'Call again', dueAt: inSeconds(3600) } });
    expect(logged.body.followUps[0].escalateTo).toBe(s.supervisor.id);
    await eventually(() => app.db.deal.findUnique({ where: { id: s.deal.id } }));
    const successor = await makeUser(app, 'supervisor');
    const changed = await app.admin('PATCH', `/api/v1/users/${s.rep.id}`, { supervisorId: successor.id, workdayStart: '10:00' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const view = await eventually(async () => {
      const v = await s.view();
      return v.owner.supervisorId === successor.id && v;
    });
    expect(view.owner.hours).toMatchObject({ start: '10:00', end: '18:00' });
    expect(view.followUps[0].escalateTo).toBe(successor.id);
  });
});

describe('timers across a worker restart', () => {
  it('fires every pending call-back exactly once after the worker comes back', async () => {
    const s = await scene('Worker down');
    for (const sec of [3, 4, 5]) await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/callbacks`, { at: inSeconds(sec), contactId: customer.contactId });
    await app.withWorkerDown(() => sleep(6_000));
    const callbackEmails = async () => (await s.emailsTo(s.rep)).filter((e) => e.subject.startsWith('Call back'));
    await eventually(async () => (await callbackEmails()).length === 3, 10_000);
    await sleep(1_500);
    expect(await callbackEmails()).toHaveLength(3);
    // Call-backs not marked done are reminded again later; whatever was sent, each outbox key reached the catcher once.
    const sent = await app.db.emailOutbox.findMany({ where: { dealId: s.deal.id, status: 'sent' } });
    const caught = (await mail.list()).map((e) => e.headers['message-id']);
    for (const row of sent) expect(caught.filter((id) => id === row.messageId)).toHaveLength(1);
  });
});
