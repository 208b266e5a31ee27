import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, factsFor, makeAccount, makeUser } from '../support/fixtures';
import { apiClient } from '../support/http';

// One money type: requests take a decimal string or a JSON number with at most 2 decimals;
// responses answer a decimal string beside the resource's currency; inside and in the database, fen.
let app: TestApp;
let rep: Awaited<ReturnType<typeof makeUser>>;
let customer: Awaited<ReturnType<typeof makeAccount>>;
beforeAll(async () => {
  app = await startTestApp();
  rep = await makeUser(app, 'rep');
  customer = await makeAccount(app);
});
afterAll(() => app?.stop());

const create = (amount: unknown, extra: Record<string, unknown> = {}) =>
  rep.api('POST', '/api/v1/deals', { title: `Money ${String(amount)}`, accountId: customer.accountId, amount, ...extra });
const fieldErrors = (res: { body: { errors?: Array<{ field: string; message: string }> } }) => res.body.errors?.map((e) => `${e.field}: ${e.message}`);

describe('a deal amount', () => {
  it('round-trips from a decimal string and from a JSON number, exact to the fen', async () => {
    for (const [sent, shown, fen] of [
      ['680000.50', '680000.50', 68_000_050n],
      [680000.5, '680000.50', 68_000_050n],
      [0.07, '0.07', 7n],
      ['90071992547409.91', '90071992547409.91', 9_007_199_254_740_991n],
    ] as const) {
      const res = await create(sent);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ amount: shown, currency: 'CNY' });
      expect((await rep.api('GET', `/api/v1/deals/${res.body.id}`)).body.amount).toBe(shown);
      const row = await eventually(() => app.db.deal.findUnique({ where: { id: res.body.id } }));
      expect(row.amountMinor, String(sent)).toBe(fen);
      const listed = await rep.api('GET', `/api/v1/deals?q=${encodeURIComponent(`Money ${String(sent)}`)}`);
      expect(listed.body.items.find((d: { id: string }) => d.id === res.body.id)).toMatchObject({ amount: shown, currency: 'CNY' });
      const created = await eventually(async () => (await rep.api('GET', `/api/v1/deals/${res.body.id}/timeline`)).body.items[0]);
      expect(created.data).toMatchObject({ amount: Number(fen), currency: 'CNY' });
    }
  });

  it('is refused with a field error at 3 decimals, below zero, past the largest exact amount, or not an amount', async () => {
    const cases: Array<[unknown, string]> = [
      ['680000.505', 'at most 2 decimals'],
      [680000.505, 'at most 2 decimals'],
      [-1, 'must not be negative'],
      ['-0.01', 'must not be negative'],
      ['90071992547409.92', 'at most 90071992547409.91'],
      [1e15, 'at most 90071992547409.91'],
      ['lots', 'an amount as a decimal string such as "680000.00", or a number with at most 2 decimals'],
      [true, 'an amount as a decimal string such as "680000.00", or a number with at most 2 decimals'],
    ];
    for (const [sent, message] of cases) {
      const res = await create(sent);
      expect(res.status, String(sent)).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(fieldErrors(res), String(sent)).toEqual([`body.amount: ${message}`]);
    }
  });
});

describe('money facts', () => {
  it('record the budget and the quote in either form and answer decimal strings; the timeline keeps fen beside the currency', async () => {
    const deal = (await create('1000')).body;
    const recorded = await rep.api('PATCH', `/api/v1/deals/${deal.id}/facts`, {
      budget: '800000.25',
      preliminaryQuote: { software: 500000.1, implementation: '200000', service: 0 },
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body.facts).toMatchObject({
      budget: '800000.25',
      preliminaryQuote: { software: '500000.10', implementation: '200000.00', service: '0.00' },
    });
    const entry = await eventually(async () =>
      (await rep.api('GET', `/api/v1/deals/${deal.id}/timeline`)).body.items.find((e: { type: string }) => e.type === 'facts_recorded'),
    );
    expect(entry.data).toEqual({
      changes: { budget: 80_000_025, preliminaryQuote: { software: 50_000_010, implementation: 20_000_000, service: 0 } },
      currency: 'CNY',
    });
    // What a GET answers can be sent back as it is.
    expect((await rep.api('PATCH', `/api/v1/deals/${deal.id}/facts`, { budget: recorded.body.facts.budget })).body.facts.budget).toBe('800000.25');
  });

  it('are refused field by field, as facts', async () => {
    const deal = (await create(1)).body;
    const bad = await rep.api('PATCH', `/api/v1/deals/${deal.id}/facts`, {
      budget: 1.234,
      preliminaryQuote: { software: '-5', implementation: 1, service: 1 },
    });
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad)?.sort()).toEqual(['body.budget: at most 2 decimals', 'body.preliminaryQuote.software: must not be negative']);
    const huge = await rep.api('PATCH', `/api/v1/deals/${deal.id}/facts`, {
      preliminaryQuote: { software: '90071992547409.91', implementation: '90071992547409.91', service: 0 },
    });
    expect(huge.status).toBe(422);
    expect(fieldErrors(huge)).toEqual(['body.preliminaryQuote: the total must be at most 90071992547409.91']);
    const zero = await rep.api('POST', '/api/v1/deals', {
      title: 'Zero budget',
      accountId: customer.accountId,
      amount: 0,
      facts: { ...factsFor.PROJECT_INITIATED(rep.id), budget: '0.00' },
    });
    expect(zero.status).toBe(201);
    expect(zero.body.facts.budget).toBe('0.00');
  });
});

describe('the OpenAPI document', () => {
  it('says requests take a decimal string or a number with 2 decimals, and responses answer a decimal string', async () => {
    const doc = (await apiClient(app.url)('GET', '/api/openapi.json')).body;
    const { MoneyInput, Money, NewDeal, Deal } = doc.components.schemas;
    expect(MoneyInput.anyOf).toEqual([
      expect.objectContaining({ type: 'string', pattern: expect.any(String) }),
      expect.objectContaining({ type: 'number', multipleOf: 0.01, minimum: 0 }),
    ]);
    expect(Money).toMatchObject({ type: 'string', pattern: expect.any(String) });
    expect(NewDeal.properties.amount).toEqual({ $ref: '#/components/schemas/MoneyInput' });
    expect(Deal.properties.amount).toEqual({ $ref: '#/components/schemas/Money' });
    // The process catalogue describes the budget fact as a request takes it.
    const process = await rep.api('GET', '/api/v1/process');
    const budget = process.body.stages.flatMap((st: { entryFacts: Array<{ key: string }> }) => st.entryFacts).find((f: { key: string }) => f.key === 'budget');
    expect(budget.schema.anyOf.map((s: { type: string }) => s.type)).toEqual(['string', 'number']);
  });
});
