import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Calendar, Card, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useUser } from '../../auth/session';
import { PageEmpty, PageError, PageLoading } from '../../components/PageState';
import type { Dayjs } from 'dayjs';
import { dayjs, formatDateTime, fromNow } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { tenderWords } from '../deal/tender/messages';
import { type TenderEvent, dayOf, tenderEvents } from './events';
import { tendersWords } from './messages';

const MAX_PAGES = 10;
/** antd's faint greys (other months' days, the weekday header) fall short of WCAG contrast. */
/** Every tender the user may see whose deadline falls before `before`, soonest first; the API decides which rows. */
async function tendersBefore(before: string) {
  const items: Schemas['TenderListItem'][] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await unwrap(api.GET('/api/v1/tenders', { params: { query: { dueBefore: before, limit: 100, cursor } } }));
    items.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return items;
}

const tenderLink = (e: TenderEvent) => `/deals/${e.tender.dealId}?tab=tender`;

/** The tenders calendar: this month's deadlines, openings and presentations, as a calendar or a list; each opens its deal's tender tab. */
export function TendersPage() {
  const t = useMessages(tendersWords);
  const { timezone } = useUser();
  const [month, setMonth] = useState(() => dayjs().tz(timezone).startOf('month'));
  const [view, setView] = useState<'calendar' | 'list'>('calendar');
  const end = month.add(1, 'month');
  // An opening can fall a while after its deadline: reach back a month for tenders whose later dates land in this one.
  const query = useQuery({ queryKey: ['tenders', 'before', end.toISOString()], queryFn: () => tendersBefore(end.add(1, 'month').toISOString()) });
  const events = tenderEvents(query.data ?? []).filter((e) => !dayjs(e.at).isBefore(month) && dayjs(e.at).isBefore(end));

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          {t.title}
        </Typography.Title>
      }
      extra={
        <Segmented
          aria-label={t.view}
          value={view}
          onChange={(v) => setView(v as 'calendar' | 'list')}
          options={[
            { value: 'calendar', label: t.calendar },
            { value: 'list', label: t.list },
          ]}
        />
      }
    >
      <MonthSwitch month={month} onChange={setMonth} />
      {query.isLoading ? (
        <PageLoading />
      ) : query.isError ? (
        <PageError error={query.error} onRetry={() => void query.refetch()} />
      ) : view === 'calendar' ? (
        <Calendar
          value={month}
          headerRender={() => null}
          fullscreen
          cellRender={(date, info) =>
            info.type === 'date' ? <DayEvents events={events.filter((e) => dayOf(e.at, timezone) === date.format('YYYY-MM-DD'))} /> : info.originNode
          }
        />
      ) : events.length === 0 ? (
        <PageEmpty />
      ) : (
        <EventList events={events} timezone={timezone} />
      )}
    </Card>
  );
}

function MonthSwitch({ month, onChange }: { month: Dayjs; onChange: (m: Dayjs) => void }) {
  const t = useMessages(tendersWords);
  return (
    <Space style={{ marginBottom: 12 }}>
      <Button aria-label={t.previous} icon={<LeftOutlined />} onClick={() => onChange(month.subtract(1, 'month'))} />
      <Typography.Text strong data-testid="tenders-month">
        {month.format('YYYY-MM')}
      </Typography.Text>
      <Button aria-label={t.next} icon={<RightOutlined />} onClick={() => onChange(month.add(1, 'month'))} />
    </Space>
  );
}

function DayEvents({ events }: { events: TenderEvent[] }) {
  const t = useMessages(tendersWords);
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {events.map((e) => (
        <li key={`${e.tender.id}-${e.kind}`}>
          <Badge status={e.kind === 'deadline' ? 'error' : 'processing'} />
          <Link to={tenderLink(e)}>
            {t.kind(e.kind)} {e.tender.tenderNo}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function EventList({ events, timezone }: { events: TenderEvent[]; timezone: string }) {
  const t = useMessages(tendersWords);
  const w = useMessages(tenderWords);
  return (
    <Table<TenderEvent>
      rowKey={(e) => `${e.tender.id}-${e.kind}`}
      size="small"
      pagination={false}
      dataSource={events}
      columns={[
        { title: t.tenderNo, render: (_, e) => <Link to={tenderLink(e)}>{e.tender.tenderNo}</Link> },
        { title: t.what, render: (_, e) => t.kind(e.kind) },
        { title: t.when, render: (_, e) => `${formatDateTime(e.at, timezone)}（${fromNow(e.at)}）` },
        { title: t.status, render: (_, e) => w.statusName(e.tender.status) },
      ]}
    />
  );
}
