import { Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useUser } from '../../../auth/session';
import { formatDate, formatDateTime } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { showFieldErrors } from '../problem-form';
import { serviceWords } from './messages';
import { type Service, useServiceCommand } from './queries';

type Item = Service['checklist'][number];
// Ant Design's red tag falls short of WCAG AA contrast on white.
const LATE = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };

/** The implementation plan: each item's owner and due date, late ones marked; the service engineer completes and reopens them. */
export function ChecklistCard({ service, canWork, nameOf }: { service: Service; canWork: boolean; nameOf: (id: string) => string | undefined }) {
  const t = useMessages(serviceWords);
  const { timezone } = useUser();
  const [reopening, setReopening] = useState<Item>();
  const complete = useServiceCommand(
    service.contractId,
    (item: Item['key']) =>
      unwrap(api.PATCH('/api/v1/contracts/{id}/service/checklist/{item}', { params: { path: { id: service.contractId, item } }, body: { done: true } })),
    { done: t.item_done },
  );
  const accepted = !!service.acceptance;
  return (
    <Card title={t.checklist}>
      <Table<Item>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={service.checklist}
        scroll={{ x: 720 }}
        columns={[
          { title: t.item, dataIndex: 'label', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
          { title: t.owner, key: 'owner', render: (_, i) => nameOf(i.ownerId) },
          {
            title: t.dueAt,
            key: 'due',
            render: (_, i) => (
              <Space size={4}>
                <span style={{ whiteSpace: 'nowrap' }}>{formatDate(i.dueAt, timezone)}</span>
                {i.late && <Tag style={LATE}>{t.late}</Tag>}
              </Space>
            ),
          },
          {
            title: t.progress,
            key: 'done',
            render: (_, i) =>
              i.done ? (
                <Typography.Text>{t.doneAt(formatDateTime(i.done.at, timezone), nameOf(i.done.by) ?? '')}</Typography.Text>
              ) : (
                <Typography.Text type="secondary">{t.open}</Typography.Text>
              ),
          },
          ...(canWork
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, i: Item) =>
                    accepted || i.key === 'acceptance' ? null : i.done ? (
                      <Button size="small" onClick={() => setReopening(i)}>
                        {t.reopen}
                      </Button>
                    ) : (
                      <Popconfirm title={t.completeConfirm(i.label)} okText={t.complete} onConfirm={() => complete.mutate(i.key)}>
                        <Button size="small" type="primary" loading={complete.isPending && complete.variables === i.key}>
                          {t.complete}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
      {reopening && <ReopenItemModal contractId={service.contractId} item={reopening} onClose={() => setReopening(undefined)} />}
    </Card>
  );
}

function ReopenItemModal({ contractId, item, onClose }: { contractId: string; item: Item; onClose: () => void }) {
  const t = useMessages(serviceWords);
  const [form] = Form.useForm<{ reason: string }>();
  const reopen = useServiceCommand(
    contractId,
    ({ reason }: { reason: string }) =>
      unwrap(
        api.PATCH('/api/v1/contracts/{id}/service/checklist/{item}', { params: { path: { id: contractId, item: item.key } }, body: { done: false, reason } }),
      ),
    { done: t.item_reopened, onSuccess: onClose, onProblem: (p) => showFieldErrors(form, p) },
  );
  return (
    <Modal
      open
      title={`${t.reopen}: ${item.label}`}
      okText={t.reopen}
      onOk={() => form.submit()}
      confirmLoading={reopen.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => reopen.mutate(v)}>
        <Form.Item name="reason" label={t.reopenReason} rules={[{ required: true, whitespace: true, message: t.required }]}>
          <Input.TextArea autoFocus rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
