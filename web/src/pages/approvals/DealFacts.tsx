import { Descriptions } from 'antd';
import { useMessages } from '../../i18n/messages';
import { factKind } from '../deal/fact-kind';
import { FactValue } from '../deal/FactValue';
import { useContacts, useDeal, useProcess, useUsers } from '../deal/queries';
import { approvalMessages } from './messages';

/** The facts the stage asked for needs, as the deal holds them, shown as on the deal page. */
export function DealFacts({ dealId, stage }: { dealId: string; stage: string | null }) {
  const t = useMessages(approvalMessages);
  const deal = useDeal(dealId);
  const process = useProcess(deal.data?.processVersion);
  const contacts = useContacts(deal.data?.accountId);
  const { nameOf: userName } = useUsers();
  if (!deal.data || !process.data) return null;
  const { facts, currency } = deal.data;
  const nameOf = (id: string) => contacts.data?.find((c) => c.id === id)?.name ?? userName(id);
  const items = (process.data.stages.find((s) => s.key === stage)?.entryFacts ?? [])
    .filter((f) => !f.system && facts[f.key] !== undefined)
    .map((f) => ({ key: f.key, label: f.label, children: <FactValue kind={factKind(f)} value={facts[f.key]} currency={currency} nameOf={nameOf} /> }));
  if (!items.length) return null;
  return <Descriptions size="small" title={t.facts} column={{ xs: 1, md: 2 }} items={items} style={{ marginTop: 12 }} />;
}
