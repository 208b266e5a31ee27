/**
 * Money is exact: integer minor units (fen, cents) inside, decimal strings at the edges.
 * `parseMoney("1200000.5")` is 120000050; `formatMoney(120000050)` is "1200000.50".
 */
declare const minorUnits: unique symbol;
/** An amount in integer minor units (1 yuan = 100 fen); never a bare number, so yuan cannot slip in. */
export type Minor = number & { readonly [minorUnits]: true };

/** The largest amount kept exact: minor units stay safe integers. */
export const MAX_MINOR = Number.MAX_SAFE_INTEGER as Minor;

const DECIMAL = /^(0|[1-9]\d{0,15})(?:\.(\d{1,2}))?$/;

/** Whole minor units as Minor; throws on anything else (a bug, never a client's input). */
export function minor(n: number): Minor {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole amount of minor units: ${n}`);
  return n as Minor;
}

export const ZERO: Minor = minor(0);

/** A non-negative decimal string with at most 2 decimals, within MAX_MINOR. */
export function parseMoney(text: string): Minor | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const units = BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  return units <= BigInt(MAX_MINOR) ? (Number(units) as Minor) : undefined;
}

/** A JSON number in major units with at most 2 decimals: read through its shortest decimal form, so 0.07 is 7 exactly. */
export const moneyFromNumber = (n: number): Minor | undefined => (Number.isFinite(n) ? parseMoney(String(n)) : undefined);

const SHAPE = 'an amount as a decimal string such as "680000.00", or a number with at most 2 decimals';

/** Why `value` (a decimal string or a JSON number, in major units) is not an amount of money; undefined when it is one. */
export function moneyProblem(value: string | number): string | undefined {
  if (typeof value === 'number' ? !Number.isFinite(value) : !/^-?\d+(\.\d+)?$/.test(value)) return SHAPE;
  if (typeof value === 'number' ? value < 0 : value.startsWith('-')) return 'must not be negative';
  const text = String(value);
  if (/\.\d{3,}$|e-/.test(text)) return 'at most 2 decimals';
  if (parseMoney(text) !== undefined) return undefined;
  return /^[1-9]\d*(\.\d{1,2})?$|e\+/.test(text) ? `at most ${formatMoney(MAX_MINOR)}` : SHAPE;
}

/** The amount a valid decimal string or JSON number names; undefined for anything `moneyProblem` refuses. */
export const moneyOf = (value: string | number): Minor | undefined => (typeof value === 'number' ? moneyFromNumber(value) : parseMoney(value));

export function formatMoney(amount: Minor): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Float yuan, as deals and approvals recorded amounts before money was exact (no `amountsIn: 'minor'`), rounded to the fen. */
export const minorFromYuan = (yuan: number): Minor => minor(Math.round(yuan * 100));

/** An integer column (BIGINT minor units) as Minor. */
export const minorFromBigInt = (n: bigint): Minor => minor(Number(n));

export const sumMoney = (amounts: readonly Minor[]): Minor => minor(amounts.reduce<number>((a, b) => a + b, 0));
export const subtractMoney = (a: Minor, b: Minor): Minor => minor(a - b);

/** Splits `total` by whole-percent-or-finer shares so that the parts sum to it exactly (largest remainder). */
export function allocate(total: Minor, percents: readonly number[]): Minor[] {
  const raw = percents.map((p) => (total * p) / 100);
  const parts = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  // What flooring left over (a few fen, or more when float shares stray) goes to the largest remainders first, round and round.
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; left !== 0; k++) {
    const step = left > 0 ? 1 : -1;
    parts[order[k % order.length][1]] += step;
    left -= step;
  }
  return parts.map(minor);
}
