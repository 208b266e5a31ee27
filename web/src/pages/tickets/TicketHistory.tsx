import { Timeline, Typography } from 'antd';
import { useUser } from '../../auth/session';
import { formatDateTime } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { useUsers } from '../deal/queries';
import { ticketWords } from './messages';
import type { TicketDetail } from './queries';

/** What a step says besides its name: a note, a reason, a resolution, a priority, a clock. */
const detailOf = (data: Record<string, unknown>, nameOf: (id: string) => string | undefined, t: (typeof ticketWords)['zh-CN']) => {
  const parts = [data.note, data.reason, data.resolution].filter((v): v is string => typeof v === 'string' && v !== '');
  if (typeof data.priority === 'string') parts.push(t.priority(data.priority));
  if (typeof data.assigneeId === 'string') parts.push(nameOf(data.assigneeId) ?? '');
  if (data.target === 'response' || data.target === 'restore') parts.push(data.target === 'response' ? t.response : t.restore);
  return parts.join(' · ');
};

/** The ticket's steps, newest first. */
export function TicketHistory({ history }: { history: TicketDetail['history'] }) {
  const t = useMessages(ticketWords);
  const { timezone } = useUser();
  const { nameOf } = useUsers();
  return (
    <Timeline
      reverse
      items={history.map((s) => {
        const detail = detailOf(s.data, nameOf, t);
        const actor = s.actorId ? nameOf(s.actorId) : undefined;
        return {
          key: s.seq,
          color: s.type === 'sla_breached' || s.type === 'sla_escalated' ? 'red' : s.type === 'sla_warned' ? 'orange' : 'blue',
          content: (
            <>
              <strong>{t.step(s.type)}</strong>
              {detail && <span>{` · ${detail}`}</span>}
              <div>
                <Typography.Text type="secondary">
                  {formatDateTime(s.at, timezone)}
                  {actor && ` · ${t.by(actor)}`}
                </Typography.Text>
              </div>
            </>
          ),
        };
      })}
    />
  );
}
