import { Button, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth/session';
import { formatDateTime, fromNow } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { useUsers } from '../deal/queries';
import { visitWords } from './messages';
import type { Visit } from './queries';
import { RecordVisitModal } from './RecordVisitModal';
import { ScheduleVisitModal } from './ScheduleVisitModal';

// Ant Design's red tag falls short of WCAG AA contrast on white.
const OVERDUE = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };

/** The visits to make, soonest first, overdue ones marked, each to record or to follow with another visit. */
export function VisitsTable({ rows }: { rows: Visit[] }) {
  const t = useMessages(visitWords);
  const { timezone } = useUser();
  const { nameOf } = useUsers();
  const [recording, setRecording] = useState<Visit>();
  const [scheduling, setScheduling] = useState<string>();
  const columns: ColumnsType<Visit> = [
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
    { title: t.contract, key: 'contract', render: (_, v) => <Link to={`/contracts/${v.contractId}?tab=service`}>{t.openContract}</Link> },
    { title: t.assignee, key: 'assignee', render: (_, v) => nameOf(v.assigneeId) },
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
      <Table<Visit> rowKey="id" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 900 }} />
      {recording && <RecordVisitModal visit={recording} onClose={() => setRecording(undefined)} />}
      {scheduling && <ScheduleVisitModal contractId={scheduling} onClose={() => setScheduling(undefined)} />}
    </>
  );
}
