import { DatePicker, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useUser } from '../../auth/session';
import { dayjs } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { showFieldErrors } from '../deal/problem-form';
import { namesOf } from '../deal/service/queries';
import { instantOf } from '../deal/zoned-time';
import { TICKET_PRIORITIES, ticketWords } from '../tickets/messages';
import { visitWords } from './messages';
import { type Visit, useVisitCommand } from './queries';

interface VisitForm {
  visitedAt: dayjs.Dayjs;
  visitors: string;
  customerContacts: string;
  checked: string;
  problems?: string;
  actions?: string;
  satisfaction: number;
  confirmedBy: { name: string; at: dayjs.Dayjs };
  openTicket: boolean;
  ticket?: { title: string; description: string; priority: (typeof TICKET_PRIORITIES)[number] };
}

/** The written record of a visit (《工程回访记录》), and, when a problem needs work, the ticket it opens. */
export function RecordVisitModal({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const t = useMessages(visitWords);
  const tickets = useMessages(ticketWords);
  const { timezone } = useUser();
  const [form] = Form.useForm<VisitForm>();
  const openTicket = Form.useWatch('openTicket', form);
  const record = useVisitCommand(
    ({ openTicket: opens, ticket, ...v }: VisitForm) =>
      unwrap(
        api.POST('/api/v1/visits/{id}/record', {
          params: { path: { id: visit.id } },
          body: {
            ...v,
            visitedAt: instantOf(v.visitedAt, timezone),
            visitors: namesOf(v.visitors),
            customerContacts: namesOf(v.customerContacts),
            problems: v.problems ?? '',
            actions: v.actions ?? '',
            confirmedBy: { name: v.confirmedBy.name, at: instantOf(v.confirmedBy.at, timezone) },
            ticket: opens ? ticket : undefined,
          },
        }),
      ),
    { done: t.recorded, onSuccess: onClose, onProblem: (p) => showFieldErrors(form, p) },
  );
  const required = [{ required: true, whitespace: true, message: t.required }];
  const when = { showTime: { format: 'HH:mm' }, format: 'YYYY-MM-DD HH:mm' };
  return (
    <Modal
      open
      width={720}
      title={`${t.record}: ${visit.label}`}
      okText={t.record}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        name="visit"
        layout="vertical"
        requiredMark={false}
        initialValues={{ visitedAt: dayjs(), confirmedBy: { at: dayjs() }, satisfaction: 5, openTicket: false, ticket: { priority: 'normal' } }}
        onFinish={(v) => record.mutate(v)}
      >
        <Form.Item name="visitedAt" label={t.visitedAt} rules={[{ required: true, message: t.required }]}>
          <DatePicker {...when} />
        </Form.Item>
        <Form.Item name="visitors" label={t.visitors} extra={t.namesHint} rules={required}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="customerContacts" label={t.customerContacts} extra={t.namesHint} rules={required}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="checked" label={t.checked} rules={required}>
          <Input.TextArea rows={2} maxLength={8000} />
        </Form.Item>
        <Form.Item name="problems" label={t.problems}>
          <Input.TextArea rows={2} maxLength={8000} />
        </Form.Item>
        <Form.Item name="actions" label={t.actions}>
          <Input.TextArea rows={2} maxLength={8000} />
        </Form.Item>
        <Form.Item name="satisfaction" label={t.satisfaction}>
          <Radio.Group optionType="button" options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))} />
        </Form.Item>
        <Form.Item name={['confirmedBy', 'name']} label={t.confirmedBy} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name={['confirmedBy', 'at']} label={t.confirmedAt} rules={[{ required: true, message: t.required }]}>
          <DatePicker {...when} />
        </Form.Item>
        <Form.Item name="openTicket" label={t.openTicket} valuePropName="checked">
          <Switch />
        </Form.Item>
        {openTicket && (
          <>
            <Form.Item name={['ticket', 'title']} label={t.ticketTitle} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name={['ticket', 'description']} label={t.ticketDescription} rules={required}>
              <Input.TextArea rows={2} maxLength={8000} />
            </Form.Item>
            <Form.Item name={['ticket', 'priority']} label={t.ticketPriority}>
              <Select options={TICKET_PRIORITIES.map((p) => ({ value: p, label: tickets.priority(p) }))} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
