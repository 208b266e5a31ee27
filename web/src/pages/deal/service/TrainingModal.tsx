import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useUser } from '../../../auth/session';
import { dayjs } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { showFieldErrors } from '../problem-form';
import { instantOf } from '../zoned-time';
import { TRAINEE_KINDS, serviceWords } from './messages';
import { namesOf, useServiceCommand } from './queries';

interface TrainingForm {
  heldAt: dayjs.Dayjs;
  trainers: string;
  topics: string;
  trainees: Array<{ name: string; kind: (typeof TRAINEE_KINDS)[number]; score: number }>;
}

/** Records a training session and its assessment: when, by whom, on what, and each trainee's score. */
export function TrainingModal({ contractId, onClose }: { contractId: string; onClose: () => void }) {
  const t = useMessages(serviceWords);
  const { timezone } = useUser();
  const [form] = Form.useForm<TrainingForm>();
  const record = useServiceCommand(
    contractId,
    (v: TrainingForm) =>
      unwrap(
        api.POST('/api/v1/contracts/{id}/service/trainings', {
          params: { path: { id: contractId } },
          body: { heldAt: instantOf(v.heldAt, timezone), trainers: namesOf(v.trainers), topics: namesOf(v.topics), trainees: v.trainees },
        }),
      ),
    { done: t.trainingRecorded, onSuccess: onClose, onProblem: (p) => showFieldErrors(form, p) },
  );
  const required = [{ required: true, whitespace: true, message: t.required }];
  return (
    <Modal
      open
      width={720}
      title={t.recordTraining}
      okText={t.recordTraining}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        name="training"
        layout="vertical"
        requiredMark={false}
        initialValues={{ heldAt: dayjs(), trainees: [{ kind: 'operator' }] }}
        onFinish={(v) => record.mutate(v)}
      >
        <Form.Item name="heldAt" label={t.heldAt} rules={[{ required: true, message: t.required }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="trainers" label={t.trainers} extra={t.namesHint} rules={required}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="topics" label={t.topics} extra={t.namesHint} rules={required}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.List name="trainees">
          {(fields, { add, remove }) => (
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 14, marginBottom: 8 }}>{t.trainees}</legend>
              {fields.map((field, i) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'name']} label={`${t.traineeName} ${i + 1}`} rules={required}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} label={`${t.traineeKind} ${i + 1}`} rules={[{ required: true, message: t.required }]}>
                    <Select style={{ width: 150 }} options={TRAINEE_KINDS.map((k) => ({ value: k, label: t.kind(k) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'score']} label={`${t.score} ${i + 1}`} rules={[{ required: true, message: t.required }]}>
                    <InputNumber min={0} max={100} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      aria-label={t.removeTrainee}
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  )}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'operator' })}>
                {t.addTrainee}
              </Button>
            </fieldset>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
