import type { Db } from '../../runtime/db';
import type { ApprovalView } from '../../state/approval';

/** Everyone the request reached, so each of them can find it again. */
const participantsOf = (view: ApprovalView) => [
  ...new Set([
    view.request.requester.id,
    ...view.levels.flatMap((l) => l.assignments.flatMap((a) => [a.approverId, a.assigneeId])),
    ...view.levels.flatMap((l) => (l.decision ? [l.decision.by] : [])),
  ]),
];

/** Writes the request's snapshot for the inbox; an older snapshot never overwrites a newer one. Safe to retry. */
export function approvalProjectionActivities(db: Db) {
  return {
    async projectApproval(view: ApprovalView & { workflowId: string }): Promise<void> {
      const { request } = view;
      const at = (ms: number) => new Date(ms);
      const decidedAt = view.decidedAt === undefined ? null : at(view.decidedAt);
      const detail = JSON.stringify(view);
      await db.$executeRaw`
        INSERT INTO "Approval" ("id", "workflowId", "dealId", "kind", "status", "amountMinor", "currency", "requesterId", "dealOwnerId",
                                "assigneeId", "approverId", "currentLevel", "participantIds", "detail", "requestedAt", "decidedAt",
                                "updatedAt", "version")
        VALUES (${request.approvalId}::uuid, ${view.workflowId}, ${request.deal.dealId}::uuid, ${request.kind}, ${view.status},
                ${BigInt(request.amount)}, ${request.currency}, ${request.requester.id}::uuid, ${request.deal.ownerId}::uuid,
                ${view.holder?.assigneeId ?? null}::uuid, ${view.holder?.approverId ?? null}::uuid,
                ${view.status === 'pending' ? view.levels[view.current].level : null}::int, ${participantsOf(view)}::uuid[],
                ${detail}::jsonb, ${at(request.requestedAt)}, ${decidedAt}, now(), ${view.version})
        ON CONFLICT ("id") DO UPDATE SET
          "status" = EXCLUDED."status", "assigneeId" = EXCLUDED."assigneeId", "approverId" = EXCLUDED."approverId",
          "currentLevel" = EXCLUDED."currentLevel", "participantIds" = EXCLUDED."participantIds", "detail" = EXCLUDED."detail",
          "decidedAt" = EXCLUDED."decidedAt", "updatedAt" = EXCLUDED."updatedAt", "version" = EXCLUDED."version"
        WHERE "Approval"."version" < EXCLUDED."version"`;
    },
  };
}
