import { roleMay } from '../../process';
import type { Db } from '../../runtime/db';
import type { AuthedUser } from '../auth/authenticate';
import { visibleDeals } from '../auth/policy';
import { forbidden } from '../http/problem';
import type { TicketStatus } from '../../process';
import type { TicketView } from '../../state/ticket';
import type { TicketGateway } from './gateway';

/** The tickets a user reads: all of them for service and management, else those of the deals they see. */
export async function visibleTickets(db: Db, user: AuthedUser): Promise<{ ownerId?: { in: string[] } }> {
  if (roleMay('read_tickets', user.role)) return {};
  const scope = await visibleDeals(db, user);
  return scope.all ? {} : { ownerId: { in: scope.ownerIds } };
}

/** What an access check learns of a ticket: from its row, or from its workflow while the row is still being written. */
export interface ReadableTicket {
  reference: string;
  status: TicketStatus;
  ownerId: string;
  snapshot: TicketView;
}

/** The ticket, if the user may read it: 404 when it does not exist, 403 when it is another rep's customer's. */
export async function readableTicket(db: Db, tickets: TicketGateway, user: AuthedUser, id: string): Promise<ReadableTicket> {
  const row = await db.ticket.findUnique({ where: { id } });
  const ticket = row
    ? { reference: row.reference, status: row.status as TicketStatus, ownerId: row.ownerId, snapshot: row.detail as unknown as TicketView }
    : await justOpened(tickets, id);
  const scope = await visibleTickets(db, user);
  if (scope.ownerId && !scope.ownerId.in.includes(ticket.ownerId)) throw forbidden('you can see only the tickets of your own customers');
  return ticket;
}

/** A ticket opened a moment ago has a workflow before its row: the page it was opened from goes straight to it. */
async function justOpened(tickets: TicketGateway, id: string): Promise<ReadableTicket> {
  const view = await tickets.view(id);
  return { reference: view.start.reference, status: view.status, ownerId: view.start.deal.ownerId, snapshot: view };
}
