import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { idempotencyKey } from '../../api/idempotency';
import { ApiProblem, unwrap } from '../../api/problem';
import { useUser } from '../../auth/session';
import { dayjs } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { PageError, PageLoading } from '../../components/PageState';
import { useProcess } from '../board/queries';
import { showFieldErrors } from '../deal/problem-form';
import { instantOf, pickerValueOf } from '../deal/zoned-time';
import { TICKET_PRIORITIES, ticketWords } from './messages';
import { TICKETS } from './queries';
import { ServicedContractSelect } from './ServicedContractSelect';

interface NewTicket {
  contractId: string;
  title: string;
  description: string;
  priority: (typeof TICKET_PRIORITIES)[number];
  reportedBy: string;
  reportedAt: dayjs.Dayjs;
}

/**
 * Opens a support ticket and goes to it: for the contract given (its service tab), or for one picked
 * among the contracts in service (the queue). The Idempotency-Key makes a retried submit open it once.
 */
export function NewTicketModal({ contractId, onClose }: { contractId?: string; onClose: () => void }) {
  const t = useMessages(ticketWords);
  const { message } = App.useApp();
  const { timezone } = useUser();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewTicket>();
  const [key] = useState(idempotencyKey);
  const process = useProcess();
  const open = useMutation({
    mutationFn: (v: NewTicket) =>
      unwrap(
        api.POST('/api/v1/tickets', {
          params: { header: { 'idempotency-key': key } },
          body: { ...v, contractId: contractId ?? v.contractId, reportedAt: instantOf(v.reportedAt, timezone) },
        }),
      ),
    onSuccess: (ticket) => {
      void message.success(t.opened);
      void client.invalidateQueries({ queryKey: TICKETS });
      void client.invalidateQueries({ queryKey: ['service', ticket.contractId] });
      onClose();
      void navigate(`/tickets/${ticket.id}`);
    },
    onError: (err) => {
      if (err instanceof ApiProblem && showFieldErrors(form, err)) return;
      void message.error(err.message);
    },
  });
  const required = [{ required: true, whitespace: true, message: t.required }];
  return (
    <Modal open title={t.newTicket} okText={t.newTicket} onOk={() => form.submit()} confirmLoading={open.isPending} onCancel={onClose} destroyOnHidden>
      {process.isError ? (
        <PageError error={process.error} onRetry={() => void process.refetch()} />
      ) : process.data ? (
        <Form
          form={form}
          name="new-ticket"
          layout="vertical"
          requiredMark={false}
          initialValues={{ priority: process.data.ticketPriority, reportedAt: pickerValueOf(new Date().toISOString(), timezone) }}
          onFinish={(v) => open.mutate(v)}
        >
          {!contractId && (
            <Form.Item name="contractId" label={t.contractLabel} rules={[{ required: true, message: t.required }]}>
              <ServicedContractSelect />
            </Form.Item>
          )}
          <Form.Item name="title" label={t.ticketTitle} rules={required}>
            <Input autoFocus={!!contractId} maxLength={200} />
          </Form.Item>
          <Form.Item name="description" label={t.description} rules={required}>
            <Input.TextArea rows={3} maxLength={8000} />
          </Form.Item>
          <Form.Item name="priority" label={t.priorityLabel}>
            <Select options={TICKET_PRIORITIES.map((p) => ({ value: p, label: t.priority(p) }))} />
          </Form.Item>
          <Form.Item name="reportedBy" label={t.reportedByLabel} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="reportedAt" label={t.reportedAtLabel} rules={[{ required: true, message: t.required }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
        </Form>
      ) : (
        <PageLoading />
      )}
    </Modal>
  );
}
