import { Button, List, Segmented, Space } from 'antd';
import { useState } from 'react';
import { PageError, PageLoading } from '../../components/PageState';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/messages';
import { dealMessages } from './messages';
import { useTimeline } from './queries';
import { type EntryContext, TimelineEntry } from './TimelineEntry';
import { TIMELINE_GROUPS, type TimelineGroup, groupOf } from './timeline-groups';

/** Every recorded change of the deal, filtered by kind, a page at a time. */
export function TimelineTab({ context }: { context: EntryContext }) {
  const t = useMessages(dealMessages);
  const c = useMessages(common);
  const [group, setGroup] = useState<TimelineGroup | 'all'>('all');
  const timeline = useTimeline(context.deal.id);
  if (timeline.isPending) return <PageLoading />;
  if (timeline.isError) return <PageError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const labels: Record<TimelineGroup | 'all', string> = {
    all: t.groupAll,
    moves: t.groupMoves,
    facts: t.groupFacts,
    activities: t.groupActivities,
    followUps: t.groupFollowUps,
    approvals: t.groupApprovals,
    money: t.groupMoney,
    tender: t.groupTender,
    service: t.groupService,
    system: t.groupSystem,
  };
  const entries = timeline.data.pages
    .flatMap((p) => p.items)
    .map((event) => ({ event, group: groupOf(event.type) }))
    .filter((e) => group === 'all' || e.group === group);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Segmented<TimelineGroup | 'all'>
        aria-label={t.timelineFilter}
        value={group}
        onChange={setGroup}
        options={(['all', ...TIMELINE_GROUPS] as const).map((g) => ({ value: g, label: labels[g] }))}
        style={{ flexWrap: 'wrap' }}
      />
      <List
        dataSource={entries}
        locale={{ emptyText: t.noTimeline }}
        renderItem={({ event, group: g }) => (
          <List.Item key={event.seq} data-testid="timeline-entry">
            <TimelineEntry event={event} groupLabel={labels[g]} context={context} />
          </List.Item>
        )}
      />
      {timeline.hasNextPage && (
        <Button onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
          {c.loadMore}
        </Button>
      )}
    </Space>
  );
}
