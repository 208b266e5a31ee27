import type { Db } from '../../runtime/db';
import { conflict } from '../http/problem';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * Refuses to demote or deactivate the only active admin, or no one could manage users again.
 * Locks the active admins' rows, so two admins demoting each other at once cannot both succeed.
 */
export async function assertNotLastAdmin(tx: Tx, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id"::text FROM "User" WHERE "role" = 'admin' AND "active" FOR UPDATE`;
  if (admins.length === 1 && admins[0].id === userId) throw conflict('last-admin', 'this is the last active admin; make someone else an admin first');
}
