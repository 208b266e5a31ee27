import { type Action, PERMISSIONS, roleMay } from '../../process';
import type { Db } from '../../runtime/db';
import { forbidden } from '../http/problem';
import type { AuthedUser } from './authenticate';
import { type DealScope, changeableDeals, refuseOutside } from './policy';

/** Lets the user take `action` on a deal's work as the process's permissions table says, or answers 403. */
export async function assertMay(db: Db, user: AuthedUser, action: Action, on: { ownerId: string; assigneeId?: string }): Promise<void> {
  const permission: { dealTeam: boolean; assignee?: boolean } = PERMISSIONS[action];
  if (permission.assignee && on.assigneeId === user.id) return;
  refuseOutside(await mayScope(db, user, action), on.ownerId);
}

/** The deals on whose work the user may take `action`: every deal for its roles, the deals they may change when the deal's team may too; else 403. */
export async function mayScope(db: Db, user: AuthedUser, action: Action): Promise<DealScope> {
  if (roleMay(action, user.role)) return { all: true };
  if (!PERMISSIONS[action].dealTeam) throw forbidden(`this needs one of the roles ${PERMISSIONS[action].roles.join(', ')}; you are ${user.role}`);
  return changeableDeals(db, user);
}
