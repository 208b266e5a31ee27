import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import { Money, OPEN_STAGES } from '../../process';
import type { Db } from '../../runtime/db';
import { visibleDeals } from '../auth/policy';
import { boardCards, boardColumns } from '../deals/board';
import { Timestamp } from '../http/formats';
import { PageQuery, pageSchema } from '../http/page';
import { route } from '../http/route';

const OpenStage = z.enum(OPEN_STAGES);

const BoardFilter = {
  ownerId: z.uuid().optional(),
  teamOf: z.uuid().optional().meta({ description: 'Deals owned by this user or by anyone whose supervisor they are' }),
  accountId: z.uuid().optional(),
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'Part of the title or of the account’s name' }),
};

const Sums = z.array(
  z.object({
    currency: z.string(),
    amount: Money,
    weighted: Money.meta({ description: 'Σ amount × probability / 100, rounded half up to the minor unit once' }),
  }),
);

const Board = z
  .object({
    columns: z.array(z.object({ stage: OpenStage, count: z.number().int(), sums: Sums })).meta({ description: 'One per open stage, in the funnel’s order' }),
    totals: z.object({ count: z.number().int(), sums: Sums }),
  })
  .meta({ id: 'Board' });

const BoardCard = z
  .object({
    id: z.uuid(),
    title: z.string(),
    accountId: z.uuid(),
    accountName: z.string(),
    ownerId: z.uuid(),
    ownerName: z.string(),
    amount: Money,
    currency: z.string(),
    stage: OpenStage,
    probability: z.number(),
    stageEnteredAt: Timestamp,
    updatedAt: Timestamp,
    overdueFollowUps: z.number().int().meta({ description: 'Open or snoozed follow-ups past their due time' }),
    stalled: z.boolean().meta({ description: 'The stage’s stall watch has alerted' }),
    pendingApproval: z.object({ approvalId: z.uuid(), holderName: z.string().nullable(), stageRequested: OpenStage.nullable() }).nullable(),
  })
  .meta({ id: 'BoardCard' });

/** The pipeline board: column sums in one aggregate, and each column's cards a page at a time. */
export function boardRouter(db: Db, registry: OpenAPIRegistry): Router {
  const router = Router();

  route(router, registry, {
    method: 'get',
    path: '/board',
    tag: 'board',
    summary: 'Open deals you may see, counted and summed per stage and currency',
    query: z.strictObject(BoardFilter),
    responses: { 200: { description: 'The board’s columns and totals', schema: Board } },
    handler: async ({ query, user }) => ({ body: await boardColumns(db, await visibleDeals(db, user), query) }),
  });

  route(router, registry, {
    method: 'get',
    path: '/board/cards',
    tag: 'board',
    summary: 'One column’s open deals you may see, most recently changed first, with their badges',
    query: z.strictObject({ ...PageQuery, ...BoardFilter, stage: OpenStage }),
    responses: { 200: { description: 'A page of cards', schema: pageSchema(BoardCard) } },
    handler: async ({ query, user }) => ({ body: await boardCards(db, await visibleDeals(db, user), query) }),
  });

  return router;
}
