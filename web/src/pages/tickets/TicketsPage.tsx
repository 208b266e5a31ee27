import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useUser } from '../../auth/session';
import { PagedList } from '../../components/PagedList';
import { useMessages } from '../../i18n/messages';
import { TICKET_STATES, ticketWords } from './messages';
import { NewTicketModal } from './NewTicketModal';
import { type TicketFilters, useTickets } from './queries';
import { TicketFiltersBar } from './TicketFiltersBar';
import { TicketsTable } from './TicketsTable';

/** The filters live in the address, so a filtered queue can be linked and reloaded. */
function useFilters(): [TicketFilters, (f: TicketFilters) => void] {
  const [params, setParams] = useSearchParams();
  const state = params.get('state');
  const filters: TicketFilters = {
    state: TICKET_STATES.find((s) => s === state),
    breached: params.get('breached') === 'true' ? 'true' : undefined,
    assignee: params.get('assignee') === 'me' ? 'me' : undefined,
  };
  const set = (f: TicketFilters) => setParams(Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>, { replace: true });
  return [filters, set];
}

/** Who may open a ticket (the API's `open_ticket`): service and admins for anyone, the deal's team for their own customers. */
const OPENERS = ['service', 'admin', 'rep', 'supervisor', 'executive'];

/** 工单: the support tickets one may see, newest report first, with their SLA clocks counting down. */
export function TicketsPage() {
  const t = useMessages(ticketWords);
  const { role } = useUser();
  const [filters, setFilters] = useFilters();
  const list = useTickets(filters);
  const [opening, setOpening] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t.title}
        </Typography.Title>
        {OPENERS.includes(role) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {t.newTicket}
          </Button>
        )}
      </Flex>
      <TicketFiltersBar filters={filters} onChange={setFilters} canBeMine={role === 'service'} />
      <Card>
        <PagedList list={list} empty={t.empty}>
          {(rows) => <TicketsTable rows={rows} />}
        </PagedList>
      </Card>
      {opening && <NewTicketModal onClose={() => setOpening(false)} />}
    </Flex>
  );
}
