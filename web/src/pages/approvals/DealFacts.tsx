import { Descriptions } from 'antd';
import { useMessages } from '../../i18n/messages';
import { approvalMessages } from './messages';
import { useDeal, useProcess } from './queries';

const shown = (value: unknown): string =>
  Array.isArray(value) ? value.map(shown).join(', ') : value && typeof value === 'object' ? Object.values(value).map(shown).join(' / ') : String(value);

/** The facts the stage asked for needs, as the deal holds them, with the process's labels. */
export function DealFacts({ dealId, stage }: { dealId: string; stage: string | null }) {
  const t = useMessages(approvalMessages);
  const deal = useDeal(dealId);
  const process = useProcess();
  const entryFacts = process.data?.stages.find((s) => s.key === stage)?.entryFacts ?? [];
  const facts = deal.data?.facts ?? {};
  const items = entryFacts.filter((f) => !f.system && facts[f.key] !== undefined).map((f) => ({ key: f.key, label: f.label, children: shown(facts[f.key]) }));
  if (!items.length) return null;
  return <Descriptions size="small" title={t.facts} column={{ xs: 1, md: 2 }} items={items} />;
}
