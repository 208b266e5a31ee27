import { z } from 'zod';
import { CHECKLIST_ITEMS, type Locale, SEASONS, TICKET_PRIORITIES, TRAINEE_KINDS, VISIT_KINDS, type VisitKind } from '../../process';
import type { ServiceView, Visit, VisitRecord } from '../../state/service';
import { Timestamp } from '../http/formats';
import { say } from '../i18n/locale';

const iso = (ms: number) => new Date(ms).toISOString();

const VisitRecordOut = z.object({
  visitedAt: Timestamp,
  visitors: z.array(z.string()),
  customerContacts: z.array(z.string()),
  checked: z.string(),
  problems: z.string(),
  actions: z.string(),
  satisfaction: z.number().int(),
  confirmedBy: z.object({ name: z.string(), at: Timestamp }),
  ticketId: z.uuid().nullable(),
  recordedBy: z.uuid(),
  recordedAt: Timestamp,
});

export const VisitOut = z
  .object({
    id: z.uuid(),
    contractId: z.uuid(),
    key: z.string(),
    kind: z.enum(Object.keys(VISIT_KINDS) as [VisitKind, ...VisitKind[]]),
    label: z.string(),
    season: z.string().nullable(),
    dueAt: Timestamp,
    assigneeId: z.uuid(),
    purpose: z.string().nullable(),
    status: z.enum(['planned', 'recorded']),
    record: VisitRecordOut.nullable(),
  })
  .meta({ id: 'Visit' });

export const ServiceOut = z
  .object({
    contractId: z.uuid(),
    reference: z.string(),
    engineerId: z.uuid(),
    warrantyStatus: z.enum(['in_warranty', 'out_of_warranty']),
    checklist: z.array(
      z.object({
        key: z.enum(CHECKLIST_ITEMS),
        label: z.string(),
        ownerId: z.uuid(),
        dueAt: Timestamp,
        late: z.boolean(),
        done: z.object({ by: z.uuid(), at: Timestamp, note: z.string().nullable() }).nullable(),
      }),
    ),
    trainings: z.array(
      z.object({
        id: z.uuid(),
        heldAt: Timestamp,
        trainers: z.array(z.string()),
        trainees: z.array(
          z.object({ name: z.string(), kind: z.enum(Object.keys(TRAINEE_KINDS) as [string, ...string[]]), score: z.number(), passed: z.boolean() }),
        ),
        topics: z.array(z.string()),
        passed: z.boolean(),
      }),
    ),
    acceptance: z.object({ signedBy: z.string(), signedAt: Timestamp, remarks: z.string().nullable() }).nullable(),
    warranty: z.object({ months: z.number().int(), startsAt: Timestamp, endsAt: Timestamp, ended: z.boolean() }).nullable(),
    nextVisits: z.array(VisitOut),
    tickets: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        priority: z.enum(TICKET_PRIORITIES),
        warranty: z.enum(['in_warranty', 'out_of_warranty']),
        visitId: z.uuid().nullable(),
        openedAt: Timestamp,
      }),
    ),
  })
  .meta({ id: 'Service' });

const presentRecord = (r: VisitRecord) => ({
  ...r,
  visitedAt: iso(r.visitedAt),
  confirmedBy: { name: r.confirmedBy.name, at: iso(r.confirmedBy.at) },
  ticketId: r.ticketId ?? null,
  recordedAt: iso(r.recordedAt),
});

export const presentVisit = (contractId: string, v: Visit, locale: Locale): z.infer<typeof VisitOut> => ({
  id: v.id,
  contractId,
  key: v.key,
  kind: v.kind,
  label: say(v.season ? SEASONS[v.season] : VISIT_KINDS[v.kind], locale) + (v.season ? ` · ${say(VISIT_KINDS.seasonal, locale)}` : ''),
  season: v.season ?? null,
  dueAt: iso(v.dueAt),
  assigneeId: v.assigneeId,
  purpose: v.purpose ?? null,
  status: v.record ? 'recorded' : 'planned',
  record: v.record ? presentRecord(v.record) : null,
});

/** How many visits to come the service shows; the visit list has them all. */
const NEXT_VISITS = 5;

export function presentService(view: ServiceView, locale: Locale, now: number): z.infer<typeof ServiceOut> {
  const { start } = view;
  return {
    contractId: start.contractId,
    reference: start.reference,
    engineerId: start.engineerId,
    warrantyStatus: view.warrantyStatus,
    checklist: view.checklist.map((i) => ({
      key: i.key,
      label: say(i.label, locale),
      ownerId: i.ownerId,
      dueAt: iso(i.dueAt),
      late: (i.done?.at ?? now) > i.dueAt,
      done: i.done ? { by: i.done.by, at: iso(i.done.at), note: i.done.note ?? null } : null,
    })),
    trainings: view.trainings.map((t) => ({ id: t.id, heldAt: iso(t.heldAt), trainers: t.trainers, trainees: t.trainees, topics: t.topics, passed: t.passed })),
    acceptance: view.acceptance
      ? { signedBy: view.acceptance.signedBy, signedAt: iso(view.acceptance.signedAt), remarks: view.acceptance.remarks ?? null }
      : null,
    warranty: view.warranty
      ? { months: view.warranty.months, startsAt: iso(view.warranty.startsAt), endsAt: iso(view.warranty.endsAt), ended: view.warranty.endedAt !== undefined }
      : null,
    nextVisits: view.visits
      .filter((v) => !v.record)
      .sort((a, b) => a.dueAt - b.dueAt)
      .slice(0, NEXT_VISITS)
      .map((v) => presentVisit(start.contractId, v, locale)),
    tickets: view.tickets.map((t) => ({
      id: t.ticketId,
      title: t.title,
      priority: t.priority,
      warranty: t.warranty,
      visitId: t.visitId ?? null,
      openedAt: iso(t.openedAt),
    })),
  };
}
