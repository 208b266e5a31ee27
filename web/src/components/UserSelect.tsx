import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';

type User = Schemas['User'];
const SHOWN = 20;

interface Props<V extends string | string[]> {
  value?: V;
  onChange?: (value: V) => void;
  id?: string;
  multiple?: V extends string[] ? true : false;
  role?: User['role'];
  /** People who may not be chosen here, such as the user being edited. */
  exclude?: string[];
  describe?: (user: User) => string;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
}

const chosenIds = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Active people, searched on the server by name or email, so a company of any size can pick one. */
export function UserSelect<V extends string | string[]>({ value, onChange, id, multiple, role, exclude = [], describe = (u) => u.name, ...rest }: Props<V>) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['users', 'search', role, q],
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { limit: SHOWN, role, q: q.trim() || undefined } } })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const ids = chosenIds(value);
  const chosen = useQuery({
    queryKey: ['users', 'byId', ids],
    queryFn: () => Promise.all(ids.map((userId) => unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id: userId } } })))),
    enabled: ids.length > 0,
    staleTime: 5 * 60_000,
  });
  const people = new Map<string, User>();
  for (const u of [...(chosen.data ?? []), ...(found.data?.items ?? [])]) if (!exclude.includes(u.id) && (u.active || ids.includes(u.id))) people.set(u.id, u);
  return (
    <Select<V>
      {...rest}
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onBlur={() => setQ('')}
      loading={found.isFetching}
      options={[...people.values()].map((u) => ({ value: u.id, label: describe(u) }))}
    />
  );
}
