/**
 * Money is exact: integer minor units (fen, cents) inside, decimal strings at the edges.
 * `parseMoney("1200000.5")` is 120000050; `formatMoney(120000050)` is "1200000.50".
 */
const DECIMAL = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;

export type Minor = number;

export function parseMoney(text: string): Minor | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function formatMoney(minor: Minor): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

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
  return parts;
}
