import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYMENT_SCHEDULE, ageBucket, formatMoney, minor, parseMoney, planInstallments } from '../../process';

describe('payment schedules', () => {
  it('plans the default 30/60/10 exactly', () => {
    const plan = planInstallments(parseMoney('333333.33')!, DEFAULT_PAYMENT_SCHEDULE);
    expect(plan.ok && plan.installments.map((i) => formatMoney(i.amount))).toEqual(['100000.00', '200000.00', '33333.33']);
  });

  it('names the difference when amounts do not add up', () => {
    const due = { kind: 'after_signing', days: 0 } as const;
    expect(
      planInstallments(minor(10_000), [
        { label: 'a', amount: minor(4000), due },
        { label: 'b', amount: minor(5999), due },
      ]),
    ).toMatchObject({ ok: false, difference: 1 });
    expect(
      planInstallments(minor(10_000), [
        { label: 'a', amount: minor(4000), due },
        { label: 'b', percent: 61, due },
      ]),
    ).toMatchObject({ ok: false, difference: -100 });
    expect(
      planInstallments(minor(10_000), [
        { label: 'a', amount: minor(4000), due },
        { label: 'b', percent: 60, due },
      ]),
    ).toMatchObject({ ok: true });
  });

  it('buckets overdue days by age', () => {
    expect([0, 30, 31, 60, 61, 90, 91, 400].map(ageBucket)).toEqual(['0-30', '0-30', '31-60', '31-60', '61-90', '61-90', '90+', '90+']);
  });
});
