import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useUser } from '../../auth/session';
import { formatDateTime, fromNow } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { useUsers } from '../deal/queries';
import { ticketWords } from './messages';
import { PriorityTag } from './PriorityTag';
import type { SlaClock, Ticket } from './queries';
import { SlaCountdown } from './SlaCountdown';

const NO_WRAP = () => ({ style: { whiteSpace: 'nowrap' as const } });
const clockOf = (t: Ticket, target: SlaClock['target']) => t.sla.find((c) => c.target === target);

/** The queue: each ticket with its priority, customer's deal, engineer and both SLA countdowns. */
export function TicketsTable({ rows }: { rows: Ticket[] }) {
  const t = useMessages(ticketWords);
  const { timezone } = useUser();
  const { nameOf } = useUsers();
  const countdown = (target: SlaClock['target']) => (_: unknown, r: Ticket) => {
    const clock = clockOf(r, target);
    return clock ? <SlaCountdown clock={clock} /> : '—';
  };
  const columns: ColumnsType<Ticket> = [
    { title: t.priorityLabel, key: 'priority', onHeaderCell: NO_WRAP, onCell: NO_WRAP, render: (_, r) => <PriorityTag priority={r.priority} /> },
    {
      title: t.ticket,
      key: 'ticket',
      render: (_, r) => (
        <>
          <Link to={`/tickets/${r.id}`}>{r.title}</Link>
          <div>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {r.reference} · <span title={formatDateTime(r.reportedAt, timezone)}>{fromNow(r.reportedAt)}</span>
            </Typography.Text>
          </div>
        </>
      ),
    },
    { title: t.deal, key: 'deal', render: (_, r) => <Link to={`/deals/${r.dealId}`}>{r.dealTitle}</Link> },
    { title: t.stateLabel, key: 'state', onCell: NO_WRAP, render: (_, r) => t.state(r.state) },
    { title: t.assignee, key: 'assignee', onCell: NO_WRAP, render: (_, r) => nameOf(r.assigneeId) ?? t.unassigned },
    { title: t.response, key: 'response', onCell: NO_WRAP, render: countdown('response') },
    { title: t.restore, key: 'restore', onCell: NO_WRAP, render: countdown('restore') },
  ];
  return (
    <>
      <Table<Ticket> rowKey="id" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 900 }} />
    </>
  );
}
