import { type Action, PERMISSIONS, roleMay } from '../../process';
import type { Db } from '../../runtime/db';
import { forbidden } from '../http/problem';
import type { AuthedUser } from './authenticate';
import { assertCanChange } from './policy';

/** Lets the user take `action` on a deal's work as the process's permissions table says, or answers 403. */
export async function assertMay(db: Db, user: AuthedUser, action: Action, on: { ownerId: string; assigneeId?: string }): Promise<void> {
  const permission: { dealTeam: boolean; assignee?: boolean } = PERMISSIONS[action];
  if (roleMay(action, user.role)) return;
  if (permission.assignee && on.assigneeId === user.id) return;
  if (!permission.dealTeam) throw forbidden(`this needs one of the roles ${PERMISSIONS[action].roles.join(', ')}; you are ${user.role}`);
  await assertCanChange(db, user, on.ownerId);
}
