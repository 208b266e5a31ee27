import type { Prisma } from '../../prisma/generated/client';
import type { Db } from '../../runtime/db';
import type { ApprovalView } from '../../state/approval';
import { Problem } from '../http/problem';
import type { ApprovalGateway } from './gateway';

/** The live request; once its workflow is gone from Temporal's retention, its last projected snapshot. */
export async function approvalView(db: Db, gateway: ApprovalGateway, approvalId: string): Promise<ApprovalView> {
  try {
    return await gateway.view(approvalId);
  } catch (err) {
    if (!(err instanceof Problem && err.status === 404)) throw err;
    const row = await db.approval.findUnique({ where: { id: approvalId }, select: { detail: true } });
    if (!row) throw err;
    return row.detail as unknown as ApprovalView;
  }
}

export interface InboxQuery {
  status?: string;
  assignee?: string[];
  dealId?: string;
  requesterId?: string;
  participantId?: string;
}

/** Newest first, keyset-paged on (requestedAt, id). */
export function inboxWhere(q: InboxQuery): Prisma.ApprovalWhereInput {
  return {
    ...(q.status ? { status: q.status } : {}),
    ...(q.assignee ? { OR: [{ assigneeId: { in: q.assignee } }, { approverId: { in: q.assignee } }] } : {}),
    ...(q.dealId ? { dealId: q.dealId } : {}),
    ...(q.requesterId ? { requesterId: q.requesterId } : {}),
    ...(q.participantId ? { participantIds: { has: q.participantId } } : {}),
  };
}
