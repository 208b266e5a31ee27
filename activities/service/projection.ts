import type { Db } from '../../runtime/db';
import type { ServiceView } from '../../state/service';

/** Writes a contract's service, and each of its visits for the visit lists. Older snapshots never win. */
export function serviceProjectionActivities(db: Db) {
  return {
    async projectService(view: ServiceView & { workflowId: string }): Promise<void> {
      const { start } = view;
      const at = (ms: number | undefined) => (ms === undefined ? null : new Date(ms));
      const row = {
        workflowId: view.workflowId,
        dealId: start.deal.dealId,
        ownerId: start.deal.ownerId,
        engineerId: start.engineerId,
        acceptedAt: at(view.acceptance?.signedAt),
        warrantyEndsAt: at(view.warranty?.endsAt),
        detail: JSON.parse(JSON.stringify(view)),
        version: view.version,
        updatedAt: new Date(),
      };
      await db.$transaction(async (tx) => {
        const current = await tx.service.findUnique({ where: { contractId: start.contractId }, select: { version: true } });
        if (current && current.version >= view.version) return;
        await tx.service.upsert({ where: { contractId: start.contractId }, create: { contractId: start.contractId, ...row }, update: row });
        for (const v of view.visits) {
          const visit = {
            assigneeId: v.assigneeId,
            dueAt: new Date(v.dueAt),
            status: v.record ? 'recorded' : 'planned',
            record: v.record ? JSON.parse(JSON.stringify(v.record)) : undefined,
            version: view.version,
            updatedAt: new Date(),
          };
          await tx.visit.upsert({
            where: { id: v.id },
            create: {
              id: v.id,
              contractId: start.contractId,
              dealId: start.deal.dealId,
              ownerId: start.deal.ownerId,
              key: v.key,
              kind: v.kind,
              season: v.season,
              ...visit,
            },
            update: visit,
          });
        }
      });
    },
  };
}
