import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { type Schemas, api } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { useUser } from '../../auth/session';
import { PageError, PageLoading } from '../../components/PageState';
import { formatDateTime } from '../../format/time';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/messages';
import { adminWords } from './messages';
import { formErrors } from './form-errors';

type Token = Schemas['ApiToken'];
const TOKENS = ['tokens'] as const;

/** The signed-in user's own API tokens: made with a name and a lifetime, the secret shown once, revoked with a confirmation. */
export function TokensTab() {
  const t = useMessages(adminWords);
  const shared = useMessages(common);
  const { timezone } = useUser();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string>();
  const [form] = Form.useForm<{ name: string; expiresInDays: number }>();
  const tokens = useInfiniteQuery({
    queryKey: TOKENS,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/tokens', { params: { query: { limit: 50, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const create = useMutation({
    mutationFn: (body: { name: string; expiresInDays: number }) => unwrap(api.POST('/api/v1/tokens', { body })),
    onSuccess: (made) => {
      setCreating(false);
      form.resetFields();
      setSecret(made.token);
      void client.invalidateQueries({ queryKey: TOKENS });
    },
    onError: (err) => form.setFields(formErrors(err)),
  });
  const revoke = useMutation({
    mutationFn: (token: Token) => unwrap(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id: token.id } } })),
    onSuccess: (_, token) => {
      void message.success(t.revokedDone(token.name));
      void client.invalidateQueries({ queryKey: TOKENS });
    },
    onError: (err) => void message.error(err.message),
  });

  if (tokens.isPending) return <PageLoading />;
  if (tokens.isError) return <PageError error={tokens.error} onRetry={() => void tokens.refetch()} />;
  const rows = tokens.data.pages.flatMap((p) => p.items);
  const stateOf = (token: Token) =>
    token.revokedAt ? (
      <Badge status="default" text={t.revoked} />
    ) : Date.parse(token.expiresAt) <= Date.now() ? (
      <Badge status="warning" text={t.expired} />
    ) : (
      <Badge status="success" text={t.valid} />
    );

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t.newToken}
        </Button>
      </Space>
      <Table<Token>
        rowKey="id"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: shared.empty }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t.tokenName, dataIndex: 'name' },
          { title: t.status, key: 'state', render: (_, token) => stateOf(token) },
          { title: t.createdAt, dataIndex: 'createdAt', render: (at: string) => formatDateTime(at, timezone) },
          { title: t.expiresAt, dataIndex: 'expiresAt', render: (at: string) => formatDateTime(at, timezone) },
          { title: t.lastUsedAt, dataIndex: 'lastUsedAt', render: (at: string | null) => (at ? formatDateTime(at, timezone) : t.never) },
          {
            title: t.actions,
            key: 'actions',
            render: (_, token) =>
              !token.revokedAt && (
                <Popconfirm
                  title={t.revokeConfirm(token.name)}
                  description={t.revokeText}
                  okText={t.revoke}
                  cancelText={shared.cancel}
                  onConfirm={() => revoke.mutate(token)}
                >
                  <Button size="small">{t.revoke}</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {tokens.hasNextPage && (
        <Button style={{ marginTop: 12 }} loading={tokens.isFetchingNextPage} onClick={() => void tokens.fetchNextPage()}>
          {shared.loadMore}
        </Button>
      )}
      <Modal
        title={t.newTokenTitle}
        open={creating}
        okText={t.newToken}
        cancelText={shared.cancel}
        confirmLoading={create.isPending}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark={false} initialValues={{ expiresInDays: 90 }} onFinish={(values) => create.mutate(values)}>
          <Form.Item
            label={t.tokenName}
            name="name"
            extra={<span style={{ color: '#595959' }}>{t.tokenNameHelp}</span>}
            rules={[{ required: true, message: t.required }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t.expiresInDays} name="expiresInDays" rules={[{ required: true, message: t.required }]}>
            <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          {create.error && !(create.error instanceof ApiProblem && create.error.fieldErrors.length) && (
            <Typography.Text type="danger">{create.error.message}</Typography.Text>
          )}
        </Form>
      </Modal>
      <Modal
        title={t.tokenCreated}
        open={secret !== undefined}
        destroyOnHidden
        onCancel={() => setSecret(undefined)}
        footer={<Button onClick={() => setSecret(undefined)}>{shared.close}</Button>}
      >
        <Typography.Paragraph strong>{t.tokenOnce}</Typography.Paragraph>
        <Typography.Paragraph>
          <label htmlFor="new-token-secret">{t.secret}</label>
        </Typography.Paragraph>
        <Space.Compact style={{ width: '100%' }}>
          <Input id="new-token-secret" readOnly value={secret} style={{ fontFamily: 'monospace' }} />
          <Button
            type="primary"
            onClick={() =>
              void navigator.clipboard.writeText(secret ?? '').then(
                () => message.success(t.copied),
                () => message.error(secret ?? ''),
              )
            }
          >
            {t.copy}
          </Button>
        </Space.Compact>
        <Typography.Paragraph style={{ marginTop: 12 }}>{t.tokenUse}</Typography.Paragraph>
      </Modal>
    </>
  );
}
