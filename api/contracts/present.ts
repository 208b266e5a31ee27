import { z } from 'zod';
import { formatMoney, type Locale, type Milestone, MILESTONES, Money, REGIONS, ZERO } from '../../process';
import { type CollectionView, isPaid, outstanding } from '../../state/collection';
import type { DealContract } from '../../state/deal';
import { Day, Timestamp } from '../http/formats';
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
    status: allPaid ? ('paid' as const) : contract.status,
    amount: formatMoney(contract.amount),
    currency: contract.currency,
    technicalAgreement: contract.technicalAgreement ?? null,
    warrantyMonths: contract.warrantyMonths ?? null,
    region: contract.region ?? null,
    approvalId: contract.approvalId ?? null,
    returned: contract.returned ? { ...contract.returned, at: iso(contract.returned.at) } : null,
    signedAt: iso(contract.signedAt),
    signedBy: contract.signedBy ?? null,
    paused: collection?.paused ? { ...collection.paused, at: iso(collection.paused.at) } : null,
    milestones: Object.fromEntries(
      Object.entries(collection?.milestones ?? {}).map(([m, at]) => [m, { label: say(MILESTONES[m as keyof typeof MILESTONES], locale), at: iso(at) }]),
    ),
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
        status: !i ? 'planned' : isPaid(i) ? 'paid' : i.dueAt === undefined ? 'scheduled' : 'open',
        paused: n?.paused ?? null,
        nextReminder: n && n.rung && !n.paused ? { at: iso(n.at), rung: n.rung } : null,
        dispute: i?.dispute ? { ...i.dispute, at: iso(i.dispute.at) } : null,
        promise: i?.promise ? { ...i.promise, until: iso(i.promise.until), at: iso(i.promise.at) } : null,
        payments: (i?.payments ?? []).map((p) => ({
          id: p.id,
          amount: formatMoney(p.amount),
          receivedAt: iso(p.receivedAt),
          reference: p.reference,
          by: p.by,
          at: iso(p.at),
        })),
      };
    }),
    history: (collection?.history ?? []).map((h) => ({
      seq: h.seq,
      type: h.type,
      at: iso(h.at),
      actorId: h.actorId,
      installmentId: h.installmentId ?? null,
      data: h.data,
    })),
  };
}

const milestone = z.enum(Object.keys(MILESTONES) as [Milestone, ...Milestone[]]);
const Actor = z.uuid().meta({ description: 'A user id' });

const DueRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('on_date'), date: Day }),
  z.object({ kind: z.literal('after_signing'), days: z.number().int() }),
  z.object({ kind: z.literal('after_milestone'), milestone, days: z.number().int() }),
]);

const Installment = z
  .object({
    id: z.uuid(),
    seq: z.number().int(),
    label: z.string(),
    amount: Money,
    due: DueRule,
    dueAt: Timestamp.nullable().meta({ description: 'Known once its rule can say: at signing, or when its milestone is reported' }),
    paid: Money,
    outstanding: Money,
    status: z
      .enum(['planned', 'scheduled', 'open', 'paid'])
      .meta({ description: 'planned until the contract is signed; scheduled until its due date is known' }),
    paused: z.enum(['contract', 'dispute', 'promise']).nullable(),
    nextReminder: z.object({ at: Timestamp, rung: z.string() }).nullable(),
    dispute: z.object({ reason: z.string(), by: Actor, at: Timestamp }).nullable(),
    promise: z.object({ until: Timestamp, note: z.string().optional(), by: Actor, at: Timestamp }).nullable(),
    payments: z.array(z.object({ id: z.uuid(), amount: Money, receivedAt: Timestamp, reference: z.string(), by: Actor, at: Timestamp })),
  })
  .meta({ id: 'Installment' });

export const Contract = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    dealId: z.uuid(),
    status: z.enum(['draft', 'pending_approval', 'approved', 'signed', 'paid']),
    amount: Money,
    currency: z.string(),
    technicalAgreement: z.string().nullable(),
    warrantyMonths: z.number().int().nullable(),
    region: z.enum(REGIONS).nullable(),
    approvalId: z.uuid().nullable(),
    returned: z
      .object({ status: z.string(), by: Actor.optional(), comment: z.string().optional(), at: Timestamp })
      .nullable()
      .meta({ description: 'Why the last approval sent it back to draft' }),
    signedAt: Timestamp.nullable(),
    signedBy: Actor.nullable().meta({ description: 'The manager present at signing' }),
    paused: z.object({ reason: z.string(), by: Actor, at: Timestamp }).nullable(),
    milestones: z.partialRecord(milestone, z.object({ label: z.string(), at: Timestamp })),
    installments: z.array(Installment),
    history: z.array(
      z.object({
        seq: z.number().int(),
        type: z.string(),
        at: Timestamp,
        actorId: Actor.nullable(),
        installmentId: z.uuid().nullable(),
        data: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .meta({ id: 'Contract', description: 'The deal’s side of the contract (draft, approval, signature) and, once signed, its collection' });
