import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Schemas } from '../../api/client';
import { useUser } from '../../auth/session';
import { formatDateTime, fromNow } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import type { DealFact } from './deal-facts';
import { FactValue } from './FactValue';
import { dealMessages, timelineTypeMessages } from './messages';
import type { Deal, Process } from './queries';

type Data = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
const instant = (v: unknown) => (typeof v === 'number' ? new Date(v).toISOString() : str(v));

export interface EntryContext {
  deal: Deal;
  process: Process;
  facts: DealFact[];
  nameOf: (id: string | null | undefined) => string | undefined;
}

/** One timeline entry: what happened, who did it, when, and why. */
export function TimelineEntry({ event, groupLabel, context }: { event: Schemas['TimelineEvent']; groupLabel: string; context: EntryContext }) {
  const t = useMessages(dealMessages);
  const types = useMessages(timelineTypeMessages);
  const { timezone } = useUser();
  const who = context.nameOf(event.actorId) ?? t.system;
  return (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      <Space wrap size={8}>
        <Typography.Text strong>{types[event.type] ?? `${groupLabel} · ${event.type}`}</Typography.Text>
        <Typography.Text>{who}</Typography.Text>
        <Typography.Text type="secondary">
          <time dateTime={event.at}>{formatDateTime(event.at, timezone)}</time> · {fromNow(event.at)}
        </Typography.Text>
      </Space>
      <EntryDetail data={(event.data ?? {}) as Data} type={event.type} context={context} />
    </Space>
  );
}

function EntryDetail({ data, type, context }: { data: Data; type: string; context: EntryContext }) {
  const t = useMessages(dealMessages);
  const { timezone } = useUser();
  const stage = (key: unknown) => context.process.stages.find((s) => s.key === key)?.label ?? String(key);
  const lines: ReactNode[] = [];
  if (type === 'stage_changed') lines.push(`${stage(data.from)} → ${stage(data.to)}`);
  if (type === 'reopened') lines.push(`→ ${stage(data.to)}`);
  if (type === 'lost') {
    const reason = context.process.lostReasons.find((r) => r.key === data.reason)?.label;
    if (reason) lines.push(t.lostBecause(reason));
    if (str(data.competitorWon)) lines.push(`${t.competitorWon}: ${str(data.competitorWon)}`);
  }
  if (type === 'facts_recorded' && data.changes && typeof data.changes === 'object')
    for (const [key, value] of Object.entries(data.changes as Data)) {
      const fact = context.facts.find((f) => f.key === key);
      lines.push(
        <span key={key}>
          {fact?.label ?? key}:{' '}
          {fact ? (
            <FactValue kind={fact.kind} value={value} currency={str(data.currency) ?? context.deal.currency} nameOf={context.nameOf} />
          ) : (
            JSON.stringify(value)
          )}
        </span>,
      );
    }
  if (type === 'activity_logged') {
    const activity = context.process.activityTypes.find((a) => a.key === data.type)?.label;
    lines.push([activity, str(data.summary)].filter(Boolean).join(' · '));
    if (str(data.outcome)) lines.push(`${t.outcome}: ${str(data.outcome)}`);
  }
  if (type.startsWith('followup_')) {
    const action = str(data.action);
    const due = instant(data.dueAt);
    if (action || due) lines.push([action, due && `${t.due}: ${formatDateTime(due, timezone)}`].filter(Boolean).join(' · '));
  }
  const why = str(data.note) ?? str(data.reason) ?? str(data.comment);
  if (why && type !== 'lost') lines.push(why);
  if (type === 'lost' && str(data.note)) lines.push(str(data.note));
  if (lines.length === 0) return null;
  return (
    <Space direction="vertical" size={0}>
      {lines.map((line, i) => (
        <Typography.Text key={i} type="secondary">
          {line}
        </Typography.Text>
      ))}
    </Space>
  );
}
