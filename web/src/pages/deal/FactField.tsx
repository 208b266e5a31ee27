import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import { dayjs } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import type { FactKind } from './fact-kind';
import { factPartMessages } from './messages';

export interface FactChoices {
  contacts: Array<{ value: string; label: string }>;
  users: Array<{ value: string; label: string }>;
}

const DAY = 'YYYY-MM-DD';

/** One fact's form field, shaped for its kind; the form's values are what PATCH /facts takes. */
export function FactField({ name, label, kind, choices }: { name: string[]; label: string; kind: FactKind; choices: FactChoices }) {
  const parts = useMessages(factPartMessages);
  if (kind.kind === 'object')
    return (
      <Form.Item label={label} style={{ marginBottom: 0 }}>
        {kind.parts.map((p) => (
          <FactField key={p.key} name={[...name, p.key]} label={parts[p.key] ?? p.key} kind={p.part} choices={choices} />
        ))}
      </Form.Item>
    );
  const id = `fact-${name.join('-')}`;
  switch (kind.kind) {
    case 'date':
      return (
        <Form.Item
          name={name}
          label={label}
          htmlFor={id}
          getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v, DAY) : undefined })}
          normalize={(d: dayjs.Dayjs | null) => d?.format(DAY)}
        >
          <DatePicker id={id} />
        </Form.Item>
      );
    case 'boolean':
      return (
        <Form.Item name={name} label={label} htmlFor={id} valuePropName="checked">
          <Switch id={id} />
        </Form.Item>
      );
    case 'money':
      return (
        <Form.Item name={name} label={label} htmlFor={id} normalize={(v: string | null) => v ?? undefined}>
          <InputNumber id={id} stringMode min="0" step="0.01" precision={2} style={{ width: 220 }} />
        </Form.Item>
      );
    case 'percent':
    case 'number':
      return (
        <Form.Item name={name} label={label} htmlFor={id} normalize={(v: number | null) => v ?? undefined}>
          <InputNumber
            id={id}
            min={kind.kind === 'percent' ? 0 : undefined}
            max={kind.kind === 'percent' ? 100 : undefined}
            suffix={kind.kind === 'percent' ? '%' : undefined}
          />
        </Form.Item>
      );
    case 'enum':
      return (
        <Form.Item name={name} label={label} htmlFor={id}>
          <Select id={id} allowClear options={kind.options.map((o) => ({ value: o, label: o }))} style={{ maxWidth: 280 }} />
        </Form.Item>
      );
    case 'textList':
      return (
        <Form.Item name={name} label={label} htmlFor={id}>
          <Select id={id} mode="tags" open={false} tokenSeparators={[',', '，']} />
        </Form.Item>
      );
    case 'references':
      return (
        <Form.Item name={name} label={label} htmlFor={id}>
          <Select id={id} mode="multiple" optionFilterProp="label" options={kind.of === 'contact' ? choices.contacts : choices.users} />
        </Form.Item>
      );
    case 'longText':
      return (
        <Form.Item name={name} label={label} htmlFor={id}>
          <Input.TextArea id={id} autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      );
    default:
      return (
        <Form.Item name={name} label={label} htmlFor={id}>
          <Input id={id} />
        </Form.Item>
      );
  }
}
