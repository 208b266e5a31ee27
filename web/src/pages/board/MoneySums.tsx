import { Typography } from 'antd';
import type { Schemas } from '../../api/client';
import { formatMoney } from '../../format/money';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import { boardWords } from './messages';
import { MUTED } from './muted';

/** Amount and weighted sums, one line per currency. */
export function MoneySums({ sums }: { sums: Schemas['Board']['totals']['sums'] }) {
  const t = useMessages(boardWords);
  const { locale } = useLocale();
  if (sums.length === 0)
    return (
      <div style={{ fontSize: 12 }}>
        <Typography.Text style={MUTED}>{`${t.amount} ${formatMoney(0, 'CNY', locale)}`}</Typography.Text>
      </div>
    );
  return (
    <div>
      {sums.map((s) => (
        <div key={s.currency} style={{ fontSize: 12 }}>
          <Typography.Text>{`${t.amount} ${formatMoney(s.amount, s.currency, locale)}`}</Typography.Text>
          <Typography.Text style={MUTED}>{` · ${t.weighted} ${formatMoney(s.weighted, s.currency, locale)}`}</Typography.Text>
        </div>
      ))}
    </div>
  );
}
