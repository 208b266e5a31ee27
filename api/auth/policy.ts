import type { Role } from '../../prisma/generated/enums';
import type { Db } from '../../runtime/db';
import { forbidden } from '../http/problem';
import type { AuthedUser } from './authenticate';

/** Who sees and who changes which deals. Reps: their own. Supervisors: their team's. */
const SEES_ALL: readonly Role[] = ['executive', 'admin', 'finance', 'presales', 'service'];
const CHANGES_ALL: readonly Role[] = ['executive', 'admin'];
export const DEAL_OWNER_ROLES: readonly Role[] = ['rep', 'supervisor', 'executive'];

export type DealScope = { all: true } | { all: false; ownerIds: string[] };

const inScope = (scope: DealScope, ownerId: string) => scope.all || scope.ownerIds.includes(ownerId);

async function team(db: Db, user: AuthedUser): Promise<string[]> {
  if (user.role !== 'supervisor') return [user.id];
  const reports = await db.user.findMany({ where: { supervisorId: user.id }, select: { id: true } });
  return [user.id, ...reports.map((r) => r.id)];
}

export async function visibleDeals(db: Db, user: AuthedUser): Promise<DealScope> {
  return SEES_ALL.includes(user.role) ? { all: true } : { all: false, ownerIds: await team(db, user) };
}

export async function canSee(db: Db, user: AuthedUser, ownerId: string): Promise<boolean> {
  return inScope(await visibleDeals(db, user), ownerId);
}

export async function assertCanSee(db: Db, user: AuthedUser, ownerId: string): Promise<void> {
  if (!(await canSee(db, user, ownerId))) throw forbidden('you can see only your own deals and your team’s');
}

/** The deals the user may change: all for executives and admins, their own or their team's for reps and supervisors, none for the rest. */
async function changeScope(db: Db, user: AuthedUser): Promise<DealScope | null> {
  if (CHANGES_ALL.includes(user.role)) return { all: true };
  if (!DEAL_OWNER_ROLES.includes(user.role)) return null;
  return { all: false, ownerIds: await team(db, user) };
}

/** The deals the user may change; 403 for a role that changes none. */
export async function changeableDeals(db: Db, user: AuthedUser): Promise<DealScope> {
  const scope = await changeScope(db, user);
  if (!scope) throw forbidden(`a ${user.role} cannot change deals`);
  return scope;
}

export async function canChange(db: Db, user: AuthedUser, ownerId: string): Promise<boolean> {
  const scope = await changeScope(db, user);
  return scope !== null && inScope(scope, ownerId);
}

export async function assertCanChange(db: Db, user: AuthedUser, ownerId: string): Promise<void> {
  refuseOutside(await changeableDeals(db, user), ownerId);
}

/** 403 unless the deals of `ownerId` are among those the user may change. */
export function refuseOutside(scope: DealScope, ownerId: string): void {
  if (!inScope(scope, ownerId)) throw forbidden('you can change only your own deals and your team’s');
}
