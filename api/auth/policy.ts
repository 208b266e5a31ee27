import type { Role } from '../../prisma/generated/enums';
import type { Db } from '../../runtime/db';
import { forbidden } from '../http/problem';
import type { AuthedUser } from './authenticate';

/** Who sees and who changes which deals. Reps: their own. Supervisors: their team's. */
const SEES_ALL: readonly Role[] = ['executive', 'admin', 'finance', 'presales', 'service'];
const CHANGES_ALL: readonly Role[] = ['executive', 'admin'];
export const DEAL_OWNER_ROLES: readonly Role[] = ['rep', 'supervisor', 'executive'];

export type DealScope = { all: true } | { all: false; ownerIds: string[] };

async function team(db: Db, user: AuthedUser): Promise<string[]> {
  if (user.role !== 'supervisor') return [user.id];
  const reports = await db.user.findMany({ where: { supervisorId: user.id }, select: { id: true } });
  return [user.id, ...reports.map((r) => r.id)];
}

export async function visibleDeals(db: Db, user: AuthedUser): Promise<DealScope> {
  return SEES_ALL.includes(user.role) ? { all: true } : { all: false, ownerIds: await team(db, user) };
}

export async function canSee(db: Db, user: AuthedUser, ownerId: string): Promise<boolean> {
  const scope = await visibleDeals(db, user);
  return scope.all || scope.ownerIds.includes(ownerId);
}

export async function assertCanSee(db: Db, user: AuthedUser, ownerId: string): Promise<void> {
  if (!(await canSee(db, user, ownerId))) throw forbidden('you can see only your own deals and your team’s');
}

/** Why the user may not change a deal of `ownerId`'s, or null when they may. */
async function changeRefusal(db: Db, user: AuthedUser, ownerId: string): Promise<string | null> {
  if (CHANGES_ALL.includes(user.role)) return null;
  if (!DEAL_OWNER_ROLES.includes(user.role)) return `a ${user.role} cannot change deals`;
  if (!(await team(db, user)).includes(ownerId)) return 'you can change only your own deals and your team’s';
  return null;
}

export const canChange = async (db: Db, user: AuthedUser, ownerId: string): Promise<boolean> => (await changeRefusal(db, user, ownerId)) === null;

export async function assertCanChange(db: Db, user: AuthedUser, ownerId: string): Promise<void> {
  const refusal = await changeRefusal(db, user, ownerId);
  if (refusal) throw forbidden(refusal);
}
