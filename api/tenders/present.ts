import { z } from 'zod';
import { formatMoney, type Locale, Money, TENDER_OUTCOMES } from '../../process';
import type { TenderView } from '../../state/tender';
import { ApprovalStatus } from '../approvals/present';
import { Timestamp } from '../http/formats';
import { say } from '../i18n/locale';

const iso = (n: number | undefined) => (n === undefined ? null : new Date(n).toISOString());

/** A tender as the API shows it: its dates, checklist, bid review, result and what its workflow will do next. */
export function presentTender(view: TenderView, locale: Locale) {
  const { start } = view;
  return {
    id: start.tenderId,
    dealId: start.deal.dealId,
    tenderNo: start.tenderNo,
    status: view.status,
    presalesId: start.presalesId,
    issuedAt: iso(start.issuedAt),
    submissionDeadline: iso(start.submissionDeadline),
    openingAt: iso(start.openingAt),
    presentationAt: iso(start.presentationAt),
    documents: start.documents,
    bidBond: start.bidBond ? { amount: formatMoney(start.bidBond.amount), dueAt: iso(start.bidBond.dueAt) } : null,
    checklist: view.items.map((i) => ({
      key: i.key,
      label: say(i.label, locale),
      ownerId: i.ownerId,
      done: i.done,
      note: i.note ?? null,
      doneBy: i.doneBy ?? null,
      doneAt: iso(i.doneAt),
    })),
    review: view.review
      ? { ...view.review, price: formatMoney(view.review.price), status: view.review.status, requestedAt: iso(view.review.requestedAt) }
      : null,
    submittedAt: iso(view.submittedAt),
    result: view.result ? { ...view.result, at: iso(view.result.at) } : null,
    next: view.next.map((n) => ({ kind: n.kind, at: iso(n.at) })),
    history: view.history.map((h) => ({ ...h, at: iso(h.at) })),
  };
}

const TenderStatus = z.enum(['open', 'submitted', 'missed', ...TENDER_OUTCOMES]);

export const Tender = z
  .object({
    id: z.uuid(),
    dealId: z.uuid(),
    tenderNo: z.string(),
    status: TenderStatus,
    presalesId: z.uuid(),
    issuedAt: Timestamp,
    submissionDeadline: Timestamp,
    openingAt: Timestamp,
    presentationAt: Timestamp.nullable(),
    documents: z.array(z.object({ name: z.string(), url: z.string() })),
    bidBond: z.object({ amount: Money, dueAt: Timestamp }).nullable(),
    checklist: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        ownerId: z.uuid(),
        done: z.boolean(),
        note: z.string().nullable(),
        doneBy: z.uuid().nullable(),
        doneAt: Timestamp.nullable(),
      }),
    ),
    review: z
      .object({
        approvalId: z.uuid(),
        status: ApprovalStatus,
        price: Money,
        discountPercent: z.number().optional(),
        requestedBy: z.uuid(),
        requestedAt: Timestamp,
      })
      .nullable(),
    submittedAt: Timestamp.nullable(),
    result: z
      .object({
        outcome: z.enum(TENDER_OUTCOMES),
        winner: z.string().optional(),
        ourRank: z.number().int().optional(),
        note: z.string(),
        keepOpen: z.boolean().optional(),
        by: z.uuid(),
        at: Timestamp,
      })
      .nullable(),
    next: z.array(z.object({ kind: z.enum(['deadline_reminder', 'presentation_reminder', 'deadline']), at: Timestamp })),
    history: z.array(
      z.object({ seq: z.number().int(), type: z.string(), at: Timestamp, actorId: z.uuid().nullable(), data: z.record(z.string(), z.unknown()) }),
    ),
  })
  .meta({ id: 'Tender' });

export const TenderListItem = z
  .object({
    id: z.uuid(),
    dealId: z.uuid(),
    tenderNo: z.string(),
    status: TenderStatus,
    ownerId: z.uuid(),
    presalesId: z.uuid(),
    submissionDeadline: Timestamp,
    openingAt: Timestamp,
    presentationAt: Timestamp.nullable(),
  })
  .meta({ id: 'TenderListItem' });
