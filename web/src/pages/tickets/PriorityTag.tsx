import { Tag } from 'antd';
import { useMessages } from '../../i18n/messages';
import { ticketWords } from './messages';

// Dark text on light fills: the preset colours fall short of WCAG AA contrast.
const STYLE: Record<string, { color: string; background: string; borderColor: string } | undefined> = {
  urgent: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  high: { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' },
};

export function PriorityTag({ priority }: { priority: string }) {
  const t = useMessages(ticketWords);
  return <Tag style={STYLE[priority]}>{t.priority(priority)}</Tag>;
}
