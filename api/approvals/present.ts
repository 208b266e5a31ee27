import { z } from 'zod';
import { APPROVAL_KINDS, type Locale, Money, formatMoney, stageDefinition } from '../../process';
import type { Db } from '../../runtime/db';
import type { ApprovalView } from '../../state/approval';
import { Timestamp } from '../http/formats';
import { say } from '../i18n/locale';
import { definitionOf } from '../../runtime/process-versions';

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/** Every user a request names, by id: so a client can show names without one call per person. */
async function peopleOf(db: Db, view: ApprovalView) {
  const ids = new Set<string>([view.request.requester.id, view.request.deal.ownerId]);
  for (const l of view.levels) {
    for (const a of l.assignments) [a.approverId, a.assigneeId, a.onBehalfOf, a.escalatedFrom].forEach((id) => id && ids.add(id));
    if (l.decision) ids.add(l.decision.by);
    if (l.skipped?.userId) ids.add(l.skipped.userId);
  }
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return Object.fromEntries(users.map((u) => [u.id, u.name]));
}

/** Who decides the request now: the approver, or their delegate on their behalf. */
export const presentHolder = ({ holder }: ApprovalView) =>
  holder && {
    approverId: holder.approverId,
    assigneeId: holder.assigneeId,
    onBehalfOf: holder.onBehalfOf ?? null,
    since: iso(holder.at)!,
    linksExpireAt: iso(holder.linksExpireAt)!,
  };

export async function presentApproval(db: Db, view: ApprovalView, locale: Locale) {
  const { request } = view;
  const def = await definitionOf(db, request.processVersion);
  return {
    id: request.approvalId,
    kind: request.kind,
    kindLabel: say(APPROVAL_KINDS[request.kind], locale),
    status: view.status,
    deal: { id: request.deal.dealId, title: request.deal.title, ownerId: request.deal.ownerId, stage: request.deal.stage },
    stage: request.stage ?? null,
    stageLabel: request.stage ? say(stageDefinition(def, request.stage).label, locale) : null,
    amount: formatMoney(request.amount),
    currency: request.currency,
    requesterId: request.requester.id,
    note: request.note ?? null,
    requestedAt: iso(request.requestedAt),
    decidedAt: iso(view.decidedAt),
    currentLevel: view.status === 'pending' ? view.levels[view.current].level : null,
    holder: presentHolder(view),
    nextReminderAt: iso(view.nextReminderAt),
    nextEscalationAt: iso(view.nextEscalationAt),
    chain: view.levels.map((l) => ({
      level: l.level,
      rule: l.rule,
      status: l.status,
      assignments: l.assignments.map((a) => ({
        n: a.n,
        approverId: a.approverId,
        assigneeId: a.assigneeId,
        onBehalfOf: a.onBehalfOf ?? null,
        escalatedFrom: a.escalatedFrom ?? null,
        at: iso(a.at),
        remindedAt: iso(a.remindedAt),
      })),
      decision: l.decision
        ? {
            outcome: l.decision.outcome,
            by: l.decision.by,
            onBehalfOf: l.decision.onBehalfOf ?? null,
            comment: l.decision.comment ?? null,
            at: iso(l.decision.at),
            via: l.decision.via,
          }
        : null,
      skipped: l.skipped ?? null,
    })),
    history: view.history.map((h) => ({ seq: h.seq, type: h.type, at: iso(h.at), actorId: h.actorId, level: h.level ?? null, data: h.data })),
    people: await peopleOf(db, view),
  };
}

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn', 'cancelled', 'unroutable'] as const;
export const ApprovalStatus = z.enum(APPROVAL_STATUSES);

const ChainLevel = z
  .object({
    level: z.number().int(),
    rule: z.union([z.object({ role: z.string() }), z.object({ userId: z.uuid() })]).meta({ description: 'A role, or a named approver' }),
    status: z.enum(['waiting', 'pending', 'approved', 'rejected', 'skipped']),
    assignments: z.array(
      z.object({
        n: z.number().int(),
        approverId: z.uuid(),
        assigneeId: z.uuid().meta({ description: 'The approver, or their delegate' }),
        onBehalfOf: z.uuid().nullable(),
        escalatedFrom: z.uuid().nullable(),
        at: Timestamp,
        remindedAt: Timestamp.nullable(),
      }),
    ),
    decision: z
      .object({
        outcome: z.enum(['approved', 'rejected']),
        by: z.uuid(),
        onBehalfOf: z.uuid().nullable(),
        comment: z.string().nullable(),
        at: Timestamp,
        via: z.enum(['inbox', 'link']),
      })
      .nullable(),
    skipped: z.object({ userId: z.uuid().optional(), reason: z.string() }).nullable(),
  })
  .meta({ id: 'ApprovalLevel' });

export const Holder = z
  .object({
    approverId: z.uuid(),
    assigneeId: z.uuid().meta({ description: 'Who decides it: the approver, or their delegate' }),
    onBehalfOf: z.uuid().nullable(),
    since: Timestamp,
    linksExpireAt: Timestamp,
  })
  .meta({ id: 'ApprovalHolder' });

export const Approval = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    kindLabel: z.string(),
    status: ApprovalStatus,
    deal: z.object({ id: z.uuid(), title: z.string(), ownerId: z.uuid(), stage: z.string() }),
    stage: z.string().nullable(),
    stageLabel: z.string().nullable(),
    amount: Money,
    currency: z.string(),
    requesterId: z.uuid(),
    note: z.string().nullable(),
    requestedAt: Timestamp,
    decidedAt: Timestamp.nullable(),
    currentLevel: z.number().nullable(),
    holder: Holder.nullable(),
    nextReminderAt: Timestamp.nullable(),
    nextEscalationAt: Timestamp.nullable(),
    chain: z.array(ChainLevel),
    history: z.array(
      z.object({ seq: z.number(), type: z.string(), at: Timestamp, actorId: z.uuid().nullable(), level: z.number().nullable(), data: z.unknown() }),
    ),
    people: z.record(z.string(), z.string()),
  })
  .meta({ id: 'Approval' });
