import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { makeUser } from '../support/fixtures';

const DAY_MS = 86_400_000;

let app: TestApp;

/** A signed contract's installments as its collection projects them, due `days` from now (negative: overdue). */
async function contractOf(ownerId: string, installments: Array<{ days: number | null; amount: bigint; paid?: bigint; currency?: string; status?: string }>) {
  const contractId = randomUUID();
  const dealId = randomUUID();
  await app.db.contract.create({
    data: {
      id: contractId,
      dealId,
      reference: `AGE-${contractId.slice(0, 8)}`,
      status: 'signed',
      amountMinor: installments.reduce((sum, i) => sum + i.amount, 0n),
      currency: 'CNY',
      ownerId,
      signedAt: new Date(),
      detail: { installments: [] },
      dealVersion: 1,
      updatedAt: new Date(),
    },
  });
  await app.db.installment.createMany({
    data: installments.map((i, seq) => ({
      id: randomUUID(),
      contractId,
      dealId,
      ownerId,
      seq,
      label: `Installment ${seq + 1}`,
      amountMinor: i.amount,
      paidMinor: i.paid ?? 0n,
      currency: i.currency ?? 'CNY',
      dueAt: i.days === null ? null : new Date(Date.now() + i.days * DAY_MS),
      status: i.status ?? (i.days === null ? 'scheduled' : 'open'),
      updatedAt: new Date(),
    })),
  });
}

const bucketsOf = (body: { buckets: Array<{ bucket: string; amounts: unknown[] }> }) => Object.fromEntries(body.buckets.map((b) => [b.bucket, b.amounts]));

describe('GET /api/v1/receivables/ageing', () => {
  let rep: Awaited<ReturnType<typeof makeUser>>;
  let other: Awaited<ReturnType<typeof makeUser>>;
  let finance: Awaited<ReturnType<typeof makeUser>>;

  beforeAll(async () => {
    app = await startTestApp();
    [rep, other, finance] = await Promise.all([makeUser(app, 'rep'), makeUser(app, 'rep'), makeUser(app, 'finance')]);
    await contractOf(rep.id, [
      { days: 10, amount: 100_000n },
      { days: -5, amount: 50_050n, paid: 10_025n },
      { days: -20, amount: 10n },
      { days: -45, amount: 30_000_000n },
      { days: -40, amount: 9_999n, currency: 'USD' },
      { days: -75, amount: 1_234n, paid: 1_200n },
      { days: -120, amount: 123_456_789n },
      { days: -10, amount: 5_000n, paid: 5_000n, status: 'paid' },
      { days: null, amount: 7_000n },
    ]);
    await contractOf(other.id, [{ days: -5, amount: 77_700n }]);
  }, 120_000);
  afterAll(() => app?.stop());

  const repAgeing = {
    upcoming: [{ currency: 'CNY', outstanding: '1000.00', count: 1 }],
    '0-30': [{ currency: 'CNY', outstanding: '400.35', count: 2 }],
    '31-60': [
      { currency: 'CNY', outstanding: '300000.00', count: 1 },
      { currency: 'USD', outstanding: '99.99', count: 1 },
    ],
    '61-90': [{ currency: 'CNY', outstanding: '0.34', count: 1 }],
    '90+': [{ currency: 'CNY', outstanding: '1234567.89', count: 1 }],
  };

  it('sums what is outstanding per bucket and currency, exactly, leaving out paid and unscheduled installments', async () => {
    const res = await rep.api('GET', '/api/v1/receivables/ageing');
    expect(res.status).toBe(200);
    expect(res.body.buckets.map((b: { bucket: string }) => b.bucket)).toEqual(['upcoming', '0-30', '31-60', '61-90', '90+']);
    expect(bucketsOf(res.body)).toEqual(repAgeing);
  });

  it('agrees with the list: each bucket holds the rows GET /receivables?bucket= returns', async () => {
    for (const [bucket, amounts] of Object.entries(repAgeing)) {
      const list = await rep.api('GET', `/api/v1/receivables?bucket=${encodeURIComponent(bucket)}`);
      expect(list.status, JSON.stringify(list.body)).toBe(200);
      expect(list.body.items.length).toBe(amounts.reduce((n, a) => n + a.count, 0));
    }
  });

  it('keeps to the row rules: a rep sees only their own; finance sees everyone and can ask for one owner', async () => {
    const asked = await rep.api('GET', `/api/v1/receivables/ageing?ownerId=${other.id}`);
    expect(bucketsOf(asked.body)).toEqual({ upcoming: [], '0-30': [], '31-60': [], '61-90': [], '90+': [] });
    expect(bucketsOf((await other.api('GET', '/api/v1/receivables/ageing')).body)['0-30']).toEqual([{ currency: 'CNY', outstanding: '777.00', count: 1 }]);
    expect(bucketsOf((await finance.api('GET', `/api/v1/receivables/ageing?ownerId=${rep.id}`)).body)).toEqual(repAgeing);
    expect(bucketsOf((await finance.api('GET', `/api/v1/receivables/ageing?ownerId=${other.id}`)).body)['0-30']).toEqual([
      { currency: 'CNY', outstanding: '777.00', count: 1 },
    ]);
  });
});
