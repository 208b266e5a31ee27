import type { SlaTarget, TicketPriority } from '../../process';
import type { Db } from '../../runtime/db';
import { webPath } from '../../runtime/web-paths';
import type { TicketStart } from '../../state/ticket';
import { upTheLine } from '../email/reporting-line';
import type { EmailRequest, emailActivities } from '../email/send';

/** What a ticket decides to send: ids and its own numbers; names and addresses are looked up here. */
export interface TicketEmailIntent {
  key: string;
  template: 'ticket_warning' | 'ticket_escalation' | 'ticket_restored';
  ticketId: string;
  reference: string;
  title: string;
  priority: TicketPriority;
  assigneeId?: string;
  deal: TicketStart['deal'];
  timezone: string;
  target?: SlaTarget;
  deadline?: number;
  rung?: 'supervisor' | 'executive';
  resolution?: string;
  breached?: boolean;
}

type Send = ReturnType<typeof emailActivities>['sendEmail'];

export function ticketEmailActivities(db: Db, sendEmail: Send, publicUrl: string) {
  /** The assignee, else every active service engineer: someone must hear the clock run out. */
  async function workers(assigneeId: string | undefined): Promise<string[]> {
    if (assigneeId) return [assigneeId];
    return (await db.user.findMany({ where: { role: 'service', active: true }, select: { id: true }, orderBy: { createdAt: 'asc' } })).map((u) => u.id);
  }

  async function compose(intent: TicketEmailIntent): Promise<EmailRequest> {
    const [account, assignee] = await Promise.all([
      db.account.findUnique({ where: { id: intent.deal.accountId }, select: { name: true } }),
      intent.assigneeId ? db.user.findUnique({ where: { id: intent.assigneeId }, select: { name: true } }) : null,
    ]);
    const about = {
      reference: intent.reference,
      title: intent.title,
      customerName: account?.name ?? '',
      priority: intent.priority,
      assigneeName: assignee?.name,
      ticketUrl: publicUrl + webPath.ticket(intent.ticketId),
    };
    const envelope = { key: intent.key, dealId: intent.deal.dealId };
    switch (intent.template) {
      case 'ticket_warning':
        return {
          ...envelope,
          template: 'ticket_warning',
          to: await workers(intent.assigneeId),
          vars: { ...about, target: intent.target!, deadline: new Date(intent.deadline!).toISOString() },
        };
      case 'ticket_escalation': {
        // Up the line of whoever works the ticket, else of the deal's owner.
        const above = await upTheLine(db, intent.assigneeId ?? intent.deal.ownerId, intent.rung!);
        return {
          ...envelope,
          template: 'ticket_escalation',
          to: above ? [above] : [intent.deal.ownerId],
          cc: intent.assigneeId ? [intent.assigneeId] : [],
          vars: { ...about, target: intent.target!, deadline: new Date(intent.deadline!).toISOString(), rung: intent.rung! },
        };
      }
      case 'ticket_restored':
        return {
          ...envelope,
          template: 'ticket_restored',
          to: [intent.deal.ownerId],
          vars: { ...about, resolution: intent.resolution ?? '', late: intent.breached ?? false },
        };
    }
  }

  return {
    /** Sends one ticket warning, escalation rung or restored notice, once per key. */
    async sendTicketEmail(intent: TicketEmailIntent) {
      return sendEmail(await compose(intent));
    },
  };
}
