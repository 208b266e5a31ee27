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
import { showFieldErrors } from '../deal/problem-form';
import { instantOf } from '../deal/zoned-time';
import { TICKET_PRIORITIES, ticketWords } from './messages';
import { TICKETS } from './queries';

interface NewTicket {
  title: string;
  description: string;
  priority: (typeof TICKET_PRIORITIES)[number];
  reportedBy: string;
  reportedAt: dayjs.Dayjs;
}

/** Opens a support ticket for a signed contract and goes to it; the Idempotency-Key makes a retried submit open it once. */
export function NewTicketModal({ contractId, onClose }: { contractId: string; onClose: () => void }) {
  const t = useMessages(ticketWords);
  const { message } = App.useApp();
  const { timezone } = useUser();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewTicket>();
  const [key] = useState(idempotencyKey);
  const open = useMutation({
    mutationFn: (v: NewTicket) =>
      unwrap(
        api.POST('/api/v1/tickets', {
          params: { header: { 'idempotency-key': key } },
          body: { ...v, contractId, reportedAt: instantOf(v.reportedAt, timezone) },
        }),
      ),
    onSuccess: (ticket) => {
      void message.success(t.opened);
      void client.invalidateQueries({ queryKey: TICKETS });
      void client.invalidateQueries({ queryKey: ['service', contractId] });
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
      <Form
        form={form}
        name="new-ticket"
        layout="vertical"
        requiredMark={false}
        initialValues={{ priority: 'normal', reportedAt: dayjs() }}
        onFinish={(v) => open.mutate(v)}
      >
        <Form.Item name="title" label={t.ticketTitle} rules={required}>
          <Input autoFocus maxLength={200} />
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
    </Modal>
  );
}
