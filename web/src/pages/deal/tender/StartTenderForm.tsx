import { Alert, App, Button, DatePicker, Form, Input } from 'antd';
import { useState } from 'react';
import { api, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import type { dayjs } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { problemText, showFieldErrors } from '../contract/form-errors';
import { PersonSelect } from '../contract/people';
import { tenderWords } from './messages';
import { useTenderCommand } from './queries';

interface StartValues {
  tenderNo: string;
  issuedAt: dayjs.Dayjs;
  submissionDeadline: dayjs.Dayjs;
  openingAt: dayjs.Dayjs;
  presentationAt?: dayjs.Dayjs;
  presalesId: string;
  bidBondAmount?: string;
  bidBondDue?: dayjs.Dayjs;
}

const PRESALES = ['presales'] as const;

/** Registers the tender the customer issued: its number, dates and the presales engineer who writes the bid. */
export function StartTenderForm({ deal }: { deal: Schemas['Deal'] }) {
  const t = useMessages(tenderWords);
  const { message } = App.useApp();
  const [form] = Form.useForm<StartValues>();
  const [refusal, setRefusal] = useState<string>();
  const start = useTenderCommand(
    deal.id,
    (v: StartValues) =>
      unwrap(
        api.POST('/api/v1/deals/{id}/tender', {
          params: { path: { id: deal.id } },
          body: {
            tenderNo: v.tenderNo,
            issuedAt: v.issuedAt.toISOString(),
            submissionDeadline: v.submissionDeadline.toISOString(),
            openingAt: v.openingAt.toISOString(),
            presentationAt: v.presentationAt?.toISOString(),
            presalesId: v.presalesId,
            bidBond: v.bidBondAmount && v.bidBondDue ? { amount: v.bidBondAmount, dueAt: v.bidBondDue.toISOString() } : undefined,
          },
        }),
      ),
    () => void message.success(t.started),
  );
  const required = [{ required: true, message: t.required }];
  return (
    <Form<StartValues>
      form={form}
      layout="vertical"
      style={{ maxWidth: 560 }}
      onValuesChange={() => setRefusal(undefined)}
      onFinish={(v) =>
        start.mutate(v, {
          onError: (err) => {
            setRefusal(problemText(err));
            showFieldErrors(form, err);
          },
        })
      }
    >
      <h3>{t.startTitle}</h3>
      {refusal && <Alert role="alert" type="error" showIcon title={refusal} style={{ marginBottom: 16 }} />}
      <Form.Item label={t.tenderNo} name="tenderNo" rules={required}>
        <Input />
      </Form.Item>
      <Form.Item label={t.presales} name="presalesId" rules={required}>
        <PersonSelect roles={PRESALES} />
      </Form.Item>
      <Form.Item label={t.issuedAt} name="issuedAt" rules={required}>
        <DatePicker showTime />
      </Form.Item>
      <Form.Item label={t.submissionDeadline} name="submissionDeadline" rules={required}>
        <DatePicker showTime />
      </Form.Item>
      <Form.Item label={t.openingAt} name="openingAt" rules={required}>
        <DatePicker showTime />
      </Form.Item>
      <Form.Item label={t.presentationAt} name="presentationAt">
        <DatePicker showTime />
      </Form.Item>
      <Form.Item label={t.bidBondAmount} name="bidBondAmount">
        <Input inputMode="decimal" suffix={deal.currency} />
      </Form.Item>
      <Form.Item label={t.bidBondDue} name="bidBondDue">
        <DatePicker showTime />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={start.isPending}>
        {t.start}
      </Button>
    </Form>
  );
}
