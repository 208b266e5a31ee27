import { Button, Card, Form, Input, InputNumber, Select } from 'antd';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useUser } from '../../auth/session';
import type { dayjs } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { dealMessages } from './messages';
import { showFieldErrors } from './problem-form';
import { type Deal, type Process, useDealCommand } from './queries';
import { WhenField } from './WhenPicker';
import { instantOf } from './zoned-time';

type ActivityType = Schemas['NewActivity']['type'];
interface Values {
  type: ActivityType;
  summary: string;
  outcome?: string;
  contactIds?: string[];
  followUpDays?: number;
  revisitAt?: dayjs.Dayjs;
  nextStep?: { action?: string; dueAt?: dayjs.Dayjs };
}

/** Logs what the rep did; its type decides which follow-up it schedules (the server's rules). */
export function ActivityForm({ deal, process, contacts }: { deal: Deal; process: Process; contacts: Schemas['Contact'][] }) {
  const t = useMessages(dealMessages);
  const { timezone } = useUser();
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form);
  const log = useDealCommand(
    deal.id,
    (body: Schemas['NewActivity']) => unwrap(api.POST('/api/v1/deals/{id}/activities', { params: { path: { id: deal.id } }, body })),
    {
      done: () => t.activityLogged,
      onSuccess: () => form.resetFields(),
      onProblem: (problem) => showFieldErrors(form, problem),
    },
  );

  const submit = (v: Values) =>
    log.mutate({
      type: v.type,
      summary: v.summary,
      outcome: v.outcome || undefined,
      contactIds: v.contactIds?.length ? v.contactIds : undefined,
      followUpDays: v.type === 'email_material' ? v.followUpDays : undefined,
      revisitAt: v.type === 'demo' && v.revisitAt ? instantOf(v.revisitAt, timezone) : undefined,
      nextStep: v.nextStep?.action && v.nextStep.dueAt ? { action: v.nextStep.action, dueAt: instantOf(v.nextStep.dueAt, timezone) } : undefined,
    });

  return (
    <Card title={t.logActivity}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ type: 'call', followUpDays: 3 }}>
        <Form.Item name="type" label={t.activityType} htmlFor="activity-type" rules={[{ required: true, message: t.required }]}>
          <Select id="activity-type" options={process.activityTypes.map((a) => ({ value: a.key, label: a.label }))} />
        </Form.Item>
        <Form.Item name="summary" label={t.summary} htmlFor="activity-summary" rules={[{ required: true, whitespace: true, message: t.required }]}>
          <Input.TextArea id="activity-summary" autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="outcome" label={t.outcome} htmlFor="activity-outcome">
          <Input id="activity-outcome" />
        </Form.Item>
        <Form.Item name="contactIds" label={t.contact} htmlFor="activity-contacts">
          <Select id="activity-contacts" mode="multiple" optionFilterProp="label" options={contacts.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        {type === 'email_material' && (
          <Form.Item name="followUpDays" label={t.followUpDays} htmlFor="activity-followup-days">
            <InputNumber id="activity-followup-days" min={3} max={7} />
          </Form.Item>
        )}
        {type === 'demo' && <WhenField name="revisitAt" id="activity-revisit" label={t.revisitAt} />}
        <Form.Item name={['nextStep', 'action']} label={t.nextStep} htmlFor="activity-next-step">
          <Input id="activity-next-step" />
        </Form.Item>
        <WhenField name={['nextStep', 'dueAt']} id="activity-next-step-due" label={t.nextStepDue} />
        <Button type="primary" htmlType="submit" loading={log.isPending}>
          {t.logActivity}
        </Button>
      </Form>
    </Card>
  );
}
