import type { Prisma } from '../../prisma/generated/client';
import { formatMoney, minorFromBigInt } from '../../process';
import type { Db } from '../../runtime/db';
import type { DealScope } from '../auth/policy';
import { after, decodeCursor, pageOf } from '../http/page';

export interface DealFilter {
  stage?: string;
  ownerId?: string;
  q?: string;
  cursor?: string;
  limit: number;
}

/** Lists come from the read model the workflows project, newest change first. */
export async function listDeals(db: Db, scope: DealScope, f: DealFilter) {
  const where: Prisma.DealWhereInput = {
    AND: [
      scope.all ? {} : { ownerId: { in: scope.ownerIds } },
      f.stage ? { stage: f.stage } : {},
      f.ownerId ? { ownerId: f.ownerId } : {},
      f.q ? { OR: [{ title: { contains: f.q, mode: 'insensitive' } }, { account: { name: { contains: f.q, mode: 'insensitive' } } }] } : {},
      after('updatedAt', decodeCursor(f.cursor)),
    ],
  };
  const rows = await db.deal.findMany({
    where,
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: f.limit + 1,
    select: {
      id: true,
      title: true,
      accountId: true,
      ownerId: true,
      amountMinor: true,
      currency: true,
      stage: true,
      status: true,
      probability: true,
      stageEnteredAt: true,
      updatedAt: true,
      account: { select: { name: true } },
    },
  });
  const page = pageOf(rows, f.limit, (d) => ({ at: d.updatedAt, id: d.id }));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ account, amountMinor, ...d }) => ({ ...d, amount: formatMoney(minorFromBigInt(amountMinor)), accountName: account.name })),
  };
}

/** Oldest first; the cursor is the last seq of the page before. */
export async function dealTimeline(db: Db, dealId: string, cursor: string | undefined, limit: number) {
  const rows = await db.timelineEvent.findMany({
    where: { dealId, seq: { gt: cursor === undefined ? 0 : Number(cursor) } },
    orderBy: { seq: 'asc' },
    take: limit + 1,
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? String(items[items.length - 1].seq) : null };
}
