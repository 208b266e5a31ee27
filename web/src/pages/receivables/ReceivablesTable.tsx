import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useUser } from '../../auth/session';
import { formatMoney } from '../../format/money';
import { formatDate, formatDateTime } from '../../format/time';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import { ChasingLadder } from './ChasingLadder';
import { InstallmentActions } from './InstallmentActions';
import { receivablesWords } from './messages';
import { type Receivable, useDunningLadder } from './queries';

/** Open installments, oldest due first, each with its actions and, expanded, its chasing ladder. */
/** Money and dates read as one piece; the table scrolls sideways before it breaks them. */
const NO_WRAP = () => ({ style: { whiteSpace: 'nowrap' as const } });

export function ReceivablesTable({ rows }: { rows: Receivable[] }) {
  const t = useMessages(receivablesWords);
  const { locale } = useLocale();
  const { timezone } = useUser();
  const ladder = useDunningLadder();
  const rungLabel = (key: string) => ladder.data?.find((r) => r.key === key)?.label ?? key;
  const money = (amount: string, r: Receivable) => formatMoney(amount, r.currency, locale);

  const columns: ColumnsType<Receivable> = [
    {
      title: t.contract,
      key: 'contract',
      render: (_, r) => (
        <>
          <div style={{ whiteSpace: 'nowrap' }}>{r.contractReference}</div>
          <Link to={`/deals/${r.dealId}`}>{r.dealTitle || t.deal}</Link>
          <div>
            <Typography.Text type="secondary">{r.accountName}</Typography.Text>
          </div>
        </>
      ),
    },
    { title: t.installment, dataIndex: 'label' },
    { title: t.dueAt, key: 'dueAt', onCell: NO_WRAP, render: (_, r) => formatDate(r.dueAt, timezone) },
    { title: t.amount, key: 'amount', align: 'right', onCell: NO_WRAP, render: (_, r) => money(r.amount, r) },
    { title: t.paid, key: 'paid', align: 'right', onCell: NO_WRAP, render: (_, r) => money(r.paid, r) },
    { title: t.outstanding, key: 'outstanding', align: 'right', onCell: NO_WRAP, render: (_, r) => <strong>{money(r.outstanding, r)}</strong> },
    { title: t.daysOverdue, key: 'daysOverdue', align: 'right', render: (_, r) => (r.daysOverdue > 0 ? r.daysOverdue : '—') },
    {
      title: t.status,
      key: 'status',
      render: (_, r) =>
        r.pausedBy ? (
          <Tag color="purple">{t.pausedBy(r.pausedBy)}</Tag>
        ) : r.daysOverdue > 0 ? (
          <Tag color="red">{t.overdue}</Tag>
        ) : (
          <Tag>{r.bucket ? t.open : t.notDue}</Tag>
        ),
    },
    {
      title: t.lastChase,
      key: 'lastChase',
      render: (_, r) =>
        r.lastRung ? (
          <>
            <div>{rungLabel(r.lastRung)}</div>
            {r.nextReminderAt && <small>→ {formatDateTime(r.nextReminderAt, timezone)}</small>}
          </>
        ) : (
          t.noneYet
        ),
    },
    { title: t.actions, key: 'actions', fixed: 'right', render: (_, r) => <InstallmentActions row={r} /> },
  ];

  return (
    <>
      <Table<Receivable>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100 }}
        expandable={{ expandedRowRender: (r) => <ChasingLadder row={r} /> }}
      />
    </>
  );
}
