import { App, Button, DatePicker, Descriptions, Form, Select, Space } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useUser } from '../../../auth/session';
import { formatDateTime, dayjs } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { problemText } from './form-errors';
import { contractWords } from './messages';
import { type Contract, useContractCommand } from './queries';
import { MILESTONES, type Milestone } from './schedule';

/** The milestones reported so far, and a form to report the next (acceptance, go-live, end of warranty) with its date. */
export function MilestoneReport({ contract }: { contract: Contract }) {
  const t = useMessages(contractWords);
  const { timezone } = useUser();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ milestone: Milestone; at: dayjs.Dayjs }>();
  const report = useContractCommand(
    contract.dealId,
    (v: { milestone: Milestone; at: dayjs.Dayjs }) =>
      unwrap(
        api.POST('/api/v1/contracts/{id}/milestones', { params: { path: { id: contract.id } }, body: { milestone: v.milestone, at: v.at.toISOString() } }),
      ),
    () => {
      form.resetFields();
      void message.success(t.milestoneReported);
    },
  );
  const unreported = MILESTONES.filter((m) => !contract.milestones[m]);
  return (
    <>
      <Descriptions
        size="small"
        column={3}
        items={MILESTONES.map((m) => {
          const at = contract.milestones[m]?.at;
          return { key: m, label: t.milestoneName(m), children: at ? formatDateTime(at, timezone) : t.notReported };
        })}
      />
      {unreported.length > 0 && (
        <Form
          form={form}
          layout="inline"
          initialValues={{ milestone: unreported[0], at: dayjs() }}
          style={{ marginTop: 12 }}
          onFinish={(v) =>
            void modal.confirm({
              title: t.milestoneConfirmTitle,
              content: t.milestoneConfirmText,
              onOk: () => report.mutateAsync(v).catch((err: unknown) => void message.error(problemText(err))),
            })
          }
        >
          <Space wrap>
            <Form.Item label={t.milestone} name="milestone" rules={[{ required: true, message: t.required }]}>
              <Select style={{ width: 150 }} options={unreported.map((m) => ({ value: m, label: t.milestoneName(m) }))} />
            </Form.Item>
            <Form.Item label={t.milestoneAt} name="at" rules={[{ required: true, message: t.required }]}>
              <DatePicker showTime />
            </Form.Item>
            <Button htmlType="submit" loading={report.isPending}>
              {t.reportMilestone}
            </Button>
          </Space>
        </Form>
      )}
    </>
  );
}
