import { Card, Checkbox, DatePicker, Flex, Form, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useUser } from '../../auth/session';
import { PagedList } from '../../components/PagedList';
import { dayjs } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { visitWords } from './messages';
import { useVisits } from './queries';
import { VisitsTable } from './VisitsTable';

const DEFAULT_WEEKS = 4;
/** The service records and schedules visits; supervisors and executives read their team's calendar or everyone's. */
const WORKERS = ['service', 'admin'];

/** 服务日历: the engineer's visits due before a chosen day (four weeks on by default), overdue first; managers see all they may. */
export function VisitsPage() {
  const t = useMessages(visitWords);
  const { timezone, role } = useUser();
  const canWork = WORKERS.includes(role);
  const [params, setParams] = useSearchParams();
  const asked = params.get('before');
  const before = asked && dayjs(asked).isValid() ? dayjs.tz(asked, timezone) : dayjs().tz(timezone).add(DEFAULT_WEEKS, 'week').startOf('day');
  const mine = canWork && params.get('all') !== 'true';
  const set = (next: { before?: string; all?: boolean }) => {
    const p = new URLSearchParams(params);
    if (next.before !== undefined) p.set('before', next.before);
    if (next.all === true) p.set('all', 'true');
    if (next.all === false) p.delete('all');
    setParams(p, { replace: true });
  };
  const list = useVisits({ assignee: mine ? 'me' : undefined, dueBefore: before.endOf('day').toISOString() });
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <Form layout="inline">
        <Form.Item label={t.dueBefore} htmlFor="visits-before">
          <DatePicker
            id="visits-before"
            allowClear={false}
            value={dayjs(before.format('YYYY-MM-DD'))}
            onChange={(d) => d && set({ before: d.format('YYYY-MM-DD') })}
          />
        </Form.Item>
        {canWork && (
          <Form.Item>
            <Checkbox checked={mine} onChange={(e) => set({ all: !e.target.checked })}>
              {t.mine}
            </Checkbox>
          </Form.Item>
        )}
      </Form>
      <Card>
        <PagedList list={list} empty={t.empty}>
          {(rows) => <VisitsTable rows={rows} canWork={canWork} />}
        </PagedList>
      </Card>
    </Flex>
  );
}
