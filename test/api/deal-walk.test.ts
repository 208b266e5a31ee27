import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { approveAll, orgChart } from '../support/approvals';
import { eventually, factsFor, makeAccount, makeUser } from '../support/fixtures';

let app: TestApp;
let org: Awaited<ReturnType<typeof orgChart>>;
let rep: Awaited<ReturnType<typeof makeUser>>;
let presales: Awaited<ReturnType<typeof makeUser>>;
let customer: Awaited<ReturnType<typeof makeAccount>>;

beforeAll(async () => {
  app = await startTestApp();
  org = await orgChart(app);
  rep = org.rep;
  presales = await makeUser(app, 'presales');
  customer = await makeAccount(app);
});
afterAll(() => app?.stop());

const newDeal = async (extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
  const res = await rep.api('POST', '/api/v1/deals', { title: 'ERP rollout', accountId: customer.accountId, amount: 800000, ...extra }, headers);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};
const move = (id: string, to: string, note?: string) => rep.api('POST', `/api/v1/deals/${id}/transitions`, { to, ...(note ? { note } : {}) });
const record = (id: string, facts: Record<string, unknown>) => rep.api('PATCH', `/api/v1/deals/${id}/facts`, facts);

describe('a deal walked through the funnel', () => {
  it('goes LEAD → INTENT → PROJECT_INITIATED → PRELIMINARY_APPROVAL → NEGOTIATION', async () => {
    const deal = await newDeal();
    expect(deal).toMatchObject({ stage: 'LEAD', status: 'open', probability: 10, currency: 'CNY', ownerId: rep.id, processVersion: 1 });
    expect(deal.next.stage).toBe('INTENT');
    expect(deal.next.missing.map((m: { key: string }) => m.key)).toContain('sponsor');

    const steps = [
      ['INTENT', factsFor.INTENT(customer.contactId), 20],
      ['PROJECT_INITIATED', factsFor.PROJECT_INITIATED(presales.id), 30],
      ['PRELIMINARY_APPROVAL', factsFor.PRELIMINARY_APPROVAL(), 50],
      ['NEGOTIATION', factsFor.NEGOTIATION(), 75],
    ] as const;
    for (const [stage, facts, probability] of steps) {
      const recorded = await record(deal.id, facts);
      expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
      expect(recorded.body.next).toMatchObject({ stage, missing: [] });
      const moved = await move(deal.id, stage);
      if (stage === 'PROJECT_INITIATED') {
        expect(moved.status, JSON.stringify(moved.body)).toBe(202);
        expect(await approveAll(app, deal.id, org.people)).toMatchObject({ stage, probability });
        continue;
      }
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body).toMatchObject({ stage, probability });
    }

    const live = await rep.api('GET', `/api/v1/deals/${deal.id}`);
    expect(live.body.history.map((h: { to: string }) => h.to)).toEqual(['INTENT', 'PROJECT_INITIATED', 'PRELIMINARY_APPROVAL', 'NEGOTIATION']);
    expect(live.body.next).toMatchObject({ stage: 'WON' });
    expect(live.body.next.missing.map((m: { key: string }) => m.key)).toEqual(['contractSigned', 'firstPaymentConfirmed']);

    const timeline = await eventually(async () => {
      const res = await rep.api('GET', `/api/v1/deals/${deal.id}/timeline`);
      return res.body.items.filter((e: { type: string }) => e.type === 'stage_changed').length === 4 && res.body;
    });
    expect(timeline.items.map((e: { seq: number }) => e.seq)).toEqual(timeline.items.map((_: unknown, i: number) => i + 1));
    const moves = timeline.items.filter((e: { type: string }) => e.type === 'stage_changed');
    expect(moves.every((e: { actorId: string }) => e.actorId === rep.id)).toBe(true);
    // 800,000 needs the supervisor and then the executive.
    const approvals = timeline.items.filter((e: { type: string }) => e.type === 'approval_approved');
    expect(approvals.map((e: { actorId: string }) => e.actorId)).toEqual([org.supervisor.id, org.executive.id]);

    const row = await eventually(() => app.db.deal.findUnique({ where: { id: deal.id } }).then((d) => d?.stage === 'NEGOTIATION' && d));
    expect(row).toMatchObject({ probability: 75, status: 'open' });
  });

  it('answers 422 naming every missing fact, and changes nothing', async () => {
    const deal = await newDeal();
    await record(deal.id, { industry: 'Retail' });
    const res = await move(deal.id, 'INTENT');
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.missing.map((m: { key: string }) => m.key)).toEqual([
      'companySize',
      'itBaseline',
      'needSummary',
      'contactIds',
      'interestConfirmed',
      'sponsor',
    ]);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('facts.sponsor');
    expect(res.body.missing[0]).toMatchObject({ label: 'Company size (headcount)', stage: 'INTENT', problem: 'missing' });
    expect((await rep.api('GET', `/api/v1/deals/${deal.id}`)).body).toMatchObject({ stage: 'LEAD', version: 2 });
  });

  it('answers 422 for a fact on record that falls short, with the requirement', async () => {
    const deal = await newDeal({ facts: factsFor.INTENT(customer.contactId) });
    expect(deal.next.missing).toEqual([]);
    await record(deal.id, { interestConfirmed: false });
    const res = await move(deal.id, 'INTENT');
    expect(res.status).toBe(422);
    expect(res.body.missing).toEqual([
      { key: 'interestConfirmed', label: 'Interest confirmed', problem: 'unmet', stage: 'INTENT', requirement: 'must be true' },
    ]);
  });

  it('answers 422 for a skip whose skipped stage lacks facts, and lets a full skip through to the gate', async () => {
    const deal = await newDeal({ facts: factsFor.PROJECT_INITIATED(presales.id) });
    const refused = await move(deal.id, 'PROJECT_INITIATED');
    expect(refused.status).toBe(422);
    expect(new Set(refused.body.missing.map((m: { stage: string }) => m.stage))).toEqual(new Set(['INTENT']));
    await record(deal.id, factsFor.INTENT(customer.contactId));
    const skipped = await move(deal.id, 'PROJECT_INITIATED');
    expect(skipped.status).toBe(202);
    expect((await approveAll(app, deal.id, org.people)).history).toHaveLength(1);
  });

  it('answers 409 for moves not allowed from the current stage, naming the allowed ones', async () => {
    const deal = await newDeal();
    const same = await move(deal.id, 'LEAD');
    expect(same.status).toBe(409);
    expect(same.body).toMatchObject({ stage: 'LEAD', status: 409 });
    // A skip never passes a stage whose entry needs approval.
    expect(same.body.allowedMoves.map((m: { to: string }) => m.to)).toEqual(['INTENT', 'PROJECT_INITIATED', 'LOST']);
    const toLost = await move(deal.id, 'LOST');
    expect(toLost.status).toBe(409);
    expect(toLost.body.detail).toMatch(/marked lost/);
  });

  it('moves back only with a note, and records it', async () => {
    const deal = await newDeal({ facts: factsFor.INTENT(customer.contactId) });
    await move(deal.id, 'INTENT');
    const noNote = await move(deal.id, 'LEAD');
    expect(noNote.status).toBe(422);
    expect(noNote.body.errors).toEqual([{ field: 'body.note', message: 'say why the deal moves back' }]);
    const back = await move(deal.id, 'LEAD', 'customer froze the budget');
    expect(back.status).toBe(200);
    expect(back.body.history.at(-1)).toMatchObject({ from: 'INTENT', to: 'LEAD', kind: 'back', note: 'customer froze the budget', by: rep.id });
  });

  it('keeps WON out of reach until a contract exists', async () => {
    const deal = await newDeal();
    const res = await move(deal.id, 'WON');
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/contract process/);
    const hand = await record(deal.id, { contractSigned: true });
    expect(hand.status).toBe(422);
    expect(hand.body.errors).toEqual([{ field: 'body.contractSigned', message: 'set by the process, not recorded by hand' }]);
  });
});

