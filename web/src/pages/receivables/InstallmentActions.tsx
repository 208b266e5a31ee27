import { DownOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Dropdown, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { dayjs } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { CommandModal } from './CommandModal';
import { receivablesWords } from './messages';
import { type Receivable, useRefreshAfterCommand } from './queries';

type Command = 'payment' | 'dispute' | 'resolve' | 'promise' | 'pause';
type Day = ReturnType<typeof dayjs>;

/** What finance can do with an open installment; the server decides whether it may. */
export function InstallmentActions({ row }: { row: Receivable }) {
  const t = useMessages(receivablesWords);
  const { modal, message } = App.useApp();
  const refresh = useRefreshAfterCommand();
  const [open, setOpen] = useState<Command>();
  const path = { params: { path: { id: row.id } } };
  const onContract = { params: { path: { id: row.contractId } } };
  const common = { onClose: () => setOpen(undefined), onDone: () => refresh(row.contractId) };
  const required = [{ required: true, message: t.required }];

  const resume = () =>
    modal.confirm({
      title: t.resume,
      content: t.resumeConfirm,
      okText: t.resume,
      onOk: async () => {
        try {
          await unwrap(api.POST('/api/v1/contracts/{id}/resume', { ...onContract, body: {} }));
          void message.success(t.done);
          await refresh(row.contractId);
        } catch (err) {
          void message.error((err as Error).message);
        }
      },
    });

  const items = [
    { key: 'payment', label: t.recordPayment },
    row.pausedBy === 'dispute' ? { key: 'resolve', label: t.resolve } : { key: 'dispute', label: t.dispute },
    { key: 'promise', label: t.promise },
    row.pausedBy === 'contract' ? { key: 'resume', label: t.resume } : { key: 'pause', label: t.pause },
  ];

  return (
    <>
      <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => (key === 'resume' ? void resume() : setOpen(key as Command)) }}>
        <Button size="small" aria-label={`${t.actions}: ${row.label}`}>
          {t.actions} <DownOutlined />
        </Button>
      </Dropdown>
      {open === 'payment' && (
        <CommandModal<{ amount: string; receivedAt: Day; reference: string }>
          title={t.recordPayment}
          initialValues={{ amount: row.outstanding, receivedAt: dayjs() }}
          onSubmit={(v) =>
            unwrap(
              api.POST('/api/v1/installments/{id}/payments', {
                ...path,
                body: { amount: v.amount.trim(), receivedAt: v.receivedAt.toISOString(), reference: v.reference },
              }),
            )
          }
          {...common}
        >
          <Form.Item label={`${t.paymentAmount} (${row.currency})`} name="amount" rules={required}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item label={t.receivedAt} name="receivedAt" rules={required}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t.reference} name="reference" rules={required}>
            <Input />
          </Form.Item>
        </CommandModal>
      )}
      {open === 'dispute' && (
        <CommandModal<{ reason: string }>
          title={t.dispute}
          onSubmit={(v) => unwrap(api.POST('/api/v1/installments/{id}/dispute', { ...path, body: v }))}
          {...common}
        >
          <Form.Item label={t.reason} name="reason" rules={required}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </CommandModal>
      )}
      {open === 'resolve' && (
        <CommandModal<{ note?: string }>
          title={t.resolve}
          onSubmit={(v) => unwrap(api.POST('/api/v1/installments/{id}/resolve', { ...path, body: { note: v.note || undefined } }))}
          {...common}
        >
          <Form.Item label={t.resolutionNote} name="note">
            <Input.TextArea rows={3} />
          </Form.Item>
        </CommandModal>
      )}
      {open === 'promise' && (
        <CommandModal<{ until: Day; note?: string }>
          title={t.promise}
          onSubmit={(v) =>
            unwrap(api.POST('/api/v1/installments/{id}/promise', { ...path, body: { until: v.until.endOf('day').toISOString(), note: v.note || undefined } }))
          }
          {...common}
        >
          <Form.Item label={t.promiseUntil} name="until" rules={required}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t.note} name="note">
            <Input.TextArea rows={3} />
          </Form.Item>
        </CommandModal>
      )}
      {open === 'pause' && (
        <CommandModal<{ reason: string }>
          title={t.pause}
          onSubmit={(v) => unwrap(api.POST('/api/v1/contracts/{id}/pause', { ...onContract, body: v }))}
          {...common}
        >
          <p>{t.pauseHint}</p>
          <Form.Item label={t.pauseReason} name="reason" rules={required}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </CommandModal>
      )}
    </>
  );
}
