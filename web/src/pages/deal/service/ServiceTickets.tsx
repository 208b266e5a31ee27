import { Button, Card, Empty, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { fromNow } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { ticketWords } from '../../tickets/messages';
import { NewTicketModal } from '../../tickets/NewTicketModal';
import { PriorityTag } from '../../tickets/PriorityTag';
import { serviceWords } from './messages';
import type { Service } from './queries';

/** The contract's tickets, each a link to its page; the service engineer opens a new one. */
export function ServiceTickets({ service, canOpen }: { service: Service; canOpen: boolean }) {
  const t = useMessages(serviceWords);
  const words = useMessages(ticketWords);
  const [opening, setOpening] = useState(false);
  return (
    <Card title={t.tickets} data-testid="service-tickets" extra={canOpen && <Button onClick={() => setOpening(true)}>{words.newTicket}</Button>}>
      {service.tickets.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noTickets} />
      ) : (
        <List
          size="small"
          dataSource={service.tickets}
          renderItem={(ticket) => (
            <List.Item key={ticket.id}>
              <Flex justify="space-between" gap={8} wrap style={{ width: '100%' }}>
                <span>
                  <PriorityTag priority={ticket.priority} /> <Link to={`/tickets/${ticket.id}`}>{ticket.title}</Link>
                </span>
                <Typography.Text type="secondary">{fromNow(ticket.openedAt)}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {opening && <NewTicketModal contractId={service.contractId} onClose={() => setOpening(false)} />}
    </Card>
  );
}
