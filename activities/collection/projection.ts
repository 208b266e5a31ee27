import type { Db } from '../../runtime/db';
import { type CollectionView, isPaid } from '../../state/collection';

/** Writes a contract's collection: its installments for receivables, and the whole view on the contract. Older snapshots never win. */
export function collectionProjectionActivities(db: Db) {
  return {
    async projectCollection(view: CollectionView & { workflowId: string }): Promise<void> {
      const { start } = view;
      const at = (ms: number | undefined) => (ms === undefined ? null : new Date(ms));
      await db.$transaction(async (tx) => {
        const newer = await tx.contract.updateMany({
          where: { id: start.contractId, collectionVersion: { lt: view.version } },
          data: { collection: JSON.parse(JSON.stringify(view)), collectionVersion: view.version, updatedAt: new Date() },
        });
        if (newer.count === 0) {
          // The deal projects the contract row right after signing; until it has, retry rather than lose this snapshot.
          if (!(await tx.contract.findUnique({ where: { id: start.contractId }, select: { id: true } })))
            throw new Error(`contract ${start.contractId} is not projected yet`);
          return;
        }
        for (const i of view.installments) {
          const next = view.next.find((n) => n.installmentId === i.id);
          const row = {
            paidMinor: BigInt(i.paid),
            dueAt: at(i.dueAt),
            status: isPaid(i) ? 'paid' : i.dueAt === undefined ? 'scheduled' : 'open',
            pausedBy: next?.paused ?? null,
            lastRung: i.rung > 0 ? start.timing.ladder[i.rung - 1].key : null,
            nextReminderAt: next && next.rung && !next.paused ? at(next.at) : null,
            updatedAt: new Date(),
          };
          await tx.installment.upsert({
            where: { id: i.id },
            create: {
              id: i.id,
              contractId: start.contractId,
              dealId: start.deal.dealId,
              ownerId: start.deal.ownerId,
              seq: i.seq,
              label: i.label as object,
              amountMinor: BigInt(i.amount),
              currency: start.currency,
              ...row,
            },
            update: row,
          });
        }
      });
    },
  };
}
