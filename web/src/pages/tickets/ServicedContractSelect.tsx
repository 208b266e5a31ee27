import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Empty, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useMessages } from '../../i18n/messages';
import { ticketWords } from './messages';

const SHOWN = 20;
const TYPING_PAUSE_MS = 300;

/** The term once typing has paused, so a search runs once per word rather than once per key. */
function useSettled(term: string): string {
  const [settled, setSettled] = useState(term);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(term), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [term]);
  return settled;
}

/** A signed contract in service, searched on the server by customer or contract reference: what a new ticket is for. */
export function ServicedContractSelect({ value, onChange, id }: { value?: string; onChange?: (contractId: string) => void; id?: string }) {
  const t = useMessages(ticketWords);
  const [typed, setTyped] = useState('');
  const q = useSettled(typed.trim());
  const found = useQuery({
    queryKey: ['services', q],
    queryFn: () => unwrap(api.GET('/api/v1/services', { params: { query: { q: q || undefined, limit: SHOWN } } })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const searching = found.isFetching || q !== typed.trim();
  const nothing = found.isError ? (
    <Typography.Text type="danger">{t.contractsFailed}</Typography.Text>
  ) : searching ? (
    <Spin size="small" />
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noContracts} />
  );
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      placeholder={t.contractHint}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={searching}
      notFoundContent={nothing}
      options={found.data?.items.map((c) => ({ value: c.contractId, label: `${c.customer} · ${c.reference}`, deal: c.dealTitle }))}
      optionRender={(option) => (
        <div>
          <div>{option.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {option.data.deal}
          </Typography.Text>
        </div>
      )}
      data-testid="serviced-contract"
    />
  );
}
