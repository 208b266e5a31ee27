import { FOLLOW_UP_KINDS } from '../process';
import type { Db } from '../runtime/db';
import type { DealView, TimelineEntry } from '../state/deal';

export interface DealProjection {
  deal: DealView & { workflowId: string };
  entries: TimelineEntry[];
}

/** Writes a deal's snapshot, its follow-ups and its new timeline entries into the read model. Safe to retry. */
export function projectionActivities(db: Db) {
  return {
    async projectDeal({ deal, entries }: DealProjection): Promise<void> {
      const at = (ms: number) => new Date(ms);
      await db.$transaction(async (tx) => {
        const newer = await tx.$executeRaw`
          INSERT INTO "Deal" ("id", "workflowId", "processVersion", "title", "accountId", "ownerId", "amountMinor", "currency",
                              "stage", "status", "probability", "facts", "stageEnteredAt", "stallSince", "createdAt", "updatedAt", "version")
          VALUES (${deal.dealId}::uuid, ${deal.workflowId}, ${deal.processVersion}, ${deal.title}, ${deal.accountId}::uuid,
                  ${deal.ownerId}::uuid, ${BigInt(deal.amount)}, ${deal.currency}, ${deal.stage}, ${deal.status}, ${deal.probability},
                  ${JSON.stringify(deal.facts)}::jsonb, ${at(deal.stageEnteredAt)}, ${deal.stall.alerts > 0 ? at(deal.stall.since) : null},
                  ${at(deal.createdAt)}, ${at(deal.updatedAt)}, ${deal.version})
          ON CONFLICT ("id") DO UPDATE SET
            "title" = EXCLUDED."title", "ownerId" = EXCLUDED."ownerId", "amountMinor" = EXCLUDED."amountMinor",
            "currency" = EXCLUDED."currency", "stage" = EXCLUDED."stage", "status" = EXCLUDED."status",
            "probability" = EXCLUDED."probability", "facts" = EXCLUDED."facts", "stageEnteredAt" = EXCLUDED."stageEnteredAt",
            "stallSince" = EXCLUDED."stallSince", "updatedAt" = EXCLUDED."updatedAt", "version" = EXCLUDED."version"
          WHERE "Deal"."version" < EXCLUDED."version"`;
        if (newer > 0)
          for (const f of deal.followUps) {
            const row = {
              ownerId: f.ownerId,
              kind: f.kind,
              action: f.action ?? FOLLOW_UP_KINDS[f.kind].en,
              dueAt: at(f.dueAt),
              state: f.state,
              contactId: f.contactId ?? null,
              note: f.note ?? null,
              updatedAt: at(f.updatedAt),
            };
            await tx.followUp.upsert({ where: { id: f.id }, create: { id: f.id, dealId: deal.dealId, createdAt: at(f.createdAt), ...row }, update: row });
          }
        const contract = deal.contract;
        if (newer > 0 && contract) {
          const row = {
            reference: contract.reference,
            status: contract.status,
            amountMinor: BigInt(contract.amount),
            currency: contract.currency,
            ownerId: deal.ownerId,
            signedAt: contract.signedAt === undefined ? null : at(contract.signedAt),
            detail: contract as object,
            dealVersion: deal.version,
            updatedAt: at(deal.updatedAt),
          };
          await tx.contract.upsert({ where: { id: contract.id }, create: { id: contract.id, dealId: deal.dealId, ...row }, update: row });
        }
        await tx.timelineEvent.createMany({
          data: entries.map((e) => ({
            dealId: deal.dealId,
            seq: e.seq,
            type: e.type,
            at: at(e.at),
            actorId: e.actorId,
            data: e.data as object,
          })),
          skipDuplicates: true,
        });
      });
    },
  };
}
