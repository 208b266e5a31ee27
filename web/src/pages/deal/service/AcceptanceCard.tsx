import { App, Button, Card, DatePicker, Descriptions, Form, Input } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useUser } from '../../../auth/session';
import { type dayjs, formatDateTime } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { showFieldErrors } from '../problem-form';
import { instantOf } from '../zoned-time';
import { serviceWords } from './messages';
import { type Service, useServiceCommand } from './queries';

interface AcceptanceForm {
  signedBy: string;
  signedAt: dayjs.Dayjs;
  remarks?: string;
}

/** The customer's acceptance (验收): the sign-off once recorded, else for the service engineer a form, confirmed before it is sent. */
export function AcceptanceCard({ service, canWork }: { service: Service; canWork: boolean }) {
  const t = useMessages(serviceWords);
  const { timezone } = useUser();
  const { modal } = App.useApp();
  const [form] = Form.useForm<AcceptanceForm>();
  const record = useServiceCommand(
    service.contractId,
    (v: AcceptanceForm) =>
      unwrap(
        api.POST('/api/v1/contracts/{id}/service/acceptance', {
          params: { path: { id: service.contractId } },
          body: { signedBy: v.signedBy, signedAt: instantOf(v.signedAt, timezone), remarks: v.remarks || undefined },
        }),
      ),
    { done: t.acceptanceRecorded, onProblem: (p) => showFieldErrors(form, p) },
  );
  const a = service.acceptance;
  return (
    <Card title={t.acceptance} data-testid="acceptance">
      {a ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'by', label: t.signedBy, children: a.signedBy },
            { key: 'at', label: t.signedAt, children: formatDateTime(a.signedAt, timezone) },
            ...(a.remarks ? [{ key: 'remarks', label: t.remarks, children: a.remarks }] : []),
          ]}
        />
      ) : canWork ? (
        <Form
          form={form}
          name="acceptance"
          layout="vertical"
          requiredMark={false}
          onFinish={(v) =>
            void modal.confirm({ title: t.acceptanceConfirmTitle, content: t.acceptanceConfirmText, onOk: () => record.mutateAsync(v).catch(() => undefined) })
          }
        >
          <Form.Item name="signedBy" label={t.signedBy} rules={[{ required: true, whitespace: true, message: t.required }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="signedAt" label={t.signedAt} rules={[{ required: true, message: t.required }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="remarks" label={t.remarks}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {t.recordAcceptance}
          </Button>
        </Form>
      ) : (
        t.notAccepted
      )}
    </Card>
  );
}
