import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CollectionTiming } from '../../process';
import { type TestApp, startTestApp } from '../support/app';
import { type ContractScene, approveContract, dealInNegotiation, signedContract } from '../support/contract-scene';
import { eventually } from '../support/fixtures';
import { type CaughtEmail, addressedTo, mailbox } from '../support/mailbox';

/**
 * A day of the ladder is half a second: courtesy −1.5 s, due, +3.5 s, +7.5 s, final +15 s. Rungs are
 * then far enough apart that a busy machine never makes two of them due at once (which sends only the later).
 */
const DAY_S = 0.5;
const timing: Partial<CollectionTiming> = { day: { seconds: DAY_S }, workingHoursOnly: false };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const days = (n: number) => n * DAY_S * 1000;

let app: TestApp;
const mail = mailbox(inject('stack').mailWebUrl!);

beforeAll(async () => {
  app = await startTestApp({ collectionTiming: timing });
});
afterAll(() => app?.stop());

/** One installment of the whole amount, due `dueInDays` after signing. */
const single = (amount: string, dueInDays: number) => ({
  amount,
  schedule: [{ label: 'Licence', percent: 100, due: { kind: 'after_signing', days: dueInDays } }],
});

const toCustomer = (s: ContractScene, reference: string) => async () =>
  (await mail.list()).filter((e) => addressedTo(s.billingEmail)(e) && (e.subject.includes(reference) || (e.text ?? '').includes(reference)));
const rungOf = (e: CaughtEmail) => e.subject.split(/[】\]:：]/)[0];
const ccOf = (e: CaughtEmail) => (e.cc ?? []).map((a) => a.address);

describe('drafting and approving a contract', () => {
  it('checks that installments add up, to the fen, and drafts only in NEGOTIATION', async () => {
    const s = await dealInNegotiation(app, 'Contract sums');
    const uneven = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/contract`, {
      amount: '300000.00',
      schedule: [
        { label: 'Deposit', amount: '100000.00', due: { kind: 'after_signing', days: 0 } },
        { label: 'Rest', amount: 199999.99, due: { kind: 'after_milestone', milestone: 'acceptance' } },
      ],
    });
    expect(uneven.status).toBe(422);
    expect(uneven.body).toMatchObject({ difference: '0.01', errors: [{ field: 'body.schedule' }] });
    const subFen = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/contract`, { amount: 300000.505 });
    expect(subFen.status).toBe(400);
    expect(subFen.body.errors).toEqual([{ field: 'body.amount', message: 'at most 2 decimals' }]);
    const max = '90071992547409.91';
    const pastMax = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/contract`, {
      amount: max,
      schedule: [
        { label: 'a', amount: max, due: { kind: 'after_signing', days: 0 } },
        { label: 'b', amount: max, due: { kind: 'after_signing', days: 0 } },
      ],
    });
    expect(pastMax.status).toBe(400);
    expect(pastMax.body.errors).toEqual([{ field: 'body.schedule', message: `the installments must add up to at most ${max}` }]);
    const both = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/contract`, {
      amount: '1',
      schedule: [{ label: 'x', percent: 100, amount: '1', due: { kind: 'after_signing', days: 0 } }],
    });
    expect(both.status).toBe(400);

    const drafted = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/contract`, { amount: '333333.33' });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(202);
    expect(drafted.body).toMatchObject({ status: 'pending_approval', amount: '333333.33', currency: 'CNY' });
    // 30/60/10 of 333,333.33, split so the fen add up: the largest remainders get the odd fen.
    expect(drafted.body.installments.map((i: { amount: string }) => i.amount)).toEqual(['100000.00', '200000.00', '33333.33']);
    expect(drafted.body.installments.map((i: { due: { kind: string } }) => i.due.kind)).toEqual(['after_signing', 'after_milestone', 'after_milestone']);
    const again = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/contract`, { amount: '1.00' });
    expect(again.status).toBe(409);

    const early = await dealInNegotiation(app, 'Contract too early');
    await early.rep.api('POST', `/api/v1/deals/${early.deal.id}/transitions`, { to: 'PRELIMINARY_APPROVAL', note: 'back a step' });
    expect((await early.rep.api('POST', `/api/v1/deals/${early.deal.id}/contract`, { amount: '1.00' })).status).toBe(409);
  });

  it('returns a rejected contract to draft; an approved one is signed with a manager present', async () => {
    const s = await dealInNegotiation(app, 'Contract approval');
    const drafted = (await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/contract`, { amount: '300000' })).body;
    await eventually(async () => (await app.admin('GET', `/api/v1/approvals/${drafted.approvalId}`)).body.holder?.assigneeId === s.supervisor.id);
    const request = (await app.admin('GET', `/api/v1/approvals/${drafted.approvalId}`)).body;
    expect(request).toMatchObject({ kind: 'contract', amount: '300000.00', currency: 'CNY', chain: [{ rule: { role: 'supervisor' } }] });
    expect((await s.rep.api('POST', `/api/v1/contracts/${drafted.id}/sign`, { signedAt: new Date().toISOString(), signedBy: s.supervisor.id })).status).toBe(
      409,
    );
    await s.supervisor.api('POST', `/api/v1/approvals/${drafted.approvalId}/decision`, { decision: 'reject', comment: 'Retention must be 10%' });
    const returned = await eventually(async () => {
      const c = await s.contract(drafted.id);
      return c.status === 'draft' && c;
    });
    expect(returned.returned).toMatchObject({ status: 'rejected', comment: 'Retention must be 10%', by: s.supervisor.id });

    const redrafted = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/contract`, { amount: '300000', technicalAgreement: 'TA v2' });
    expect(redrafted.status).toBe(202);
    expect(redrafted.body.id).toBe(drafted.id);
    await approveContract(app, s, redrafted.body.approvalId);
    await eventually(async () => (await s.contract(drafted.id)).status === 'approved');
    const byRep = await s.rep.api('POST', `/api/v1/contracts/${drafted.id}/sign`, { signedAt: new Date().toISOString(), signedBy: s.rep.id });
    expect(byRep.status).toBe(422);
    const signed = await s.rep.api('POST', `/api/v1/contracts/${drafted.id}/sign`, { signedAt: new Date().toISOString(), signedBy: s.supervisor.id });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', signedBy: s.supervisor.id });
    expect((await s.live()).facts.contractSigned).toBe(true);
  });
});

