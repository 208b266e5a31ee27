import type { Db } from '../../runtime/db';
import type { ApprovalView } from '../../state/approval';
import type { AuthedUser } from '../auth/authenticate';
import { assertCanSee } from '../auth/policy';
import { forbidden } from '../http/problem';

/** Whose requests a user decides today: their own, and those of everyone who delegates to them now. */
export async function principalsOf(db: Db, userId: string, at = new Date()): Promise<string[]> {
  const delegations = await db.delegation.findMany({ where: { delegateId: userId, from: { lte: at }, until: { gt: at } }, select: { userId: true } });
  return [userId, ...delegations.map((d) => d.userId)];
}

/** Everyone a request reached may read it, and so may whoever may see its deal. */
export async function assertCanReadApproval(db: Db, user: AuthedUser, view: ApprovalView): Promise<void> {
  const reached = new Set([view.request.requester.id, ...view.levels.flatMap((l) => l.assignments.flatMap((a) => [a.approverId, a.assigneeId]))]);
  const principals = await principalsOf(db, user.id);
  if (principals.some((id) => reached.has(id))) return;
  await assertCanSee(db, user, view.request.deal.ownerId).catch(() => {
    throw forbidden('this approval request is not yours to see');
  });
}
