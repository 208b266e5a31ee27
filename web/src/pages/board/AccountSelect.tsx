import { Select } from 'antd';
import { useState } from 'react';
import { useAccounts } from './queries';

/** Accounts searched on the server by name, for a filter or a form. */
export function AccountSelect(props: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
}) {
  const [q, setQ] = useState('');
  const accounts = useAccounts(q.trim() || undefined);
  return (
    <Select
      {...props}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={accounts.isFetching}
      options={accounts.data?.items.map((a) => ({ value: a.id, label: a.name }))}
      style={{ minWidth: 200 }}
    />
  );
}