describe.concurrent('chasing payment', () => {
  it('climbs the whole ladder, each rung once, to the customer with the right copies', async () => {
    const s = await dealInNegotiation(app, 'Ladder full');
    const c = await signedContract(app, s, single('120000.50', 4));
    const sent = toCustomer(s, c.reference);
    const all = await eventually(async () => {
      const emails = await sent();
      return emails.length >= 5 && emails;
    }, 30_000).catch(async (err) => {
      throw new Error(
        `${err.message}: ${JSON.stringify((await sent()).map((e) => e.subject))} ${JSON.stringify((await s.contract(c.id)).history.map((h: { type: string }) => h.type))}`,
      );
    });
    await sleep(days(3));
    const emails = (await sent()).sort((a, b) => a.time.localeCompare(b.time));
    expect(emails).toHaveLength(5);
    expect(all.length).toBe(5);
    const [courtesy, due, overdue7, overdue15, final] = emails;
    expect(ccOf(courtesy)).toEqual([s.rep.email]);
    expect(ccOf(due)).toContain(s.finance.email);
    expect(ccOf(due)).not.toContain(s.rep.email);
    expect(ccOf(overdue7)).toEqual(expect.arrayContaining([s.finance.email, s.rep.email]));
    expect(ccOf(overdue15)).toEqual(expect.arrayContaining([s.finance.email, s.rep.email, s.supervisor.email]));
    expect(ccOf(overdue15)).not.toContain(s.executive.email);
    expect(ccOf(final)).toEqual(expect.arrayContaining([s.finance.email, s.rep.email, s.supervisor.email, s.executive.email]));
    for (const e of emails) expect(e.subject).toContain(c.reference);
    expect(new Set(emails.map(rungOf)).size).toBe(5);
    expect(final.text).toMatch(/120,000\.50/);

    const timeline = (await s.rep.api('GET', `/api/v1/deals/${s.deal.id}/timeline?limit=100`)).body.items.map((e: { type: string }) => e.type);
    expect(timeline.filter((t: string) => t === 'collection_dunning_sent')).toHaveLength(5);
    const receivable = await eventually(async () => {
      const r = await app.admin('GET', `/api/v1/receivables?ownerId=${s.rep.id}`);
      return r.body.items.length === 1 && r.body.items[0];
    });
    expect(receivable).toMatchObject({ outstanding: '120000.50', lastRung: 'final', nextReminderAt: null, bucket: '0-30' });
    expect((await s.rep.api('GET', '/api/v1/receivables?bucket=31-60')).body.items).toEqual([]);
    expect((await s.rep.api('GET', '/api/v1/receivables?bucket=soon')).status).toBe(400);

    // Monday 2026-12-07 09:00 in Shanghai: finance hears of it in the receivables digest, under 0–30 days.
    const digest = (at: string) =>
      app.temporal.workflow.execute('morningDigestWorkflow', { taskQueue: app.taskQueue, workflowId: `digest-${c.id}-${at}`, args: [Date.parse(at)] });
    await digest('2026-12-07T01:00:00Z');
    const toFinance = (e: CaughtEmail) => e.to.some((a) => a.address === s.finance.email.toLowerCase()) && (e.text ?? '').includes(c.reference);
    const report = await mail.waitFor(toFinance);
    expect(report.text).toMatch(/120,000\.50/);
    await digest('2026-12-06T01:00:00Z'); // a Sunday: nothing
    await digest('2026-12-07T01:20:00Z'); // the same day again: nothing new
    expect((await mail.list()).filter(toFinance)).toHaveLength(1);
  }, 60_000);

  it('stops the moment the installment is paid, sends a receipt, and the first payment wins the deal', async () => {
    const s = await dealInNegotiation(app, 'Ladder paid');
    const c = await signedContract(app, s, single('50000', 4));
    const sent = toCustomer(s, c.reference);
    await eventually(async () => (await sent()).length >= 2, 10_000);
    const installment = c.installments[0].id;
    expect(
      (await s.rep.api('POST', `/api/v1/installments/${installment}/payments`, { amount: '50000', receivedAt: new Date().toISOString(), reference: 'BANK-1' }))
        .status,
    ).toBe(403);
    const negative = await s.finance.api('POST', `/api/v1/installments/${installment}/payments`, {
      amount: '-5',
      receivedAt: new Date().toISOString(),
      reference: 'BANK-1',
    });
    expect(negative.status).toBe(400);
    expect(negative.body.errors[0].field).toBe('body.amount');
    const badDate = await s.finance.api('POST', `/api/v1/installments/${installment}/payments`, { amount: '5', receivedAt: '22/11/2026', reference: 'BANK-1' });
    expect(badDate.body.errors[0].field).toBe('body.receivedAt');
    const over = await s.finance.api('POST', `/api/v1/installments/${installment}/payments`, {
      amount: '50000.01',
      receivedAt: new Date().toISOString(),
      reference: 'BANK-1',
    });
    expect(over.status).toBe(422);
    expect(over.body.errors[0]).toMatchObject({ field: 'body.amount', message: expect.stringContaining('50000.00') });
    const paid = await s.finance.api('POST', `/api/v1/installments/${installment}/payments`, {
      amount: '50000',
      receivedAt: new Date().toISOString(),
      reference: 'BANK-1',
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    expect(paid.body).toMatchObject({
      status: 'paid',
      installments: [{ status: 'paid', outstanding: '0.00', payments: [{ amount: '50000.00', reference: 'BANK-1' }] }],
    });
    const chased = (await sent()).filter((e) => !/receipt|收款|回执/i.test(e.subject)).length;

    await sleep(days(35));
    const after = await sent();
    expect(after.filter((e) => !/receipt|收款|回执/i.test(e.subject))).toHaveLength(chased);
    expect(after.length).toBe(chased + 1);
    const won = await eventually(async () => {
      const d = await s.live();
      return d.stage === 'WON' && d;
    });
    expect(won).toMatchObject({ status: 'won', facts: { contractSigned: true, firstPaymentConfirmed: true } });
    expect(
      (await s.finance.api('POST', `/api/v1/installments/${installment}/payments`, { amount: '1', receivedAt: new Date().toISOString(), reference: 'again' }))
        .status,
    ).toBe(409);
  }, 60_000);

  it('keeps chasing what is left after a partial payment', async () => {
    const s = await dealInNegotiation(app, 'Ladder partial');
    const c = await signedContract(app, s, single('1000.00', 2));
    const installment = c.installments[0].id;
    const part = await s.finance.api('POST', `/api/v1/installments/${installment}/payments`, {
      amount: '400.10',
      receivedAt: new Date().toISOString(),
      reference: 'BANK-P',
    });
    expect(part.status).toBe(200);
    expect(part.body.installments[0]).toMatchObject({ status: 'open', paid: '400.10', outstanding: '599.90' });
    const later = await eventually(
      async () => (await toCustomer(s, c.reference)()).find((e) => /599[.,]90/.test(e.text ?? '') && !/400[.,]10 .*received|已收到/.test(e.subject)),
      15_000,
    );
    expect(later).toBeTruthy();
    expect((await s.live()).stage).toBe('NEGOTIATION');
  }, 60_000);

  it('pauses on a dispute and resumes from the rung it reached, never replaying earlier ones', async () => {
    const s = await dealInNegotiation(app, 'Ladder dispute');
    const c = await signedContract(app, s, single('8000', 8));
    const sent = toCustomer(s, c.reference);
    await eventually(async () => (await sent()).length === 1, 10_000);
    const installment = c.installments[0].id;
    expect((await s.rep.api('POST', `/api/v1/installments/${installment}/dispute`, { reason: 'Invoice names the wrong entity' })).status).toBe(200);
    expect((await s.rep.api('POST', `/api/v1/installments/${installment}/dispute`, { reason: 'again' })).status).toBe(409);
    // Past the due date, +7 and +15 while in dispute: nothing goes out.
    await sleep(days(3 + 16));
    expect(await sent()).toHaveLength(1);
    const resolved = await s.rep.api('POST', `/api/v1/installments/${installment}/resolve`, { note: 'Invoice reissued' });
    expect(resolved.status).toBe(200);
    await eventually(async () => (await sent()).length === 2, 5_000);
    await sleep(days(2));
    expect(await sent()).toHaveLength(2);
    const history = (await s.contract(c.id)).history.map((h: { type: string; data: { rung?: string } }) => `${h.type}${h.data.rung ? `:${h.data.rung}` : ''}`);
    expect(history).toEqual(
      expect.arrayContaining([
        'dunning_sent:courtesy',
        'dispute_opened',
        'dispute_resolved',
        'dunning_skipped:due',
        'dunning_skipped:overdue_7',
        'dunning_sent:overdue_15',
      ]),
    );
    expect(history.filter((h: string) => h === 'dunning_sent:courtesy')).toHaveLength(1);
  }, 60_000);

  it('waits for a promise to pay, and resumes when it lapses unpaid', async () => {
    const s = await dealInNegotiation(app, 'Ladder promise');
    const c = await signedContract(app, s, single('9000', 8));
    const sent = toCustomer(s, c.reference);
    const installment = c.installments[0].id;
    const promised = await s.rep.api('POST', `/api/v1/installments/${installment}/promise`, {
      until: new Date(Date.now() + days(12)).toISOString(),
      note: 'CFO signs on Friday',
    });
    expect(promised.status).toBe(200);
    expect(promised.body.installments[0]).toMatchObject({ paused: 'promise', promise: { note: 'CFO signs on Friday' } });
    await sleep(days(10));
    expect(await sent()).toHaveLength(0);
    await eventually(async () => (await sent()).length === 1, 5_000);
    const history = (await s.contract(c.id)).history.map((h: { type: string }) => h.type);
    expect(history).toEqual(expect.arrayContaining(['promise_made', 'promise_lapsed', 'dunning_skipped', 'dunning_sent']));
  }, 60_000);

  it('sends no notice ahead of a due date that has already come: an installment due at signing starts at the due rung', async () => {
    const s = await dealInNegotiation(app, 'Ladder at signing');
    const c = await signedContract(app, s, single('3000', 0));
    await eventually(async () => (await toCustomer(s, c.reference)()).length === 1, 10_000);
    const history = (await s.contract(c.id)).history
      .filter((h: { type: string }) => h.type.startsWith('dunning'))
      .map((h: { type: string; data: { rung: string } }) => `${h.type}:${h.data.rung}`);
    expect(history).toEqual(['dunning_skipped:courtesy', 'dunning_sent:due']);
  });

  it('lets finance pause and resume a whole contract', async () => {
    const s = await dealInNegotiation(app, 'Ladder pause');
    const c = await signedContract(app, s, single('5000', 30));
    expect((await s.rep.api('POST', `/api/v1/contracts/${c.id}/pause`, { reason: 'x' })).status).toBe(403);
    const paused = await s.finance.api('POST', `/api/v1/contracts/${c.id}/pause`, { reason: 'Customer restructuring' });
    expect(paused.status, JSON.stringify(paused.body)).toBe(200);
    expect(paused.body.paused).toMatchObject({ reason: 'Customer restructuring', by: s.finance.id });
    expect(paused.body.installments[0]).toMatchObject({ paused: 'contract', nextReminder: null });
    expect((await s.finance.api('POST', `/api/v1/contracts/${c.id}/pause`, { reason: 'again' })).status).toBe(409);
    const resumed = await s.finance.api('POST', `/api/v1/contracts/${c.id}/resume`, {});
    expect(resumed.body.installments[0]).toMatchObject({ paused: null, nextReminder: { rung: 'courtesy' } });
    const timeline = await eventually(async () => {
      const items = (await s.rep.api('GET', `/api/v1/deals/${s.deal.id}/timeline?limit=100`)).body.items.map((e: { type: string }) => e.type);
      return items.includes('collection_resumed') && items;
    });
    expect(timeline).toContain('collection_paused');
  });

  it('starts a milestone installment’s clock when the milestone is reported', async () => {
    const s = await dealInNegotiation(app, 'Ladder milestone');
    const c = await signedContract(app, s, {
      amount: '10000',
      schedule: [
        { label: 'On signing', percent: 30, due: { kind: 'after_signing', days: 100 } },
        { label: 'On acceptance', percent: 70, due: { kind: 'after_milestone', milestone: 'acceptance', days: 4 } },
      ],
    });
    expect(c.installments.map((i: { status: string }) => i.status)).toEqual(['open', 'scheduled']);
    expect(c.installments[1].dueAt).toBeNull();
    const reported = await s.rep.api('POST', `/api/v1/contracts/${c.id}/milestones`, { milestone: 'acceptance', at: new Date().toISOString() });
    expect(reported.status, JSON.stringify(reported.body)).toBe(200);
    expect(reported.body.installments[1]).toMatchObject({ status: 'open', nextReminder: { rung: 'courtesy' } });
    expect((await s.rep.api('POST', `/api/v1/contracts/${c.id}/milestones`, { milestone: 'acceptance', at: new Date().toISOString() })).status).toBe(409);
    const first = await eventually(async () => (await toCustomer(s, c.reference)()).at(0), 5_000);
    expect(first.text).toMatch(/7,000\.00/);
  }, 60_000);
});

// Stopping the worker holds back every deal's timers, so this one runs alone.
describe('a worker outage', () => {
  it('loses nothing and sends nothing twice when the worker stops between rungs', async () => {
    const s = await dealInNegotiation(app, 'Ladder worker');
    const c = await signedContract(app, s, single('7000', 4));
    const sent = toCustomer(s, c.reference);
    await eventually(async () => (await sent()).length >= 1, 10_000);
    // Down across the due date: it goes out once the worker is back.
    await app.withWorkerDown(() => sleep(days(4)));
    // Just after the worker is back, a read may answer 503 (the deal has not answered yet): no history then.
    const rungs = async () =>
      ((await s.contract(c.id)).history ?? [])
        .filter((h: { type: string }) => h.type === 'dunning_sent' || h.type === 'dunning_skipped')
        .map((h: { data: { rung: string } }) => h.data.rung);
    await eventually(async () => (await rungs()).length >= 3, 20_000);
    await sleep(500);
    expect((await rungs()).slice(0, 3)).toEqual(['courtesy', 'due', 'overdue_7']);
    const rows = await app.db.emailOutbox.findMany({ where: { key: { startsWith: `collection:${c.id}:` } } });
    expect(rows.every((k) => k.status === 'sent')).toBe(true);
    const emails = await sent();
    expect(new Set(emails.map((e) => e.headers['message-id'])).size).toBe(emails.length);
    expect(emails.length).toBe(rows.length);
  }, 60_000);
});
