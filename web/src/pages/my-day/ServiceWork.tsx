import { Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useUser } from '../../auth/session';
import { formatDateTime, fromNow } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { ticketWords } from '../tickets/messages';
import { useVisits } from '../visits/queries';
import { myDayMessages } from './messages';
import { PagedSection, Row } from './Section';
import { useMyOpenTickets } from './useMyOpenTickets';

const When = ({ label, at, timezone }: { label: string; at: string; timezone: string }) => (
  <Typography.Text type={Date.parse(at) < Date.now() ? 'danger' : 'secondary'}>
    {label} <time dateTime={at}>{formatDateTime(at, timezone)}</time> · {fromNow(at)}
  </Typography.Text>
);

/** 本周到期回访: my planned visits due before the week ends, overdue ones included. */
export function VisitsDue({ endOfWeek }: { endOfWeek: number }) {
  const t = useMessages(myDayMessages);
  const { timezone } = useUser();
  const visits = useVisits({ assignee: 'me', dueBefore: new Date(endOfWeek).toISOString() });
  return (
    <PagedSection title={t.visitsDue} list={visits} empty={t.noVisitsDue}>
      {(rows) =>
        rows.map((v) => (
          <Row key={v.id}>
            <Link to="/visits">{v.purpose ? `${v.label} · ${v.purpose}` : v.label}</Link>
            <div>
              <When label={t.due} at={v.dueAt} timezone={timezone} />
            </div>
          </Row>
        ))
      }
    </PagedSection>
  );
}

/** 我的未结工单: the tickets assigned to me that are not restored yet. */
export function MyOpenTickets() {
  const t = useMessages(myDayMessages);
  const words = useMessages(ticketWords);
  const { timezone } = useUser();
  const tickets = useMyOpenTickets();
  return (
    <PagedSection title={t.openTickets} list={tickets} empty={t.noOpenTickets}>
      {(rows) =>
        rows.map((ticket) => (
          <Row key={ticket.id}>
            <Link to={`/tickets/${ticket.id}`}>
              {ticket.reference} {ticket.title}
            </Link>{' '}
            <Tag>{words.state(ticket.state)}</Tag>
            <div>
              <Typography.Text type="secondary">{ticket.dealTitle}</Typography.Text>
            </div>
            {ticket.restoreDeadline && <When label={t.restoreBy} at={ticket.restoreDeadline} timezone={timezone} />}
          </Row>
        ))
      }
    </PagedSection>
  );
}
