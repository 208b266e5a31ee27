import { Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useUser } from '../../auth/session';
import { PageError, PageLoading } from '../../components/PageState';
import { formatDateTime } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { useUsers } from '../deal/queries';
import { ticketWords } from './messages';
import { PriorityTag } from './PriorityTag';
import { useTicket } from './queries';
import { SlaClocks } from './SlaClocks';
import { TicketCommands } from './TicketCommands';
import { TicketHistory } from './TicketHistory';

/** One ticket: what is wrong, its SLA clocks, its steps, and the commands its state allows. */
export function TicketPage() {
  const { id = '' } = useParams();
  const t = useMessages(ticketWords);
  const { timezone } = useUser();
  const { nameOf } = useUsers();
  const query = useTicket(id);
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageLoading />;
  const ticket = query.data;
  const at = (iso: string | null) => (iso ? formatDateTime(iso, timezone) : '—');
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {ticket.title}
        </Typography.Title>
        <PriorityTag priority={ticket.priority} />
        <Tag data-testid="ticket-state">{t.state(ticket.state)}</Tag>
      </Flex>
      <TicketCommands ticket={ticket} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card title={ticket.reference}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'deal', label: t.deal, children: <Link to={`/deals/${ticket.dealId}`}>{ticket.dealTitle}</Link> },
                  { key: 'assignee', label: t.assignee, children: nameOf(ticket.assigneeId) ?? t.unassigned },
                  { key: 'reportedBy', label: t.reportedBy, children: ticket.reportedBy },
                  { key: 'reportedAt', label: t.reportedAt, children: at(ticket.reportedAt) },
                  {
                    key: 'warranty',
                    label: t.warrantyLabel,
                    children: ticket.billableParts ? `${t.warranty(ticket.warranty)} · ${t.billableParts}` : t.warranty(ticket.warranty),
                  },
                  ...(ticket.reopenUntil ? [{ key: 'reopenUntil', label: t.reopenUntil, children: at(ticket.reopenUntil) }] : []),
                  {
                    key: 'description',
                    label: t.description,
                    span: 'filled' as const,
                    children: <span style={{ whiteSpace: 'pre-wrap' }}>{ticket.description}</span>,
                  },
                  ...(ticket.resolution ? [{ key: 'resolution', label: t.resolution, span: 'filled' as const, children: ticket.resolution }] : []),
                ]}
              />
            </Card>
            <Card title={t.clocks}>
              <SlaClocks clocks={ticket.sla} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t.history}>
            <TicketHistory history={ticket.history} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
