import { type Locale, MILESTONES, ZERO, formatMoney } from '../../process';
import { type CollectionView, isPaid, outstanding } from '../../state/collection';
import type { DealContract } from '../../state/deal';
import { say } from '../i18n/locale';

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
const wording = (label: DealContract['installments'][number]['label'], locale: Locale) => (typeof label === 'string' ? label : say(label, locale));

/** A contract as the API shows it: the deal's side (draft, approval, signature) and, once signed, its collection. */
export function presentContract(dealId: string, contract: DealContract, collection: CollectionView | undefined, locale: Locale) {
  const live = new Map(collection?.installments.map((i) => [i.id, i]));
  const next = new Map(collection?.next.map((n) => [n.installmentId, n]));
  const allPaid = collection ? collection.installments.every(isPaid) : false;
  return {
    id: contract.id,
    reference: contract.reference,
    dealId,
    status: (allPaid ? 'paid' : contract.status).toUpperCase(),
    amount: formatMoney(contract.amount),
    currency: contract.currency,
    technicalAgreement: contract.technicalAgreement ?? null,
    approvalId: contract.approvalId ?? null,
    returned: contract.returned ? { ...contract.returned, at: iso(contract.returned.at) } : null,
    signedAt: iso(contract.signedAt),
    signedBy: contract.signedBy ?? null,
    paused: collection?.paused ? { ...collection.paused, at: iso(collection.paused.at) } : null,
    milestones: Object.fromEntries(Object.entries(collection?.milestones ?? {}).map(([m, at]) => [m, { label: say(MILESTONES[m as keyof typeof MILESTONES], locale), at: iso(at) }])),
    installments: contract.installments.map((planned) => {
      const i = live.get(planned.id);
      const n = next.get(planned.id);
      return {
        id: planned.id,
        seq: planned.seq,
        label: wording(planned.label, locale),
        amount: formatMoney(planned.amount),
        due: planned.due,
        dueAt: iso(i?.dueAt),
        paid: formatMoney(i?.paid ?? ZERO),
        outstanding: formatMoney(i ? outstanding(i) : planned.amount),
        status: !i ? 'PLANNED' : isPaid(i) ? 'PAID' : i.dueAt === undefined ? 'SCHEDULED' : 'OPEN',
        paused: n?.paused ?? null,
        nextReminder: n && n.rung && !n.paused ? { at: iso(n.at), rung: n.rung } : null,
        dispute: i?.dispute ? { ...i.dispute, at: iso(i.dispute.at) } : null,
        promise: i?.promise ? { ...i.promise, until: iso(i.promise.until), at: iso(i.promise.at) } : null,
        payments: (i?.payments ?? []).map((p) => ({ id: p.id, amount: formatMoney(p.amount), receivedAt: iso(p.receivedAt), reference: p.reference, by: p.by, at: iso(p.at) })),
      };
    }),
    history: (collection?.history ?? []).map((h) => ({ seq: h.seq, type: h.type, at: iso(h.at), actorId: h.actorId, installmentId: h.installmentId ?? null, data: h.data })),
  };
}
