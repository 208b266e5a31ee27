import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import { AGE_BUCKETS, type AgeBucket, ageBucket, formatMoney, minorFromBigInt } from '../../process';
import type { Db } from '../../runtime/db';
import { visibleDeals } from '../auth/policy';
import { PageQuery, after, decodeCursor, pageOf, pageSchema } from '../http/page';
import { Timestamp } from '../http/formats';
import { route } from '../http/route';
import { localeOf, say } from '../i18n/locale';

const DAY_MS = 86_400_000;

const Receivable = z
  .object({
    id: z.uuid(),
    contractId: z.uuid(),
    dealId: z.uuid(),
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

/** Open installments: due and unpaid, soonest due first. */
export function receivablesRouter(db: Db, registry: OpenAPIRegistry): Router {
  const router = Router();
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
            { status: 'open' },
            query.bucket ? { dueAt: dueWindow(query.bucket, now) } : {},
            query.ownerId ? { ownerId: query.ownerId } : {},
            scope.all ? {} : { ownerId: { in: scope.ownerIds } },
            after('dueAt', decodeCursor(query.cursor), 'asc'),
          ],
        },
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
      });
      const locale = localeOf(req, user.locale);
      const page = pageOf(rows, query.limit, (r) => ({ at: r.dueAt!, id: r.id }));
      return {
        body: {
          items: page.items.map((r) => {
            const daysOverdue = Math.floor((now - r.dueAt!.getTime()) / DAY_MS);
            const label = r.label as string | { en: string; 'zh-CN': string };
            return {
              id: r.id,
              contractId: r.contractId,
              dealId: r.dealId,
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
