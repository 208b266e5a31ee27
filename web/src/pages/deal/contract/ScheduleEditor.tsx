import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import { formatMoney } from '../../../format/money';
import { useLocale } from '../../../i18n/LocaleProvider';
import { useMessages } from '../../../i18n/messages';
import { contractWords } from './messages';
import { MILESTONES, type ScheduleRow, newRow, scheduleBalance } from './schedule';

/** The installments of a draft, each a percent or an exact amount with its due rule, and what they add up to against the contract amount. */
export function ScheduleEditor({ total, currency }: { total: string; currency: string }) {
  const t = useMessages(contractWords);
  const { locale } = useLocale();
  const rows = (Form.useWatch('schedule', Form.useFormInstance()) as ScheduleRow[] | undefined) ?? [];
  const balance = scheduleBalance(rows, /^\d+(\.\d{1,2})?$/.test(total) ? total : '0');
  const money = (a: string) => formatMoney(a, currency, locale);
  return (
    <Form.List name="schedule">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => {
            const row = rows[index];
            return (
              <Space key={field.key} wrap align="start" style={{ display: 'flex' }} data-testid="installment-row">
                <Form.Item label={t.installmentLabel} name={[field.name, 'label']} rules={[{ required: true, message: t.required }]}>
                  <Input style={{ width: 160 }} />
                </Form.Item>
                <Form.Item label={t.share} name={[field.name, 'share']}>
                  <Select
                    style={{ width: 100 }}
                    options={[
                      { value: 'percent', label: t.byPercent },
                      { value: 'amount', label: t.byAmount },
                    ]}
                  />
                </Form.Item>
                {row?.share === 'amount' ? (
                  <Form.Item label={t.exactAmount} name={[field.name, 'amount']} rules={[{ required: true, message: t.required }]}>
                    <Input inputMode="decimal" style={{ width: 140 }} />
                  </Form.Item>
                ) : (
                  <Form.Item label={t.percent} name={[field.name, 'percent']} rules={[{ required: true, message: t.required }]}>
                    <InputNumber min={0.01} max={100} step={1} style={{ width: 100 }} />
                  </Form.Item>
                )}
                <Form.Item label={t.dueRule} name={[field.name, 'dueKind']}>
                  <Select
                    style={{ width: 170 }}
                    options={[
                      { value: 'on_date', label: t.onDate },
                      { value: 'after_signing', label: t.afterSigning },
                      { value: 'after_milestone', label: t.afterMilestone },
                    ]}
                  />
                </Form.Item>
                {row?.dueKind === 'on_date' ? (
                  <Form.Item label={t.date} name={[field.name, 'date']} rules={[{ required: true, message: t.required }]}>
                    <DatePicker />
                  </Form.Item>
                ) : (
                  <Form.Item label={t.days} name={[field.name, 'days']}>
                    <InputNumber min={0} max={3650} style={{ width: 90 }} />
                  </Form.Item>
                )}
                {row?.dueKind === 'after_milestone' && (
                  <Form.Item label={t.milestone} name={[field.name, 'milestone']} rules={[{ required: true, message: t.required }]}>
                    <Select style={{ width: 130 }} options={MILESTONES.map((m) => ({ value: m, label: t.milestoneName(m) }))} />
                  </Form.Item>
                )}
                <Form.Item label=" " colon={false}>
                  <Button aria-label={t.removeInstallment} icon={<DeleteOutlined />} onClick={() => remove(field.name)} disabled={fields.length === 1} />
                </Form.Item>
              </Space>
            );
          })}
          <Button icon={<PlusOutlined />} onClick={() => add(newRow())} style={{ marginBottom: 12 }}>
            {t.addInstallment}
          </Button>
          <Alert
            data-testid="schedule-balance"
            type={balance.balanced ? 'success' : 'warning'}
            showIcon
            title={t.sum(money(balance.sum), money(total || '0'))}
            description={balance.balanced ? t.balanced : t.difference(money(balance.difference))}
            style={{ marginBottom: 16 }}
          />
        </>
      )}
    </Form.List>
  );
}
