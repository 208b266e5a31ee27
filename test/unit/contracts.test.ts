import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYMENT_SCHEDULE, ageBucket, allocate, formatMoney, parseMoney, planInstallments } from '../../process';

describe('exact money', () => {
  it('reads decimal strings into minor units and writes them back', () => {
    expect(parseMoney('1200000')).toBe(120_000_000);
    expect(parseMoney('0.1')).toBe(10);
    expect(parseMoney('1234567.89')).toBe(123_456_789);
    for (const bad of ['', '-1', '1.234', '01', '1e5', ' 1', '1,000', '0x10', '1.']) expect(parseMoney(bad), bad).toBeUndefined();
    expect(formatMoney(10)).toBe('0.10');
    expect(formatMoney(123_456_789)).toBe('1234567.89');
    // Up to 13 integer digits (just under ten trillion): the largest amount the API accepts.
    expect(parseMoney('9999999999999.99')).toBe(999_999_999_999_999);
    expect(parseMoney('10000000000000')).toBeUndefined();
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (minor) => parseMoney(formatMoney(minor)) === minor));
  });

  it('splits by percent so the parts add up to the fen', () => {
    expect(allocate(33_333_333, [30, 60, 10])).toEqual([10_000_000, 20_000_000, 3_333_333]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 12 }), (total, weights) => {
        const sum = weights.reduce((a, b) => a + b, 0);
        const percents = weights.map((w) => (w * 100) / sum);
        return allocate(total, percents).reduce((a, b) => a + b, 0) === total;
      }),
    );
  });
});

describe('payment schedules', () => {
  it('plans the default 30/60/10 exactly', () => {
    const plan = planInstallments(parseMoney('333333.33')!, DEFAULT_PAYMENT_SCHEDULE);
    expect(plan.ok && plan.installments.map((i) => formatMoney(i.amount))).toEqual(['100000.00', '200000.00', '33333.33']);
  });

  it('names the difference when amounts do not add up', () => {
    const due = { kind: 'after_signing', days: 0 } as const;
    expect(planInstallments(10_000, [{ label: 'a', amount: '40', due }, { label: 'b', amount: '59.99', due }])).toMatchObject({ ok: false, difference: 1 });
    expect(planInstallments(10_000, [{ label: 'a', amount: '40', due }, { label: 'b', percent: 61, due }])).toMatchObject({ ok: false, difference: -100 });
    expect(planInstallments(10_000, [{ label: 'a', amount: '40', due }, { label: 'b', percent: 60, due }])).toMatchObject({ ok: true });
  });

  it('buckets overdue days by age', () => {
    expect([0, 30, 31, 60, 61, 90, 91, 400].map(ageBucket)).toEqual(['0-30', '0-30', '31-60', '31-60', '61-90', '61-90', '90+', '90+']);
  });
});
