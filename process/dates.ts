/** Calendar-date helpers on ISO `YYYY-MM-DD` strings, in UTC. Pure and deterministic. */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isoDate(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return isoDate(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

export function isRealDate(date: string): boolean {
  return ISO_DATE.test(date) && isoDate(Date.parse(`${date}T00:00:00Z`)) === date;
}
