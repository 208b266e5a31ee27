import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { api, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/problem';

type Role = Schemas['User']['role'];

/** The active users of some roles, by name: whom a form may name as a witness or a presales engineer. */
function usePeople(roles: readonly Role[]) {
  return useQuery({
    queryKey: ['users', 'by-role', roles],
    queryFn: async () => {
      const pages = await Promise.all(roles.map((role) => unwrap(api.GET('/api/v1/users', { params: { query: { role, limit: 100 } } }))));
      return pages.flatMap((p) => p.items).filter((u) => u.active);
    },
    staleTime: 60_000,
  });
}

export function PersonSelect({ roles, id, value, onChange }: { roles: readonly Role[]; id?: string; value?: string; onChange?: (v: string) => void }) {
  const people = usePeople(roles);
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      loading={people.isLoading}
      value={value}
      onChange={onChange}
      options={(people.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}

/** A user's name, for "等待 <holder> 审批"; the id while it loads. */
export function useUserName(id: string | null | undefined): string | undefined {
  const user = useQuery({
    queryKey: ['users', id],
    queryFn: () => unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
    staleTime: 300_000,
  });
  return user.data?.name ?? id ?? undefined;
}
