import { Tag } from 'antd';
import { useMessages } from '../../i18n/messages';
import { formatDuration } from './duration';
import { ticketWords } from './messages';
import type { SlaClock } from './queries';
import { useNow } from './useNow';

// Ant Design's preset tag colours are too faint on white for WCAG AA; these pass.
const ORANGE = { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' };
const RED = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };

/**
 * One SLA clock's remaining time, ticking every second from the server's deadline: orange and at risk
 * past the warning point, red once breached; a standing clock shows its state.
 */
export function SlaCountdown({ clock, label }: { clock: SlaClock; label?: string }) {
  const t = useMessages(ticketWords);
  const now = useNow();
  const prefix = label ? `${label} · ` : '';
  if (clock.status === 'met') return <Tag>{`${prefix}${t.met}`}</Tag>;
  if (clock.status === 'paused') return <Tag color="default">{`${prefix}${t.paused} · ${t.left(formatDuration(clock.remainingMs))}`}</Tag>;
  const remaining = clock.deadline ? Date.parse(clock.deadline) - now : clock.remainingMs;
  if (clock.status === 'breached' || remaining <= 0)
    return (
      <Tag style={RED} data-sla="breached">
        {clock.metAt ? `${prefix}${t.breached}` : `${prefix}${t.breached} +${formatDuration(remaining)}`}
      </Tag>
    );
  const warned = clock.warningAt ? now >= Date.parse(clock.warningAt) : false;
  return (
    <Tag style={warned ? ORANGE : undefined} data-sla={warned ? 'warning' : 'running'} role="timer">
      {`${prefix}${warned ? `${t.atRisk} · ` : ''}${t.left(formatDuration(remaining))}`}
    </Tag>
  );
}
