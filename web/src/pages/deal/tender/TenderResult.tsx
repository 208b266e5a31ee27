import { Alert, App, Button, Checkbox, Descriptions, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { api, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useUser } from '../../../auth/session';
import { formatDateTime } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { problemText, showFieldErrors } from '../contract/form-errors';
import { tenderWords } from './messages';
import { type Tender, useTenderCommand } from './queries';

type ResultValues = Schemas['Tender']['result'] extends infer R ? Omit<NonNullable<R>, 'by' | 'at'> : never;
const OUTCOMES = ['won', 'lost', 'cancelled'] as const;

/** The tender's result once known: won, lost (to whom, our rank) or cancelled. Irreversible, so it asks first. */
export function TenderResult({ tender }: { tender: Tender }) {
  const t = useMessages(tenderWords);
  const { timezone } = useUser();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<ResultValues>();
  const [refusal, setRefusal] = useState<string>();
  const outcome = Form.useWatch('outcome', form);
  const record = useTenderCommand(
    tender.dealId,
    (v: ResultValues) => unwrap(api.POST('/api/v1/tenders/{id}/result', { params: { path: { id: tender.id } }, body: v })),
    () => void message.success(t.resultSaved),
  );
  const result = tender.result;
  if (result)
    return (
      <Descriptions
        size="small"
        data-testid="tender-result"
        items={[
          { key: 'outcome', label: t.outcome, children: t.outcomeName(result.outcome) },
          ...(result.winner ? [{ key: 'winner', label: t.winner, children: result.winner }] : []),
          ...(result.ourRank ? [{ key: 'rank', label: t.ourRank, children: result.ourRank }] : []),
          { key: 'note', label: t.note, children: result.note },
          { key: 'at', label: t.submittedAt, children: formatDateTime(result.at, timezone) },
        ]}
      />
    );
  return (
    <Form<ResultValues>
      form={form}
      layout="vertical"
      style={{ maxWidth: 480 }}
      onValuesChange={() => setRefusal(undefined)}
      onFinish={(v) =>
        void modal.confirm({
          title: t.resultConfirmTitle,
          content: t.resultConfirmText,
          onOk: () =>
            record.mutateAsync(v).catch((err: unknown) => {
              setRefusal(problemText(err));
              showFieldErrors(form, err);
            }),
        })
      }
    >
      {refusal && <Alert role="alert" type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
      <Form.Item label={t.outcome} name="outcome" rules={[{ required: true, message: t.required }]}>
        <Select options={OUTCOMES.map((o) => ({ value: o, label: t.outcomeName(o) }))} />
      </Form.Item>
      {outcome === 'lost' && (
        <>
          <Form.Item label={t.winner} name="winner">
            <Input />
          </Form.Item>
          <Form.Item label={t.ourRank} name="ourRank">
            <InputNumber min={1} max={100} />
          </Form.Item>
          <Form.Item name="keepOpen" valuePropName="checked">
            <Checkbox>{t.keepOpen}</Checkbox>
          </Form.Item>
        </>
      )}
      <Form.Item label={t.note} name="note" rules={[{ required: true, message: t.required }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button htmlType="submit" loading={record.isPending}>
        {t.recordResult}
      </Button>
    </Form>
  );
}
