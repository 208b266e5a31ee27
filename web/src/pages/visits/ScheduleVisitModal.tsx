import { DatePicker, Form, Input, Modal } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useUser } from '../../auth/session';
import { UserSelect } from '../../components/UserSelect';
import { dayjs } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { showFieldErrors } from '../deal/problem-form';
import { instantOf } from '../deal/zoned-time';
import { visitWords } from './messages';
import { useVisitCommand } from './queries';

interface ScheduleForm {
  dueAt: dayjs.Dayjs;
  assigneeId?: string;
  purpose: string;
}

/** Schedules an ad-hoc technical visit (技术性回访) to a contract's customer, the contract's engineer's unless another is named. */
export function ScheduleVisitModal({ contractId, onClose }: { contractId: string; onClose: () => void }) {
  const t = useMessages(visitWords);
  const { timezone } = useUser();
  const [form] = Form.useForm<ScheduleForm>();
  const schedule = useVisitCommand(
    (v: ScheduleForm) =>
      unwrap(api.POST('/api/v1/visits', { body: { contractId, purpose: v.purpose, assigneeId: v.assigneeId, dueAt: instantOf(v.dueAt, timezone) } })),
    { done: t.scheduled, onSuccess: onClose, onProblem: (p) => showFieldErrors(form, p) },
  );
  return (
    <Modal open title={t.schedule} okText={t.schedule} onOk={() => form.submit()} confirmLoading={schedule.isPending} onCancel={onClose} destroyOnHidden>
      <Form
        form={form}
        name="schedule-visit"
        layout="vertical"
        requiredMark={false}
        initialValues={{ dueAt: dayjs().add(1, 'day') }}
        onFinish={(v) => schedule.mutate(v)}
      >
        <Form.Item name="dueAt" label={t.dueAt} rules={[{ required: true, message: t.required }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="assigneeId" label={t.assignee}>
          <UserSelect role="service" allowClear />
        </Form.Item>
        <Form.Item name="purpose" label={t.purpose} rules={[{ required: true, whitespace: true, message: t.required }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
