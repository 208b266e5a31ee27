import { Prisma } from '../../prisma/generated/client';
import { OPEN_STAGES, type OpenStage, formatMoney, minorFromBigInt } from '../../process';
import type { Db } from '../../runtime/db';
import type { DealScope } from '../auth/policy';
import { containsPattern } from '../http/like';
import { after, decodeCursor, pageOf } from '../http/page';

/** Which open deals the board shows: the viewer's row rules, then the filters they chose. */
export interface BoardFilter {
  ownerId?: string;
  /** Deals owned by this user or by anyone who reports to them. */
  teamOf?: string;
  accountId?: string;
  q?: string;
}

const PENDING_FOLLOW_UP_STATES = ['open', 'snoozed'];

function dealWhere(scope: DealScope, f: BoardFilter): Prisma.DealWhereInput {
  return {
    AND: [
      { status: 'open' },
      scope.all ? {} : { ownerId: { in: scope.ownerIds } },
      f.ownerId ? { ownerId: f.ownerId } : {},
      f.teamOf ? { OR: [{ ownerId: f.teamOf }, { owner: { supervisorId: f.teamOf } }] } : {},
      f.accountId ? { accountId: f.accountId } : {},
      f.q ? { OR: [{ title: { contains: f.q, mode: 'insensitive' } }, { account: { name: { contains: f.q, mode: 'insensitive' } } }] } : {},
    ],
  };
}

/** The same rules in SQL, for the aggregate that Prisma's groupBy cannot express (amount × probability). */
function dealSql(scope: DealScope, f: BoardFilter): Prisma.Sql {
  const like = f.q && containsPattern(f.q);
  const rules = [
    Prisma.sql`d."status" = 'open'`,
    scope.all ? undefined : Prisma.sql`d."ownerId" = ANY(${scope.ownerIds}::uuid[])`,
    f.ownerId ? Prisma.sql`d."ownerId" = ${f.ownerId}::uuid` : undefined,
    f.teamOf ? Prisma.sql`(d."ownerId" = ${f.teamOf}::uuid OR o."supervisorId" = ${f.teamOf}::uuid)` : undefined,
    f.accountId ? Prisma.sql`d."accountId" = ${f.accountId}::uuid` : undefined,
    like ? Prisma.sql`(d."title" ILIKE ${like} OR a."name" ILIKE ${like})` : undefined,
  ].filter((r): r is Prisma.Sql => r !== undefined);
  return Prisma.join(rules, ' AND ');
}

interface ColumnRow {
  stage: string;
  currency: string;
  count: bigint;
  amount: bigint;
  weighted: bigint;
}

type Sums = { currency: string; amount: string; weighted: string }[];

function addTo(sums: Map<string, { amount: bigint; weighted: bigint }>, row: ColumnRow) {
  const s = sums.get(row.currency) ?? { amount: 0n, weighted: 0n };
  sums.set(row.currency, { amount: s.amount + row.amount, weighted: s.weighted + row.weighted });
}

/** Σ amount × probability is in hundredths of a minor unit; the weighted sum is rounded half up to the minor unit only once, at the end. */
const presentSums = (sums: Map<string, { amount: bigint; weighted: bigint }>): Sums =>
  [...sums]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, s]) => ({ currency, amount: formatMoney(minorFromBigInt(s.amount)), weighted: formatMoney(minorFromBigInt((s.weighted + 50n) / 100n)) }));

/** One aggregate over the open deals: count and sums per stage and currency, in the funnel's order. */
export async function boardColumns(db: Db, scope: DealScope, f: BoardFilter) {
  const rows = await db.$queryRaw<ColumnRow[]>`
    SELECT d."stage", d."currency", COUNT(*)::bigint AS "count", SUM(d."amountMinor")::bigint AS "amount",
           SUM(d."amountMinor" * d."probability")::bigint AS "weighted"
    FROM "Deal" d JOIN "User" o ON o."id" = d."ownerId" JOIN "Account" a ON a."id" = d."accountId"
    WHERE ${dealSql(scope, f)}
    GROUP BY d."stage", d."currency"`;
  const total = new Map<string, { amount: bigint; weighted: bigint }>();
  let totalCount = 0;
  const columns = OPEN_STAGES.map((stage) => {
    const sums = new Map<string, { amount: bigint; weighted: bigint }>();
    let count = 0;
    for (const row of rows.filter((r) => r.stage === stage)) {
      count += Number(row.count);
      addTo(sums, row);
      addTo(total, row);
    }
    totalCount += count;
    return { stage, count, sums: presentSums(sums) };
  });
  return { columns, totals: { count: totalCount, sums: presentSums(total) } };
}

export interface CardsQuery extends BoardFilter {
  stage: OpenStage;
  cursor?: string;
  limit: number;
}

/** One column's page of cards, most recently changed first, with what their badges need. */
export async function boardCards(db: Db, scope: DealScope, q: CardsQuery, now = new Date()) {
  const rows = await db.deal.findMany({
    where: { AND: [dealWhere(scope, q), { stage: q.stage }, after('updatedAt', decodeCursor(q.cursor))] },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: q.limit + 1,
    select: {
      id: true,
      title: true,
      accountId: true,
      ownerId: true,
      amountMinor: true,
      currency: true,
      stage: true,
      probability: true,
      stageEnteredAt: true,
      stallSince: true,
      updatedAt: true,
      account: { select: { name: true } },
      owner: { select: { name: true } },
    },
  });
  const page = pageOf(rows, q.limit, (d) => ({ at: d.updatedAt, id: d.id }));
  const ids = page.items.map((d) => d.id);
  const [overdue, approvals] = await Promise.all([
    db.followUp.groupBy({ by: ['dealId'], where: { dealId: { in: ids }, state: { in: PENDING_FOLLOW_UP_STATES }, dueAt: { lt: now } }, _count: true }),
    db.approval.findMany({ where: { dealId: { in: ids }, status: 'pending' }, select: { id: true, dealId: true, assigneeId: true, detail: true } }),
  ]);
  const holders = await db.user.findMany({
    where: { id: { in: approvals.flatMap((a) => (a.assigneeId ? [a.assigneeId] : [])) } },
    select: { id: true, name: true },
  });
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ account, owner, amountMinor, stallSince, ...d }) => {
      const approval = approvals.find((a) => a.dealId === d.id);
      return {
        ...d,
        amount: formatMoney(minorFromBigInt(amountMinor)),
        accountName: account.name,
        ownerName: owner.name,
        overdueFollowUps: overdue.find((o) => o.dealId === d.id)?._count ?? 0,
        stalled: stallSince !== null,
        pendingApproval: approval
          ? {
              approvalId: approval.id,
              holderName: holders.find((h) => h.id === approval.assigneeId)?.name ?? null,
              stageRequested: (approval.detail as { request?: { stage?: OpenStage } }).request?.stage ?? null,
            }
          : null,
      };
    }),
  };
}
