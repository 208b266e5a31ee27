import type { Db } from '../../runtime/db';
import type { TenderView } from '../../state/tender';

/** Writes the tender for the tender calendar; an older snapshot never overwrites a newer one. */
export function tenderProjectionActivities(db: Db) {
  return {
    async projectTender(view: TenderView & { workflowId: string }): Promise<void> {
      const { start } = view;
      const at = (ms: number | undefined) => (ms === undefined ? null : new Date(ms));
      const row = {
        status: view.status,
        detail: JSON.parse(JSON.stringify(view)),
        version: view.version,
        updatedAt: new Date(),
      };
      const updated = await db.tender.updateMany({ where: { id: start.tenderId, version: { lt: view.version } }, data: row });
      if (updated.count > 0) return;
      await db.tender.createMany({
        data: {
          id: start.tenderId,
          workflowId: view.workflowId,
          dealId: start.deal.dealId,
          ownerId: start.deal.ownerId,
          presalesId: start.presalesId,
          tenderNo: start.tenderNo,
          submissionDeadline: new Date(start.submissionDeadline),
          openingAt: new Date(start.openingAt),
          presentationAt: at(start.presentationAt),
          ...row,
        },
        skipDuplicates: true,
      });
    },
  };
}
