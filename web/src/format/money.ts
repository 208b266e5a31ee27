import type { Locale } from '../i18n/locale';

/** An API amount (a decimal string) in its currency's format: ¥1,200,000.00. */
export function formatMoney(amount: string | number, currency: string, locale: Locale): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: locale === 'zh-CN' ? 'narrowSymbol' : 'symbol' });
  return format.format(amount as unknown as number);
}

/** Sums decimal strings exactly, in minor units. */
export function sumAmounts(amounts: readonly string[]): string {
  const minor = amounts.reduce((total, a) => total + toMinor(a), 0n);
  const sign = minor < 0n ? '-' : '';
  const abs = minor < 0n ? -minor : minor;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export function toMinor(amount: string): bigint {
  const [whole, fraction = ''] = amount.replace(/^-/, '').split('.');
  const value = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return amount.startsWith('-') ? -value : value;
}
