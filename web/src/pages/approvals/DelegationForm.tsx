import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Popconfirm, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { UserSelect } from '../../components/UserSelect';
import { useUser } from '../../auth/session';
import { dayjs } from '../../format/time';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/messages';
import { approvalMessages } from './messages';

type Values = { delegateId?: string; from?: dayjs.Dayjs; until?: dayjs.Dayjs };

/** Who decides for me, from when until when; the server's objections land on their fields. */
export function DelegationForm() {
  const t = useMessages(approvalMessages);
  const words = useMessages(common);
  const me = useUser();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const key = ['delegation', me.id];
  const delegation = useQuery({
    queryKey: key,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/users/{id}/delegation', { params: { path: { id: me.id } } }));
      } catch (err) {
        if (err instanceof ApiProblem && err.status === 404) return null;
        throw err;
      }
    },
  });
  useEffect(() => {
    const d = delegation.data;
    form.setFieldsValue(
      d
        ? { delegateId: d.delegateId, from: dayjs(d.from).tz(me.timezone), until: dayjs(d.until).tz(me.timezone) }
        : { delegateId: undefined, from: undefined, until: undefined },
    );
  }, [delegation.data, form, me.timezone]);

  const save = useMutation({
    mutationFn: (v: Required<Values>) =>
      unwrap(
        api.PUT('/api/v1/users/{id}/delegation', {
          params: { path: { id: me.id } },
          body: { delegateId: v.delegateId, from: v.from.toISOString(), until: v.until.toISOString() },
        }),
      ),
    onSuccess: (saved) => {
      client.setQueryData(key, saved);
      void message.success(words.saved);
    },
    onError: (err) => {
      if (!(err instanceof ApiProblem)) return;
      const field = (f: string) => (f === 'body.delegateId' ? 'delegateId' : f === 'body.from' ? 'from' : 'until');
      form.setFields(err.fieldErrors.map((e) => ({ name: field(e.field), errors: [e.message] })));
    },
  });
  const clear = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/users/{id}/delegation', { params: { path: { id: me.id } } })),
    onSuccess: () => {
      client.setQueryData(key, null);
      void message.success(t.cleared);
    },
    onError: (err) => void message.error(err.message),
  });

  const current = delegation.data;
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 520 }} onFinish={(v) => save.mutate(v as Required<Values>)}>
      {current ? (
        <Tag color={current.active ? 'green' : 'default'}>{current.active ? t.activeNow : t.scheduled}</Tag>
      ) : (
        <Alert type="info" title={t.noDelegation} />
      )}
      {save.error && !(save.error instanceof ApiProblem && save.error.fieldErrors.length) && <Alert type="error" showIcon title={save.error.message} />}
      <Form.Item
        name="delegateId"
        label={t.delegate}
        extra={t.delegateHelp}
        rules={[{ required: true, message: t.delegateRequired }]}
        style={{ marginTop: 12 }}
      >
        <UserSelect<string> exclude={[me.id]} describe={(u) => `${u.name} (${u.email})`} />
      </Form.Item>
      <Form.Item name="from" label={t.from} rules={[{ required: true, message: t.fromRequired }]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="until"
        label={t.until}
        dependencies={['from']}
        rules={[
          { required: true, message: t.untilRequired },
          ({ getFieldValue }) => ({
            validator: (_, until?: dayjs.Dayjs) => {
              const from = getFieldValue('from') as dayjs.Dayjs | undefined;
              return !until || !from || until.isAfter(from) ? Promise.resolve() : Promise.reject(new Error(t.untilAfterFrom));
            },
          }),
        ]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {words.save}
        </Button>
        {current && (
          <Popconfirm title={t.clearConfirm} okText={t.clear} onConfirm={() => clear.mutate()}>
            <Button loading={clear.isPending}>{t.clear}</Button>
          </Popconfirm>
        )}
      </Space>
    </Form>
  );
}
