import { Checkbox, Flex, Select } from 'antd';
import { useMessages } from '../../i18n/messages';
import { TICKET_STATES, ticketWords } from './messages';
import type { TicketFilters } from './queries';

/** The queue's filters: state, breached only, and whose (anyone, or me). */
export function TicketFiltersBar({ filters, onChange, canBeMine }: { filters: TicketFilters; onChange: (f: TicketFilters) => void; canBeMine: boolean }) {
  const t = useMessages(ticketWords);
  return (
    <Flex gap={12} wrap align="center" role="search" aria-label={t.filters}>
      <Select
        aria-label={t.stateLabel}
        style={{ minWidth: 160 }}
        value={filters.state ?? ''}
        onChange={(state: TicketFilters['state'] | '') => onChange({ ...filters, state: state || undefined })}
        options={[{ value: '', label: t.allStates }, ...TICKET_STATES.map((s) => ({ value: s, label: t.state(s) }))]}
      />
      <Select
        aria-label={t.assignee}
        style={{ minWidth: 120 }}
        value={filters.assignee ?? ''}
        onChange={(assignee) => onChange({ ...filters, assignee: assignee || undefined })}
        options={[{ value: '', label: t.anyone }, ...(canBeMine ? [{ value: 'me', label: t.me }] : [])]}
      />
      <Checkbox checked={filters.breached === 'true'} onChange={(e) => onChange({ ...filters, breached: e.target.checked ? 'true' : undefined })}>
        {t.breachedOnly}
      </Checkbox>
    </Flex>
  );
}
