import { Card, Descriptions, Space } from 'antd';
import { useUser } from '../../auth/session';
import { formatDateTime } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { formatDuration } from './duration';
import { ticketWords } from './messages';
import type { SlaClock } from './queries';
import { SlaCountdown } from './SlaCountdown';

/** Each SLA clock in full: target, time consumed and paused, what remains, the deadline, and when it was met or breached. */
export function SlaClocks({ clocks }: { clocks: SlaClock[] }) {
  const t = useMessages(ticketWords);
  const { timezone } = useUser();
  const at = (iso: string | null) => (iso ? formatDateTime(iso, timezone) : '—');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {clocks.map((c) => {
        const name = c.target === 'response' ? t.response : t.restore;
        return (
          <Card key={c.target} size="small" title={name} extra={<SlaCountdown clock={c} />} data-testid={`sla-${c.target}`}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, xxl: 3 }}
              items={[
                { key: 'target', label: t.target, children: formatDuration(c.targetMs) },
                { key: 'consumed', label: t.consumed, children: formatDuration(c.consumedMs) },
                { key: 'paused', label: t.pausedFor, children: formatDuration(c.pausedMs) },
                { key: 'remaining', label: t.remaining, children: formatDuration(Math.max(0, c.remainingMs)) },
                { key: 'deadline', label: t.deadline, children: at(c.deadline) },
                c.breachedAt ? { key: 'breachedAt', label: t.breachedAt, children: at(c.breachedAt) } : { key: 'metAt', label: t.metAt, children: at(c.metAt) },
              ]}
            />
          </Card>
        );
      })}
    </Space>
  );
}
