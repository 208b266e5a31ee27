import { DatePicker, Form } from 'antd';
import type { Rule } from 'antd/es/form';

/** A form field for an exact time, to the minute. */
export function WhenField({
  name,
  label,
  id,
  required,
  requiredMessage,
}: {
  name: string | string[];
  label: string;
  id: string;
  required?: boolean;
  requiredMessage?: string;
}) {
  const rules: Rule[] = required ? [{ required: true, message: requiredMessage }] : [];
  return (
    <Form.Item name={name} label={label} htmlFor={id} rules={rules}>
      <DatePicker id={id} showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
    </Form.Item>
  );
}
