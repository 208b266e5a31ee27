import { Space, Tag, Typography } from 'antd';
import { formatMoney } from '../../format/money';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import type { FactKind } from './fact-kind';
import { dealMessages, factPartMessages } from './messages';

/** A recorded fact as text: money in the deal's currency, people by name, parts by their names. */
export function FactValue({ kind, value, currency, nameOf }: { kind: FactKind; value: unknown; currency: string; nameOf: (id: string) => string | undefined }) {
  const t = useMessages(dealMessages);
  const parts = useMessages(factPartMessages);
  const { locale } = useLocale();
  if (value === undefined || value === null || value === '') return <Typography.Text type="secondary">{t.notRecorded}</Typography.Text>;
  switch (kind.kind) {
    case 'boolean':
      return <>{value ? t.yes : t.no}</>;
    case 'money':
      return <>{formatMoney(String(value), currency, locale)}</>;
    case 'percent':
      return <>{`${String(value)}%`}</>;
    case 'textList':
    case 'references':
      return (
        <Space size={[4, 4]} wrap>
          {(value as string[]).map((item) => (
            <Tag key={item}>{kind.kind === 'references' ? nameOf(item) : item}</Tag>
          ))}
        </Space>
      );
    case 'object':
      return (
        <Space direction="vertical" size={0}>
          {kind.parts
            .filter((p) => (value as Record<string, unknown>)[p.key] !== undefined)
            .map((p) => (
              <span key={p.key}>
                {parts[p.key] ?? p.key}: <FactValue kind={p.part} value={(value as Record<string, unknown>)[p.key]} currency={currency} nameOf={nameOf} />
              </span>
            ))}
        </Space>
      );
    case 'longText':
      return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{String(value)}</Typography.Paragraph>;
    default:
      return <>{String(value)}</>;
  }
}
