import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Space, Typography } from 'antd';
import { dayjs } from '../../../format/time';
import { useLocale } from '../../../i18n/LocaleProvider';
import { useMessages } from '../../../i18n/messages';
import { calendarWords } from './messages';
import { type YearFields, blankHoliday, daysIn } from './year-form';

/** Opens the pickers on the year being edited rather than on today. */
const inYear = (year: number) => dayjs(`${year}-01-01`);

/** The year's holiday ranges, each with its name in Chinese and English and how many days it is. */
export function HolidayList({ year }: { year: number }) {
  const t = useMessages(calendarWords);
  const holidays = (Form.useWatch('holidays', Form.useFormInstance<YearFields>()) as YearFields['holidays'] | undefined) ?? [];
  const required = [{ required: true, message: t.required }];
  return (
    <Form.List name="holidays">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => {
            const range = holidays[index]?.range;
            return (
              <Row key={field.key} gutter={8} data-testid="holiday-row">
                <Col xs={24} md={9}>
                  <Form.Item label={t.dates} name={[field.name, 'range']} rules={required}>
                    <DatePicker.RangePicker defaultPickerValue={[inYear(year), inYear(year)]} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item label={t.nameZh} name={[field.name, 'name', 'zh']} rules={required}>
                    <Input maxLength={60} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item label={t.nameEn} name={[field.name, 'name', 'en']} rules={required}>
                    <Input maxLength={60} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={4}>
                  <Form.Item label=" " colon={false}>
                    <Space>
                      <Typography.Text style={{ display: 'inline-block', minWidth: 44 }}>{range ? t.days(daysIn(range)) : ''}</Typography.Text>
                      <Button aria-label={t.removeHoliday(index + 1)} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                    </Space>
                  </Form.Item>
                </Col>
              </Row>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined />} onClick={() => add(blankHoliday())} style={{ marginBottom: 16 }}>
            {t.addHoliday}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** The Saturdays and Sundays worked (调休), each shown with its weekday so a slip is seen at once. */
export function WorkdayList({ year }: { year: number }) {
  const t = useMessages(calendarWords);
  const { locale } = useLocale();
  const workdays = (Form.useWatch('workdays', Form.useFormInstance<YearFields>()) as YearFields['workdays'] | undefined) ?? [];
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long' });
  return (
    <Form.List name="workdays">
      {(fields, { add, remove }, { errors }) => (
        <>
          <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 24 }}>
            {fields.map((field, index) => {
              const day = workdays[index];
              return (
                <Space key={field.key} align="start" data-testid="workday-row">
                  <Form.Item
                    label={t.workday}
                    name={field.name}
                    rules={[{ required: true, message: t.required }]}
                    extra={day && weekday.format(day.toDate())}
                    style={{ maxWidth: 200 }}
                  >
                    <DatePicker defaultPickerValue={inYear(year)} />
                  </Form.Item>
                  <Form.Item label=" " colon={false}>
                    <Button aria-label={t.removeWorkday(index + 1)} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                  </Form.Item>
                </Space>
              );
            })}
          </div>
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined />} onClick={() => add()}>
            {t.addWorkday}
          </Button>
        </>
      )}
    </Form.List>
  );
}
