import { Card, Segmented, Space, theme } from 'antd';
import { useMemo } from 'react';
import type { Schemas } from '../../api/client';
import { Chart, type ChartOption } from '../../components/Chart';
import { formatMoney, sumAmounts } from '../../format/money';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import { receivablesWords } from './messages';
import type { Bucket } from './queries';

/** From calm to alarming: not due yet, then each older bucket. */
const COLOURS: Record<Bucket, string> = { upcoming: '#52c41a', '0-30': '#faad14', '31-60': '#fa8c16', '61-90': '#f5222d', '90+': '#a8071a' };

/** The ageing as bars per bucket (one series per currency), its totals, and a filter that clicking a bar also sets. */
export function AgeingChart({ ageing, bucket, onBucket }: { ageing: Schemas['Ageing']; bucket?: Bucket; onBucket: (b: Bucket | undefined) => void }) {
  const t = useMessages(receivablesWords);
  const { locale } = useLocale();
  const buckets = ageing.buckets;
  const currencies = [...new Set(buckets.flatMap((b) => b.amounts.map((a) => a.currency)))].sort();
  const money = (amount: string, currency: string) => formatMoney(amount, currency, locale);

  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 16, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: buckets.map((b) => t[b.bucket]) },
      yAxis: { type: 'value' },
      series: currencies.map((currency) => ({
        type: 'bar',
        name: currency,
        barMaxWidth: 56,
        tooltip: { valueFormatter: (v: unknown) => formatMoney(String(v), currency, locale) },
        data: buckets.map((b) => ({
          value: Number(b.amounts.find((a) => a.currency === currency)?.outstanding ?? 0),
          itemStyle: { color: COLOURS[b.bucket], opacity: !bucket || bucket === b.bucket ? 1 : 0.35 },
        })),
      })),
    }),
    [buckets, currencies.join(), bucket, locale, t], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const inWords = (amounts: Schemas['Ageing']['buckets'][number]['amounts']) =>
    amounts.length ? amounts.map((a) => `${money(a.outstanding, a.currency)} (${t.count(a.count)})`).join(', ') : t.nothing;
  const summary = t.chartSummary(buckets.map((b) => `${t[b.bucket]} ${inWords(b.amounts)}`).join('; '));
  const totals = currencies.map((currency) => {
    const amounts = buckets.flatMap((b) => b.amounts.filter((a) => a.currency === currency));
    return { currency, outstanding: sumAmounts(amounts.map((a) => a.outstanding)), count: amounts.reduce((n, a) => n + a.count, 0) };
  });

  return (
    <Card title={t.ageing}>
      <Chart option={option} summary={summary} onClick={({ dataIndex }) => onBucket(buckets[dataIndex].bucket)} />
      <Space wrap size="large" style={{ marginTop: 16 }} data-testid="ageing-totals">
        <Total title={t.totalOutstanding} value={totals.length ? totals.map((a) => money(a.outstanding, a.currency)).join(' + ') : t.nothing} large />
        {buckets.map((b) => (
          <Total key={b.bucket} title={t[b.bucket]} value={inWords(b.amounts)} colour={COLOURS[b.bucket]} />
        ))}
      </Space>
      <div style={{ marginTop: 16 }}>
        <Segmented<Bucket | 'all'>
          aria-label={t.bucketFilter}
          value={bucket ?? 'all'}
          onChange={(v) => onBucket(v === 'all' ? undefined : v)}
          options={[{ value: 'all', label: t.all }, ...buckets.map((b) => ({ value: b.bucket, label: t[b.bucket] }))]}
        />
      </div>
    </Card>
  );
}

/** One total under the chart; its bucket's colour marks it, the text keeps the theme's contrast. */
function Total({ title, value, colour, large }: { title: string; value: string; colour?: string; large?: boolean }) {
  const { token } = theme.useToken();
  return (
    <div style={{ borderLeft: `4px solid ${colour ?? token.colorPrimary}`, paddingLeft: 8 }}>
      <div style={{ color: token.colorTextSecondary }}>{title}</div>
      <div style={{ color: token.colorText, fontSize: large ? 20 : 16, fontWeight: 600 }}>{value}</div>
    </div>
  );
}
