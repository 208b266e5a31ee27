import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useAccounts } from './queries';

/** Accounts searched on the server by name, for a filter or a form. */
export function AccountSelect(props: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
  /** An account to offer even when the search has not found it, such as one just created. */
  extra?: { value: string; label: string };
  style?: CSSProperties;
}) {
  const { extra, style, ...select } = props;
  const [q, setQ] = useState('');
  const accounts = useAccounts(q.trim() || undefined);
  return (
    <Select
      {...select}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={accounts.isFetching}
      options={[
        ...(extra && !accounts.data?.items.some((a) => a.id === extra.value) ? [extra] : []),
        ...(accounts.data?.items.map((a) => ({ value: a.id, label: a.name })) ?? []),
      ]}
      style={{ minWidth: 200, ...style }}
    />
  );
}
