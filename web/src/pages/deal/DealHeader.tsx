import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { formatMoney } from '../../format/money';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import { LostButton, ReopenButton } from './LostAndReopen';
import { dealMessages } from './messages';
import type { Deal, Process } from './queries';

const STATUS_COLOR = { open: 'processing', won: 'success', lost: 'error' } as const;

/** The deal's name and the few things everyone asks first, with the ways out of the funnel. */
export function DealHeader({ deal, process, accountName, ownerName }: { deal: Deal; process: Process; accountName?: string; ownerName?: string }) {
  const t = useMessages(dealMessages);
  const { locale } = useLocale();
  const status = { open: t.statusOpen, won: t.statusWon, lost: t.statusLost }[deal.status];
  const lostReason = deal.lost && process.lostReasons.find((r) => r.key === deal.lost?.reason)?.label;
  return (
    <Card>
      <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space direction="vertical" size={4}>
          <Space wrap>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {deal.title}
            </Typography.Title>
            <Tag color={STATUS_COLOR[deal.status]}>{status}</Tag>
            <Tag>{deal.stageLabel}</Tag>
          </Space>
          {lostReason && (
            <Typography.Text type="danger">
              {t.lostBecause(lostReason)}
              {deal.lost?.note ? ` — ${deal.lost.note}` : ''}
            </Typography.Text>
          )}
        </Space>
        {deal.canChange && (
          <Space>
            {deal.status === 'open' && <LostButton deal={deal} process={process} />}
            {deal.status === 'lost' && deal.reopenCount < process.reopenLimit && <ReopenButton deal={deal} />}
          </Space>
        )}
      </Space>
      <Descriptions
        style={{ marginTop: 12 }}
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'account', label: t.account, children: accountName ?? '…' },
          { key: 'owner', label: t.owner, children: ownerName ?? '…' },
          { key: 'amount', label: t.amount, children: formatMoney(deal.amount, deal.currency, locale) },
          { key: 'probability', label: t.probability, children: `${deal.probability}%` },
        ]}
      />
    </Card>
  );
}
