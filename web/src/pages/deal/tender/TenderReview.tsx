import { Alert, App, Button, Form, Input, InputNumber, Space, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { formatMoney } from '../../../format/money';
import { useLocale } from '../../../i18n/LocaleProvider';
import { useMessages } from '../../../i18n/messages';
import { ApprovalWait } from '../contract/ApprovalWait';
import { problemText, showFieldErrors } from '../contract/form-errors';
import { tenderWords } from './messages';
import { type Tender, useTenderCommand } from './queries';

interface ReviewValues {
  price: string;
  discountPercent?: number;
  note?: string;
}

/** The bid review (presales and the supervisor): ask for it with the bid price; while it is pending, who holds it. */
export function TenderReview({ tender, currency }: { tender: Tender; currency: string }) {
  const t = useMessages(tenderWords);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewValues>();
  const [refusal, setRefusal] = useState<string>();
  const ask = useTenderCommand(
    tender.dealId,
    (v: ReviewValues) => unwrap(api.POST('/api/v1/tenders/{id}/review', { params: { path: { id: tender.id } }, body: v })),
    () => void message.success(t.reviewAsked),
  );
  const review = tender.review;
  return (
    <>
      {review && (
        <Space style={{ marginBottom: 12 }}>
          <Tag color={review.status === 'approved' ? 'green' : review.status === 'rejected' ? 'red' : 'blue'}>{t.reviewStatus(review.status)}</Tag>
          <span>
            {t.reviewPrice}: {formatMoney(review.price, currency, locale)}
          </span>
        </Space>
      )}
      {review?.status === 'pending' && <ApprovalWait approvalId={review.approvalId} />}
      {tender.status === 'open' && review?.status !== 'pending' && review?.status !== 'approved' && (
        <Form<ReviewValues>
          form={form}
          layout="inline"
          onValuesChange={() => setRefusal(undefined)}
          onFinish={(v) =>
            ask.mutate(v, {
              onError: (err) => {
                setRefusal(problemText(err));
                showFieldErrors(form, err);
              },
            })
          }
        >
          {refusal && <Alert role="alert" type="error" showIcon title={refusal} style={{ marginBottom: 12, width: '100%' }} />}
          <Form.Item label={t.reviewPrice} name="price" rules={[{ required: true, message: t.required }]}>
            <Input inputMode="decimal" suffix={currency} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label={t.discount} name="discountPercent">
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.Item label={t.note} name="note">
            <Input />
          </Form.Item>
          <Button htmlType="submit" loading={ask.isPending}>
            {t.askReview}
          </Button>
        </Form>
      )}
    </>
  );
}
