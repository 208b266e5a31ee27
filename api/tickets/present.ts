import type { Ticket as TicketRow } from '../../prisma/generated/client';
import { type TicketView, slaClockView } from '../../state/ticket';

const iso = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString());

/** A ticket in a list, from its row: its last snapshot gives the deal's title and the clocks, read at `now`. */
export const presentTicket = (r: TicketRow, now: number) => ({
  id: r.id,
  reference: r.reference,
  title: r.title,
  contractId: r.contractId,
  dealId: r.dealId,
  dealTitle: (r.detail as unknown as TicketView).start.deal.title,
  ownerId: r.ownerId,
  assigneeId: r.assigneeId,
  priority: r.priority,
  warranty: r.warranty,
  state: r.status,
  policy: r.policy,
  breached: r.breached,
  billableParts: r.billableParts,
  reportedAt: r.reportedAt.toISOString(),
  responseDeadline: r.responseDeadline?.toISOString() ?? null,
  restoreDeadline: r.restoreDeadline?.toISOString() ?? null,
  sla: slaClocks(r.detail as unknown as TicketView, now),
});

/** Each SLA target's clock as people read it at `now`. */
const slaClocks = (view: TicketView, now: number) =>
  view.sla.map((c) => {
    const live = slaClockView(
      view,
      view.clocks.find((k) => k.target === c.target)!,
      now,
    );
    return {
      ...live,
      deadline: iso(live.deadline),
      warningAt: iso(live.warningAt),
      warnedAt: iso(live.warnedAt),
      breachedAt: iso(live.breachedAt),
      metAt: iso(live.metAt),
    };
  });

/** The whole ticket with its SLA clocks read at `now`, from the workflow's state. */
export function presentTicketDetail(view: TicketView, now: number) {
  const { start } = view;
  const sla = slaClocks(view, now);
  return {
    id: start.ticketId,
    reference: start.reference,
    title: start.title,
    contractId: start.contractId,
    dealId: start.deal.dealId,
    dealTitle: start.deal.title,
    ownerId: start.deal.ownerId,
    assigneeId: view.assigneeId ?? null,
    priority: view.priority,
    warranty: start.warranty,
    state: view.status,
    policy: view.policy,
    breached: view.breached,
    billableParts: view.billableParts,
    reportedAt: iso(start.reportedAt)!,
    responseDeadline: sla.find((c) => c.target === 'response')?.deadline ?? null,
    restoreDeadline: sla.find((c) => c.target === 'restore')?.deadline ?? null,
    description: start.description,
    reportedBy: start.reportedBy,
    openedBy: start.openedBy,
    resolution: view.resolution ?? null,
    respondedAt: iso(view.respondedAt),
    restoredAt: iso(view.restoredAt),
    reopenUntil: iso(view.reopenUntil),
    reopenedCount: view.reopenedCount,
    sla,
    history: view.history.map((s) => ({ ...s, at: iso(s.at)! })),
  };
}
