import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TenderTiming } from '../../process';
import { type TestApp, startTestApp } from '../support/app';
import { fastApprovals } from '../support/approvals';
import { type ContractScene, dealInNegotiation } from '../support/contract-scene';
import { eventually, makeUser } from '../support/fixtures';
import { type CaughtEmail, mailbox } from '../support/mailbox';

/** Reminders 6, 4 and 2 seconds before the deadline (standing for T−7, T−3, T−1 business days); the presentation 2 s ahead. */
const timing: Partial<TenderTiming> = {
  deadlineReminders: [
    { before: { seconds: 6 }, daysLeft: 7, copySupervisor: false },
    { before: { seconds: 4 }, daysLeft: 3, copySupervisor: false },
    { before: { seconds: 2 }, daysLeft: 1, copySupervisor: true },
  ],
  presentationBefore: { seconds: 2 },
  workingHoursOnly: false,
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
const ITEMS = ['technical_proposal', 'commercial_proposal', 'qualifications', 'bid_bond', 'authorisations'];

let app: TestApp;
const mail = mailbox(inject('stack').mailWebUrl!);

beforeAll(async () => {
  // Follow-ups (the handover) ring at once, not at the next opening of the working day.
  app = await startTestApp({ tenderTiming: timing, approvalTiming: fastApprovals(), followUpTiming: { workingHoursOnly: false } });
});
afterAll(() => app?.stop());

type Person = Awaited<ReturnType<typeof makeUser>> & { email: string };

async function tenderScene(title: string, deadlineInS: number, extra: Record<string, unknown> = {}) {
  const s = await dealInNegotiation(app, title);
  const presales = (await makeUser(app, 'presales')) as Person;
  const tenderNo = `ZB-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  const started = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/tender`, {
    tenderNo,
    issuedAt: new Date(Date.now() - 86_400_000).toISOString(),
    submissionDeadline: inSeconds(deadlineInS),
    openingAt: inSeconds(deadlineInS + 60),
    documents: [{ name: '招标书.pdf', url: 'https://files.example.com/zb.pdf' }],
    presalesId: presales.id,
    ...extra,
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const tender = started.body;
  const show = async () => (await s.rep.api('GET', `/api/v1/tenders/${tender.id}`)).body;
  const about = (who: { email: string }) => (e: CaughtEmail) =>
    [...e.to, ...(e.cc ?? [])].some((a) => a.address === who.email.toLowerCase()) && e.subject.includes(tenderNo);
  const emailsTo = async (who: { email: string }) => (await mail.list()).filter(about(who));
  const tick = async (items = ITEMS) => {
    await eventually(() => app.db.tender.findUnique({ where: { id: tender.id } }));
    for (const item of items) expect((await s.rep.api('PATCH', `/api/v1/tenders/${tender.id}/checklist/${item}`, { done: true, note: 'ok' })).status).toBe(200);
  };
  const review = async () => {
    const asked = await s.rep.api('POST', `/api/v1/tenders/${tender.id}/review`, { price: '280000', discountPercent: 8 });
    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    const approvalId = asked.body.review.approvalId;
    await eventually(async () => (await app.admin('GET', `/api/v1/approvals/${approvalId}`)).body.holder?.assigneeId === s.supervisor.id);
    expect((await s.supervisor.api('POST', `/api/v1/approvals/${approvalId}/decision`, { decision: 'approve' })).status).toBe(200);
    await eventually(async () => (await show()).review?.status === 'approved');
  };
  return { s, presales, tenderNo, tender, show, emailsTo, tick, review };
}

describe('a tender', () => {
  it('checks its dates and runs one at a time', async () => {
    const s: ContractScene = await dealInNegotiation(app, 'Tender dates');
    const presales = (await makeUser(app, 'presales')) as Person;
    const base = { tenderNo: 'ZB-1', issuedAt: inSeconds(-100), submissionDeadline: inSeconds(100), openingAt: inSeconds(200), presalesId: presales.id };
    const bad = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/tender`, { ...base, openingAt: inSeconds(50), presalesId: s.rep.id });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.openingAt', 'body.presalesId']);
    const past = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/tender`, { ...base, issuedAt: inSeconds(-300), submissionDeadline: inSeconds(-200) });
    expect(past.body.errors.map((e: { field: string }) => e.field)).toContain('body.submissionDeadline');
    expect((await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/tender`, base)).status).toBe(201);
    expect((await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/tender`, { ...base, tenderNo: 'ZB-2' })).status).toBe(409);
  });

  it('reminds the presales engineer and the owner before the deadline, with what is open, the supervisor at T−1; then it is missed', async () => {
    const t = await tenderScene('Tender reminders', 8);
    await t.tick(['technical_proposal']);
    await eventually(async () => (await t.show()).status === 'missed', 15_000);
    await eventually(async () => (await t.emailsTo(t.presales)).length >= 4 && (await t.emailsTo(t.s.rep)).length >= 4);
    const toPresales = (await t.emailsTo(t.presales)).sort((a, b) => a.time.localeCompare(b.time));
    expect(toPresales.map((e) => e.subject)).toEqual([
      expect.stringMatching(/7 business days/),
      expect.stringMatching(/3 business days/),
      expect.stringMatching(/1 business day/),
      expect.stringMatching(/missed/i),
    ]);
    expect(toPresales[2].text).toContain('Commercial proposal');
    expect(toPresales[2].text).not.toContain('Technical proposal');
    const toSupervisor = await t.emailsTo(t.s.supervisor);
    expect(toSupervisor.map((e) => e.subject)).toEqual(expect.arrayContaining([expect.stringMatching(/1 business day/), expect.stringMatching(/missed/i)]));
    expect(toSupervisor.some((e) => /3 business days|7 business days/.test(e.subject))).toBe(false);
    expect((await t.emailsTo(t.s.rep)).length).toBe(4);
    const submit = await t.s.rep.api('POST', `/api/v1/tenders/${t.tender.id}/submit`, {});
    expect(submit.status).toBe(409);
    const timeline = (await t.s.rep.api('GET', `/api/v1/deals/${t.s.deal.id}/timeline?limit=100`)).body.items.map((e: { type: string }) => e.type);
    expect(timeline).toEqual(expect.arrayContaining(['tender_started', 'tender_checklist_updated', 'tender_reminded', 'tender_missed']));
  }, 40_000);

  it('refuses to submit with items open or without an approved review, and after the deadline', async () => {
    const t = await tenderScene('Tender submit', 60, { presentationAt: inSeconds(5) });
    const submit = () => t.s.rep.api('POST', `/api/v1/tenders/${t.tender.id}/submit`, {});
    await t.tick(ITEMS.slice(0, 4));
    const open = await submit();
    expect(open.status).toBe(409);
    expect(open.body.detail).toMatch(/authorisations/);
    await t.tick(['authorisations']);
    const unreviewed = await submit();
    expect(unreviewed.status).toBe(409);
    expect(unreviewed.body.detail).toMatch(/review/);
    await t.review();
    const submitted = await submit();
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', review: { status: 'approved', price: '280000.00' } });
    const presentation = await mail.waitFor(
      (e) => e.to.some((a) => a.address === t.presales.email.toLowerCase()) && /presentation/i.test(e.subject) && e.subject.includes(t.tenderNo),
      10_000,
    );
    expect(presentation.subject).toMatch(/tomorrow/);

    const late = await tenderScene('Tender late', 2);
    await sleep(2500);
    const refused = await late.s.rep.api('POST', `/api/v1/tenders/${late.tender.id}/submit`, {});
    expect(refused.status).toBe(409);
    await eventually(async () => (await late.show()).status === 'missed');
  }, 40_000);

  it('won: the deal goes to NEGOTIATION with a negotiation follow-up; after signing, the handover goes to the implementation lead', async () => {
    const t = await tenderScene('Tender won', 60);
    expect((await t.s.rep.api('POST', `/api/v1/deals/${t.s.deal.id}/transitions`, { to: 'PRELIMINARY_APPROVAL', note: 'waiting for the bid' })).status).toBe(
      200,
    );
    await t.tick();
    await t.review();
    expect((await t.s.rep.api('POST', `/api/v1/tenders/${t.tender.id}/submit`, {})).status).toBe(200);
    expect((await t.s.rep.api('POST', `/api/v1/tenders/${t.tender.id}/result`, { outcome: 'lost' })).status).toBe(400);
    const won = await t.s.rep.api('POST', `/api/v1/tenders/${t.tender.id}/result`, { outcome: 'won', ourRank: 1, note: '中标，技术分第一' });
    expect(won.status).toBe(200);
    const deal = await eventually(async () => {
      const d = await t.s.live();
      return d.stage === 'NEGOTIATION' && d.followUps.some((f: { kind: string }) => f.kind === 'contract_negotiation') && d;
    });
    expect(deal.status).toBe('open');

    const lead = (await makeUser(app, 'service')) as Person;
    const draft = { amount: '300000', schedule: [{ label: 'All', percent: 100, due: { kind: 'after_signing', days: 3650 } }] };
    const drafted = await t.s.rep.api('POST', `/api/v1/deals/${t.s.deal.id}/contract`, draft);
    expect(drafted.status).toBe(202);
    await eventually(async () => (await app.admin('GET', `/api/v1/approvals/${drafted.body.approvalId}`)).body.holder?.assigneeId === t.s.supervisor.id);
    await t.s.supervisor.api('POST', `/api/v1/approvals/${drafted.body.approvalId}/decision`, { decision: 'approve' });
    await eventually(async () => (await t.s.contract(drafted.body.id)).status === 'approved');
    const signed = await t.s.rep.api('POST', `/api/v1/contracts/${drafted.body.id}/sign`, {
      signedAt: new Date().toISOString(),
      signedBy: t.s.supervisor.id,
      implementationLeadId: lead.id,
    });
    expect(signed.status).toBe(200);
    const handover = await mail.waitFor((e) => e.to.some((a) => a.address === lead.email.toLowerCase()) && e.subject.includes(t.tenderNo), 10_000);
    expect(handover.text).toContain('https://files.example.com/zb.pdf');
    const task = (await t.s.live()).followUps.find((f: { kind: string }) => f.kind === 'handover');
    expect(task).toMatchObject({ ownerId: lead.id, state: 'open' });
    const done = await lead.api('POST', `/api/v1/deals/${t.s.deal.id}/followups/${task.id}/done`, { note: 'Received the bid and TA' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
  }, 60_000);

  it('lost: the deal is lost to the winner, unless the rep keeps it open; cancelled leaves it be', async () => {
    const lost = await tenderScene('Tender lost', 60);
    await lost.tick();
    await lost.review();
    await lost.s.rep.api('POST', `/api/v1/tenders/${lost.tender.id}/submit`, {});
    expect(
      (await lost.s.rep.api('POST', `/api/v1/tenders/${lost.tender.id}/result`, { outcome: 'lost', winner: 'Kingdee', ourRank: 2, note: 'price' })).status,
    ).toBe(200);
    const gone = await eventually(async () => {
      const d = await lost.s.live();
      return d.status === 'lost' && d;
    });
    expect(gone.lost).toMatchObject({ reason: 'competitor', competitorWon: 'Kingdee' });

    const kept = await tenderScene('Tender kept', 60);
    await kept.tick();
    await kept.review();
    await kept.s.rep.api('POST', `/api/v1/tenders/${kept.tender.id}/submit`, {});
    expect(
      (
        await kept.s.rep.api('POST', `/api/v1/tenders/${kept.tender.id}/result`, {
          outcome: 'lost',
          winner: 'Yonyou',
          note: 're-tender in spring',
          keepOpen: true,
        })
      ).status,
    ).toBe(200);
    await eventually(async () => (await kept.show()).status === 'lost');
    await sleep(500);
    expect((await kept.s.live()).status).toBe('open');

    const cancelled = await tenderScene('Tender cancelled', 60);
    const result = await cancelled.s.rep.api('POST', `/api/v1/tenders/${cancelled.tender.id}/result`, {
      outcome: 'cancelled',
      note: 'customer withdrew the tender',
    });
    expect(result.body.status).toBe('cancelled');
    await sleep(500);
    expect(await cancelled.s.live()).toMatchObject({ status: 'open', stage: 'NEGOTIATION' });
    const calendar = await cancelled.s.rep.api('GET', '/api/v1/tenders?state=cancelled');
    expect(calendar.body.items.map((i: { id: string }) => i.id)).toContain(cancelled.tender.id);
  }, 60_000);

  it('loses nothing and sends nothing twice when the worker stops between reminders', async () => {
    const t = await tenderScene('Tender worker', 9);
    await eventually(async () => (await t.emailsTo(t.presales)).length >= 1, 10_000);
    await app.withWorkerDown(() => sleep(3000));
    await eventually(async () => (await t.show()).status === 'missed', 15_000);
    await sleep(500);
    const rows = await app.db.emailOutbox.findMany({ where: { key: { startsWith: `tender:${t.tender.id}:` } } });
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    const caught = (await mail.list()).filter((e) => rows.some((r) => r.messageId === e.headers['message-id']));
    expect(caught.length).toBe(rows.length);
    expect(new Set(caught.map((e) => e.headers['message-id'])).size).toBe(caught.length);
  }, 40_000);
});
