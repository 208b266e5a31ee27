import { Alert, App, Button, Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { api, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useMessages } from '../../../i18n/messages';
import { problemText, showFieldErrors } from './form-errors';
import { contractWords } from './messages';
import { useContractCommand } from './queries';
import { type ScheduleRow, newRow, toPlan } from './schedule';
import { ScheduleEditor } from './ScheduleEditor';

interface DraftValues {
  amount: string;
  currency: string;
  technicalAgreement?: string;
  useDefault: boolean;
  schedule: ScheduleRow[];
}

/** The contract's draft: amount, technical agreement and payment schedule; the server routes it for approval. */
export function ContractDraftForm({ deal }: { deal: Schemas['Deal'] }) {
  const t = useMessages(contractWords);
  const { message } = App.useApp();
  const [form] = Form.useForm<DraftValues>();
  const [refusal, setRefusal] = useState<string>();
  const useDefault = Form.useWatch('useDefault', form) ?? true;
  const amount = Form.useWatch('amount', form) ?? deal.amount;
  const draft = useContractCommand(
    deal.id,
    (v: DraftValues) =>
      unwrap(
        api.POST('/api/v1/deals/{id}/contract', {
          params: { path: { id: deal.id } },
          body: {
            amount: v.amount,
            currency: v.currency,
            technicalAgreement: v.technicalAgreement || undefined,
            schedule: v.useDefault ? undefined : v.schedule.map(toPlan),
          },
        }),
      ),
    () => void message.success(t.drafted),
  );
  return (
    <Form<DraftValues>
      form={form}
      layout="vertical"
      initialValues={{ amount: deal.amount, currency: deal.currency, useDefault: true, schedule: [newRow()] }}
      onValuesChange={() => setRefusal(undefined)}
      onFinish={(v) =>
        draft.mutate(v, {
          onError: (err) => {
            setRefusal(problemText(err));
            showFieldErrors(form, err);
          },
        })
      }
    >
      <h3>{t.draftTitle}</h3>
      {refusal && <Alert role="alert" type="error" showIcon title={refusal} style={{ marginBottom: 16 }} />}
      <Form.Item label={t.amount} name="amount" rules={[{ required: true, message: t.required }]}>
        <Input inputMode="decimal" style={{ maxWidth: 240 }} suffix={deal.currency} />
      </Form.Item>
      <Form.Item name="currency" hidden>
        <Input />
      </Form.Item>
      <Form.Item label={t.technicalAgreement} name="technicalAgreement">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="useDefault" valuePropName="checked" extra={t.useDefaultHelp}>
        <Checkbox>{t.useDefault}</Checkbox>
      </Form.Item>
      {!useDefault && <ScheduleEditor total={String(amount ?? '')} currency={deal.currency} />}
      <Button type="primary" htmlType="submit" loading={draft.isPending}>
        {t.submitDraft}
      </Button>
    </Form>
  );
}
