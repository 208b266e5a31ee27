import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import { UserSelect } from '../../components/UserSelect';
import { useMessages } from '../../i18n/messages';
import { boardWords } from './messages';
import { type EntryFact, useContacts } from './queries';

type JsonSchema = {
  type?: string;
  enum?: string[];
  anyOf?: unknown[];
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
};
type SubLabel = 'hardware' | 'software' | 'network' | 'implementation' | 'service' | 'discountPercent' | 'bidAt' | 'negotiationAt' | 'signingAt';

// The catalogue's JSON Schema says "string" for dates; their keys say what they are.
const isDateKey = (key: string) => /(Date|Timeline|At)$/.test(key);
const isMoney = (s: JsonSchema) => !!s.anyOf || s.$ref?.endsWith('MoneyInput');

/** Which input a value of this schema takes; the form turns dates back into YYYY-MM-DD on save. */
function inputFor(key: string, schema: JsonSchema, accountId: string) {
  if (key === 'contactIds') return <ContactsSelect accountId={accountId} />;
  if (key === 'projectTeam') return <UserSelect<string[]> multiple />;
  if (isMoney(schema)) return <InputNumber stringMode min="0" precision={2} style={{ width: '100%' }} />;
  if (schema.enum) return <Select options={schema.enum.map((v) => ({ value: v, label: v }))} />;
  if (schema.type === 'number' || schema.type === 'integer') return <InputNumber min={0} style={{ width: '100%' }} />;
  if (schema.type === 'array') return <Select mode="tags" open={false} suffixIcon={null} />;
  if (isDateKey(key)) return <DatePicker style={{ width: '100%' }} />;
  if (key === 'requirements' || key === 'needSummary') return <Input.TextArea autoSize={{ minRows: 2 }} />;
  return <Input />;
}

/** One entry fact with its label and the input its type takes; objects get one input per part. */
export function FactInput({ fact, accountId }: { fact: EntryFact; accountId: string }) {
  const t = useMessages(boardWords);
  const schema = fact.schema as JsonSchema;
  if (schema.type === 'boolean')
    return (
      <Form.Item name={fact.key} label={fact.label} valuePropName="checked" extra={fact.requirement} rules={[{ required: true, message: t.required }]}>
        <Switch />
      </Form.Item>
    );
  if (schema.type === 'object' && schema.properties)
    return (
      <fieldset style={{ border: '1px solid #e5e6eb', borderRadius: 6, padding: '8px 12px', marginBottom: 16 }}>
        <legend style={{ fontSize: 14, width: 'auto', padding: '0 4px', margin: 0, border: 0 }}>{fact.label}</legend>
        {Object.entries(schema.properties).map(([part, sub]) => (
          <Form.Item
            key={part}
            name={[fact.key, part]}
            label={t[part as SubLabel] ?? part}
            rules={[{ required: !schema.required || schema.required.includes(part), message: t.required }]}
          >
            {inputFor(part, sub, accountId)}
          </Form.Item>
        ))}
      </fieldset>
    );
  return (
    <Form.Item name={fact.key} label={fact.label} extra={fact.requirement} rules={[{ required: true, message: t.required }]}>
      {inputFor(fact.key, schema, accountId)}
    </Form.Item>
  );
}

function ContactsSelect(props: { accountId: string; value?: string[]; onChange?: (v: string[]) => void; id?: string }) {
  const contacts = useContacts(props.accountId);
  return (
    <Select
      {...props}
      mode="multiple"
      optionFilterProp="label"
      loading={contacts.isPending}
      options={contacts.data?.items.map((c) => ({ value: c.id, label: c.title ? `${c.name} · ${c.title}` : c.name }))}
    />
  );
}
