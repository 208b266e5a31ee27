import { roleMay } from '../../process';
import type { Db } from '../../runtime/db';
import type { AuthedUser } from '../auth/authenticate';
import { visibleDeals } from '../auth/policy';
import { forbidden, notFound } from '../http/problem';

/** The tickets a user reads: all of them for service and management, else those of the deals they see. */
export async function visibleTickets(db: Db, user: AuthedUser): Promise<{ ownerId?: { in: string[] } }> {
  if (roleMay('read_tickets', user.role)) return {};
  const scope = await visibleDeals(db, user);
  return scope.all ? {} : { ownerId: { in: scope.ownerIds } };
}

/** The ticket's row, if the user may read it: 404 when there is none, 403 when it is another rep's customer's. */
export async function readableTicket(db: Db, user: AuthedUser, id: string) {
  const row = await db.ticket.findUnique({ where: { id } });
  if (!row) throw notFound(`ticket ${id}`);
  const scope = await visibleTickets(db, user);
  if (scope.ownerId && !scope.ownerId.in.includes(row.ownerId)) throw forbidden('you can see only the tickets of your own customers');
  return row;
}
