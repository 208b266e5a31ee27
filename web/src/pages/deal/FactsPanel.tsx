import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions } from 'antd';
import { useMessages } from '../../i18n/messages';
import type { DealFact } from './deal-facts';
import { FactValue } from './FactValue';
import { dealMessages } from './messages';
import type { Deal } from './queries';

/** The deal's facts, labelled from the catalogue. */
export function FactsPanel({
  deal,
  facts,
  nameOf,
  onEdit,
}: {
  deal: Deal;
  facts: DealFact[];
  nameOf: (id: string) => string | undefined;
  onEdit?: () => void;
}) {
  const t = useMessages(dealMessages);
  return (
    <Card
      title={t.facts}
      extra={
        onEdit && (
          <Button icon={<EditOutlined />} onClick={onEdit}>
            {t.editFacts}
          </Button>
        )
      }
    >
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={facts.map((f) => ({
          key: f.key,
          label: f.label,
          children: <FactValue kind={f.kind} value={deal.facts[f.key]} currency={deal.currency} nameOf={nameOf} />,
        }))}
      />
    </Card>
  );
}
