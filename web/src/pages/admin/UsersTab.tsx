import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { type Schemas, api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { PageError, PageLoading } from '../../components/PageState';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/messages';
import { UserModal } from './UserModal';
import { adminWords } from './messages';
import { refusalText } from './problem-words';

type User = Schemas['User'];

/** Everyone with an account, newest first, a page at a time: invite, edit, send the invitation again, deactivate. */
export function UsersTab() {
  const t = useMessages(adminWords);
  const shared = useMessages(common);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [editing, setEditing] = useState<User | 'new'>();
  const users = useInfiniteQuery({
    queryKey: ['users', 'pages'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/users', { params: { query: { limit: 20, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const people = useQuery({
    queryKey: ['users', 'people'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/users', { params: { query: { limit: 100 } } }))).items,
  });
  const setActive = useMutation({
    mutationFn: ({ user, active }: { user: User; active: boolean }) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: { active } })),
    onSuccess: (user) => {
      void message.success(user.active ? t.reactivated(user.name) : t.deactivated(user.name));
      void client.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (err) => void message.error(refusalText(err, t.lastAdmin)),
  });
  const resend = useMutation({
    mutationFn: (user: User) => unwrap(api.POST('/api/v1/users/{id}/invitation', { params: { path: { id: user.id } } })),
    onSuccess: (sent) => void message.success(t.resent(sent.email)),
    onError: (err) => void message.error(err.message),
  });

  if (users.isPending) return <PageLoading />;
  if (users.isError) return <PageError error={users.error} onRetry={() => void users.refetch()} />;
  const rows = users.data.pages.flatMap((p) => p.items);
  const known = people.data ?? rows;
  const nameOf = (id: string | null) => (id ? (known.find((u) => u.id === id)?.name ?? '—') : '—');

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setEditing('new')}>
          {t.invite}
        </Button>
      </Space>
      <Table<User>
        rowKey="id"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: shared.empty }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t.name,
            key: 'name',
            render: (_, u) => (
              <>
                <div>{u.name}</div>
                <div style={{ color: '#595959', fontSize: 12 }}>{u.email}</div>
              </>
            ),
          },
          { title: t.role, dataIndex: 'role', render: (role: string) => t.roleName(role) },
          { title: t.supervisor, dataIndex: 'supervisorId', render: nameOf },
          { title: t.workday, key: 'workday', render: (_, u) => `${u.workdayStart}–${u.workdayEnd} (${u.timezone})` },
          {
            title: t.status,
            dataIndex: 'active',
            render: (active: boolean) => <Badge status={active ? 'success' : 'default'} text={active ? t.active : t.inactive} />,
          },
          {
            title: t.actions,
            key: 'actions',
            fixed: 'right',
            render: (_, u) => (
              <Space wrap>
                <Button size="small" onClick={() => setEditing(u)}>
                  {t.edit}
                </Button>
                {u.active && (
                  <Button size="small" loading={resend.isPending && resend.variables?.id === u.id} onClick={() => resend.mutate(u)}>
                    {t.resend}
                  </Button>
                )}
                {u.active ? (
                  <Popconfirm
                    title={t.deactivateConfirm(u.name)}
                    description={t.deactivateText}
                    okText={t.deactivate}
                    cancelText={shared.cancel}
                    onConfirm={() => setActive.mutate({ user: u, active: false })}
                  >
                    <Button size="small">{t.deactivate}</Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => setActive.mutate({ user: u, active: true })}>
                    {t.reactivate}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {users.hasNextPage && (
        <Button style={{ marginTop: 12 }} loading={users.isFetchingNextPage} onClick={() => void users.fetchNextPage()}>
          {shared.loadMore}
        </Button>
      )}
      {editing && <UserModal user={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
