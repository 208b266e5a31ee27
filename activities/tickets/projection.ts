import type { Db } from '../../runtime/db';
import type { TicketView } from '../../state/ticket';

/** Writes the ticket for the ticket lists; an older snapshot never overwrites a newer one. */
export function ticketProjectionActivities(db: Db) {
  return {
    async projectTicket(view: TicketView & { workflowId: string }): Promise<void> {
      const { start } = view;
      const deadline = (target: string) => {
        const c = view.sla.find((s) => s.target === target);
        return c?.deadline == null ? null : new Date(c.deadline);
      };
      const row = {
        assigneeId: view.assigneeId ?? null,
        priority: view.priority,
        status: view.status,
        policy: view.policy,
        breached: view.breached,
        responseDeadline: deadline('response'),
        restoreDeadline: deadline('restore'),
        detail: JSON.parse(JSON.stringify(view)),
        version: view.version,
        updatedAt: new Date(),
      };
      const updated = await db.ticket.updateMany({ where: { id: start.ticketId, version: { lt: view.version } }, data: row });
      if (updated.count > 0) return;
      await db.ticket.createMany({
        data: {
          id: start.ticketId,
          workflowId: view.workflowId,
          reference: start.reference,
          title: start.title,
          contractId: start.contractId,
          dealId: start.deal.dealId,
          ownerId: start.deal.ownerId,
          warranty: start.warranty,
          billableParts: view.billableParts,
          reportedAt: new Date(start.reportedAt),
          ...row,
        },
        skipDuplicates: true,
      });
    },
  };
}
