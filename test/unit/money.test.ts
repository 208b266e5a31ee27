import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MINOR, MoneyInput, PositiveMoneyInput, allocate, formatMoney, minor, minorFromYuan, moneyFromNumber, parseMoney } from '../../process';

const problemOf = (value: unknown) => MoneyInput.safeParse(value).error?.issues.map((i) => i.message);
/** Any amount the type holds: up to MAX_MINOR, small ones often. */
const anyMinor = fc.oneof(fc.integer({ min: 0, max: 10_000_00 }), fc.maxSafeNat()).map(minor);

describe('exact money', () => {
  it('reads decimal strings into minor units and writes them back', () => {
    expect(parseMoney('1200000')).toBe(120_000_000);
    expect(parseMoney('0.1')).toBe(10);
    expect(parseMoney('1234567.89')).toBe(123_456_789);
    for (const bad of ['', '-1', '1.234', '01', '1e5', ' 1', '1,000', '0x10', '1.']) expect(parseMoney(bad), bad).toBeUndefined();
    expect(formatMoney(minor(10))).toBe('0.10');
    expect(formatMoney(minor(123_456_789))).toBe('1234567.89');
  });

  it('stops where minor units stop being safe integers', () => {
    expect(formatMoney(MAX_MINOR)).toBe('90071992547409.91');
    expect(parseMoney('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseMoney('90071992547409.92')).toBeUndefined();
    expect(parseMoney('100000000000000')).toBeUndefined();
    expect(() => minor(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => minor(0.5)).toThrow(RangeError);
  });

  it('round-trips every amount through its decimal string, and through a JSON number where that is exact', () => {
    fc.assert(fc.property(anyMinor, (amount) => parseMoney(formatMoney(amount)) === amount));
    fc.assert(fc.property(anyMinor, (amount) => MoneyInput.parse(formatMoney(amount)) === amount));
    // A JSON number is a double, read through its shortest decimal form: exact up to 15 significant digits.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }).map(minor), (amount) => MoneyInput.parse(JSON.parse(formatMoney(amount))) === amount),
    );
    expect([0.07, 19.99, 1e3, 0.3].map(moneyFromNumber)).toEqual([7, 1999, 100000, 30]);
    // What float arithmetic makes of 0.1 + 0.2 is not an amount with 2 decimals.
    expect(moneyFromNumber(0.1 + 0.2)).toBeUndefined();
  });

  it('refuses 3 decimals, negative, too large and non-amounts, saying which', () => {
    for (const v of ['1.234', 1.234, 0.001, 1e-7]) expect(problemOf(v), String(v)).toEqual(['at most 2 decimals']);
    for (const v of ['-1', -1, -0.5]) expect(problemOf(v), String(v)).toEqual(['must not be negative']);
    for (const v of ['90071992547409.92', '100000000000000000', 1e15, 1e300]) expect(problemOf(v), String(v)).toEqual(['at most 90071992547409.91']);
    for (const v of ['', 'lots', '1,000', '1e5', ' 1', '01', true, null, {}, [1], Number.NaN])
      expect(problemOf(v), JSON.stringify(v)).toEqual([expect.stringContaining('decimal string')]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 9 }),
        (units, tenth) => problemOf(`${formatMoney(minor(units))}${tenth}`)?.[0] === 'at most 2 decimals',
      ),
    );
    expect(PositiveMoneyInput.safeParse('0.00').error?.issues[0].message).toBe('must be greater than 0');
  });

  it('reads float yuan recorded before money was exact, to the nearest fen', () => {
    expect([800000, 0.1 + 0.2, 1234.565, 19.99].map(minorFromYuan)).toEqual([80_000_000, 30, 123_457, 1999]);
  });

  it('splits by percent so the parts add up to the fen', () => {
    expect(allocate(minor(33_333_333), [30, 60, 10])).toEqual([10_000_000, 20_000_000, 3_333_333]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }).map(minor),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          const percents = weights.map((w) => (w * 100) / sum);
          return allocate(total, percents).reduce((a, b) => a + b, 0) === total;
        },
      ),
    );
  });
});
