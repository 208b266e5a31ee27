import { Card, Tag } from 'antd';
import { useUser } from '../../../auth/session';
import { formatDate } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { ticketWords } from '../../tickets/messages';
import { serviceWords } from './messages';
import type { Service } from './queries';

/** The warranty: its status, and its period once acceptance started it. */
export function WarrantyCard({ service }: { service: Service }) {
  const t = useMessages(serviceWords);
  const words = useMessages(ticketWords);
  const { timezone } = useUser();
  const w = service.warranty;
  return (
    <Card title={t.warranty} extra={<Tag>{words.warranty(service.warrantyStatus)}</Tag>} data-testid="warranty">
      {w
        ? (w.ended ? t.warrantyEnded + ' · ' : '') + t.warrantyPeriod(w.months, formatDate(w.startsAt, timezone), formatDate(w.endsAt, timezone))
        : t.warrantyNotStarted}
    </Card>
  );
}
