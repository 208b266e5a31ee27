import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import { AGE_BUCKETS, type AgeBucket, ageBucket, formatMoney, minorFromBigInt } from '../../process';
import type { Db } from '../../runtime/db';
import { type DealScope, visibleDeals } from '../auth/policy';
import { PageQuery, after, decodeCursor, pageOf, pageSchema } from '../http/page';
import { Timestamp } from '../http/formats';
import { route } from '../http/route';
import { localeOf, say } from '../i18n/locale';

const DAY_MS = 86_400_000;

const Receivable = z
  .object({
    id: z.uuid(),
    contractId: z.uuid(),
    contractReference: z.string(),
    dealId: z.uuid(),
    dealTitle: z.string(),
    accountName: z.string(),
    ownerId: z.uuid(),
    seq: z.number(),
    label: z.string(),
    amount: z.string(),
    paid: z.string(),
    outstanding: z.string(),
    currency: z.string(),
    dueAt: Timestamp,
    daysOverdue: z.number(),
    bucket: z.enum(AGE_BUCKETS).nullable(),
    pausedBy: z.string().nullable(),
    lastRung: z.string().nullable(),
    nextReminderAt: Timestamp.nullable(),
  })
  .meta({ id: 'Receivable' });

const AGEING_BUCKETS = ['upcoming', ...AGE_BUCKETS] as const;

const Ageing = z
  .object({
    buckets: z.array(
      z.object({
        bucket: z.enum(AGEING_BUCKETS),
        amounts: z.array(z.object({ currency: z.string(), outstanding: z.string(), count: z.number().int() })),
      }),
    ),
  })
  .meta({ id: 'Ageing', description: 'What is outstanding per age bucket and currency; `upcoming` is not due yet' });

/** The window of due dates an age bucket covers, counted back from now. */
function dueWindow(bucket: AgeBucket | 'upcoming', now: number) {
  const daysAgo = (d: number) => new Date(now - d * DAY_MS);
  switch (bucket) {
    case 'upcoming':
      return { gt: new Date(now) };
    case '0-30':
      return { lte: new Date(now), gt: daysAgo(30) };
    case '31-60':
      return { lte: daysAgo(30), gt: daysAgo(60) };
    case '61-90':
      return { lte: daysAgo(60), gt: daysAgo(90) };
    case '90+':
      return { lte: daysAgo(90) };
  }
}

/** The rows a user's receivables cover: open installments of the deals they see, of one owner if asked. */
const openRows = (scope: DealScope, ownerId: string | undefined) => [
  { status: 'open' },
  ownerId ? { ownerId } : {},
  scope.all ? {} : { ownerId: { in: scope.ownerIds } },
];

/** Open installments: due and unpaid, soonest due first. */
export function receivablesRouter(db: Db, registry: OpenAPIRegistry): Router {
  const router = Router();
  route(router, registry, {
    method: 'get',
    path: '/receivables/ageing',
    tag: 'installments',
    summary: 'What is outstanding per age bucket (the same buckets and rows as GET /receivables) and currency, exact',
    query: z.strictObject({ ownerId: z.uuid().optional() }),
    responses: { 200: { description: 'The ageing', schema: Ageing } },
    handler: async ({ query, user }) => {
      const now = Date.now();
      const scope = await visibleDeals(db, user);
      const buckets = await Promise.all(
        AGEING_BUCKETS.map(async (bucket) => {
          const sums = await db.installment.groupBy({
            by: ['currency'],
            where: { AND: [...openRows(scope, query.ownerId), { dueAt: dueWindow(bucket, now) }] },
            _sum: { amountMinor: true, paidMinor: true },
            _count: { _all: true },
            orderBy: { currency: 'asc' },
          });
          const amounts = sums.map((s) => ({
            currency: s.currency,
            outstanding: formatMoney(minorFromBigInt((s._sum.amountMinor ?? 0n) - (s._sum.paidMinor ?? 0n))),
            count: s._count._all,
          }));
          return { bucket, amounts };
        }),
      );
      return { body: { buckets } };
    },
  });
  route(router, registry, {
    method: 'get',
    path: '/receivables',
    tag: 'installments',
    summary: 'Open installments (due date known, not paid in full), oldest due first; `bucket` filters overdue ones by age, `upcoming` those not due yet',
    query: z.strictObject({ bucket: z.enum([...AGE_BUCKETS, 'upcoming']).optional(), ownerId: z.uuid().optional(), ...PageQuery }),
    responses: { 200: { description: 'A page of receivables', schema: pageSchema(Receivable) } },
    handler: async ({ query, user, req }) => {
      const now = Date.now();
      const scope = await visibleDeals(db, user);
      const rows = await db.installment.findMany({
        where: {
          AND: [
            ...openRows(scope, query.ownerId),
            query.bucket ? { dueAt: dueWindow(query.bucket, now) } : {},
            after('dueAt', decodeCursor(query.cursor), 'asc'),
          ],
        },
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
        include: { contract: { select: { reference: true } } },
      });
      const locale = localeOf(req, user.locale);
      const page = pageOf(rows, query.limit, (r) => ({ at: r.dueAt!, id: r.id }));
      const deals = new Map(
        (
          await db.deal.findMany({
            where: { id: { in: [...new Set(page.items.map((r) => r.dealId))] } },
            select: { id: true, title: true, account: { select: { name: true } } },
          })
        ).map((d) => [d.id, d]),
      );
      return {
        body: {
          items: page.items.map((r) => {
            const daysOverdue = Math.floor((now - r.dueAt!.getTime()) / DAY_MS);
            const label = r.label as string | { en: string; 'zh-CN': string };
            return {
              id: r.id,
              contractId: r.contractId,
              contractReference: r.contract.reference,
              dealId: r.dealId,
              dealTitle: deals.get(r.dealId)?.title ?? '',
              accountName: deals.get(r.dealId)?.account.name ?? '',
              ownerId: r.ownerId,
              seq: r.seq,
              label: typeof label === 'string' ? label : say(label, locale),
              amount: formatMoney(minorFromBigInt(r.amountMinor)),
              paid: formatMoney(minorFromBigInt(r.paidMinor)),
              outstanding: formatMoney(minorFromBigInt(r.amountMinor - r.paidMinor)),
              currency: r.currency,
              dueAt: r.dueAt!,
              daysOverdue,
              bucket: daysOverdue >= 0 ? ageBucket(daysOverdue) : null,
              pausedBy: r.pausedBy,
              lastRung: r.lastRung,
              nextReminderAt: r.nextReminderAt,
            };
          }),
          nextCursor: page.nextCursor,
        },
      };
    },
  });
  return router;
}
