import { Button, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth/session';
import { formatDateTime, fromNow } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { useUsers } from '../deal/queries';
import { visitWords } from './messages';
import type { ListedVisit } from './queries';
import { RecordVisitModal } from './RecordVisitModal';
import { ScheduleVisitModal } from './ScheduleVisitModal';

// Ant Design's red tag falls short of WCAG AA contrast on white.
const OVERDUE = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };

/** The visits to make, soonest first, overdue ones marked, each with its customer; the service records them or follows with another visit. */
export function VisitsTable({ rows, canWork }: { rows: ListedVisit[]; canWork: boolean }) {
  const t = useMessages(visitWords);
  const { timezone } = useUser();
  const { nameOf } = useUsers();
  const [recording, setRecording] = useState<ListedVisit>();
  const [scheduling, setScheduling] = useState<string>();
  const columns: ColumnsType<ListedVisit> = [
    {
      title: t.dueAt,
      key: 'dueAt',
      render: (_, v) => (
        <Space size={4} wrap>
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v.dueAt, timezone)}</span>
          {Date.parse(v.dueAt) < Date.now() ? <Tag style={OVERDUE}>{t.overdue}</Tag> : <span>{fromNow(v.dueAt)}</span>}
        </Space>
      ),
    },
    { title: t.visit, key: 'visit', render: (_, v) => (v.purpose ? `${v.label} · ${v.purpose}` : v.label) },
    { title: t.customer, key: 'customer', dataIndex: 'customer' },
    { title: t.deal, key: 'deal', render: (_, v) => <Link to={`/deals/${v.dealId}?tab=service`}>{v.dealTitle}</Link> },
    { title: t.contract, key: 'contract', dataIndex: 'reference', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
    { title: t.assignee, key: 'assignee', render: (_, v) => nameOf(v.assigneeId) },
  ];
  const actions: ColumnsType<ListedVisit> = [
    {
      title: t.actionsColumn,
      key: 'actions',
      render: (_, v) => (
        <Space wrap>
          <Button size="small" type="primary" onClick={() => setRecording(v)}>
            {t.record}
          </Button>
          <Button size="small" onClick={() => setScheduling(v.contractId)}>
            {t.schedule}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Table<ListedVisit> rowKey="id" columns={canWork ? [...columns, ...actions] : columns} dataSource={rows} pagination={false} scroll={{ x: 900 }} />
      {recording && <RecordVisitModal visit={recording} onClose={() => setRecording(undefined)} />}
      {scheduling && <ScheduleVisitModal contractId={scheduling} onClose={() => setScheduling(undefined)} />}
    </>
  );
}