describe('lost and reopen', () => {
  it('loses with a reason, reopens once into the stage it was lost from', async () => {
    const deal = await newDeal({ facts: factsFor.INTENT(customer.contactId) });
    await move(deal.id, 'INTENT');
    const lost = await rep.api('POST', `/api/v1/deals/${deal.id}/lost`, { lostReason: 'competitor', lostNote: 'cheaper offer', competitorWon: 'Kingdee' });
    expect(lost.status).toBe(200);
    expect(lost.body).toMatchObject({
      stage: 'LOST',
      status: 'lost',
      probability: 0,
      lost: { reason: 'competitor', competitorWon: 'Kingdee', fromStage: 'INTENT' },
    });
    expect(lost.body.allowedMoves).toEqual([]);

    expect((await move(deal.id, 'PROJECT_INITIATED')).status).toBe(409);
    expect((await record(deal.id, { sponsor: 'someone else' })).status).toBe(409);
    expect((await rep.api('POST', `/api/v1/deals/${deal.id}/lost`, { lostReason: 'price', lostNote: 'again' })).status).toBe(409);

    const reopened = await rep.api('POST', `/api/v1/deals/${deal.id}/reopen`, { reason: 'competitor failed the pilot' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ stage: 'INTENT', status: 'open', reopenCount: 1 });

    await rep.api('POST', `/api/v1/deals/${deal.id}/lost`, { lostReason: 'no_budget', lostNote: 'budget cut' });
    const again = await rep.api('POST', `/api/v1/deals/${deal.id}/reopen`, { reason: 'try once more' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/reopened 1 time/);

    const reopenOpen = await rep.api('POST', `/api/v1/deals/${(await newDeal()).id}/reopen`, { reason: 'x' });
    expect(reopenOpen.status).toBe(409);
    expect(reopenOpen.body.detail).toMatch(/only a lost deal/);
  });

  it('validates the lost reason', async () => {
    const deal = await newDeal();
    const res = await rep.api('POST', `/api/v1/deals/${deal.id}/lost`, { lostReason: 'bored' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.lostNote', 'body.lostReason']);
  });
});

describe('creation', () => {
  it('makes one deal for a repeated Idempotency-Key', async () => {
    const key = { 'Idempotency-Key': `create-${Date.now()}` };
    const [a, b] = await Promise.all([newDeal({}, key), newDeal({}, key)]);
    const c = await newDeal({}, key);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    const reused = await rep.api('POST', '/api/v1/deals', { title: 'Something else', accountId: customer.accountId, amount: 1 }, key);
    expect(reused.status).toBe(422);
    expect(reused.body.errors[0].field).toBe('header.idempotency-key');
    expect((await rep.api('GET', `/api/v1/deals/${a.id}`)).body).toMatchObject({ title: 'ERP rollout', amount: '800000.00', currency: 'CNY', version: 1 });
  });

  it('names unknown references and invalid initial facts', async () => {
    const res = await rep.api('POST', '/api/v1/deals', { title: 'x', accountId: '00000000-0000-4000-8000-000000000000', amount: 1 });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: 'body.accountId', message: 'no such account' }]);
    const facts = await rep.api('POST', '/api/v1/deals', {
      title: 'x',
      accountId: customer.accountId,
      amount: 1,
      facts: { budget: -5, contactIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(facts.status).toBe(422);
    expect(facts.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.facts.budget', 'body.facts.contactIds.0']);
  });
});

describe('lists', () => {
  it('pages through the rep’s deals and filters by stage and text', async () => {
    const other = await makeUser(app, 'rep');
    const tag = `paging-${Date.now()}`;
    const mine = [await newDeal({ title: `${tag} A` }), await newDeal({ title: `${tag} B` }), await newDeal({ title: `${tag} C` })];
    await other.api('POST', '/api/v1/deals', { title: `${tag} other`, accountId: customer.accountId, amount: 1 });
    await eventually(() => app.db.deal.count({ where: { title: { startsWith: tag } } }).then((n) => n === 4));

    const first = await rep.api('GET', `/api/v1/deals?q=${tag.toUpperCase()}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const second = await rep.api('GET', `/api/v1/deals?q=${tag}&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    // Most recently changed first: C was opened last.
    const titles = [...first.body.items, ...second.body.items].map((d: { title: string }) => d.title);
    expect(titles).toEqual([`${tag} C`, `${tag} B`, `${tag} A`]);
    expect(first.body.items[0].accountName).toMatch(/^Acme/);

    const byStage = await rep.api('GET', `/api/v1/deals?stage=NEGOTIATION&q=${tag}`);
    expect(byStage.body.items).toEqual([]);
    await rep.api('PATCH', `/api/v1/deals/${mine[0].id}/facts`, { industry: 'Retail' });
    const touched = await eventually(async () => {
      const res = await rep.api('GET', `/api/v1/deals?q=${tag}&limit=1`);
      return res.body.items[0]?.title === `${tag} A` && res.body;
    });
    expect(touched.nextCursor).not.toBeNull();
    expect((await rep.api('GET', '/api/v1/deals?cursor=garbage')).status).toBe(400);
  });
});
