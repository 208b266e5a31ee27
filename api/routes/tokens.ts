import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../runtime/db';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, TOKEN_FIELDS, issueApiToken } from '../auth/api-tokens';
import { Timestamp } from '../http/formats';
import { PageQuery, after, decodeCursor, pageOf, pageSchema } from '../http/page';
import { notFound } from '../http/problem';
import { route } from '../http/route';

const DAY = 86_400_000;

const ApiToken = z
  .object({ id: z.uuid(), name: z.string(), expiresAt: Timestamp, lastUsedAt: Timestamp.nullable(), createdAt: Timestamp, revokedAt: Timestamp.nullable() })
  .meta({ id: 'ApiToken' });

const NewApiToken = z
  .strictObject({
    name: z.string().trim().min(1).max(100).describe('What the token is for, e.g. "ERP sync"'),
    expiresInDays: z
      .int()
      .min(1)
      .max(MAX_TOKEN_DAYS)
      .optional()
      .describe(`Days until it stops working; ${DEFAULT_TOKEN_DAYS} when neither this nor expiresAt is given`),
    expiresAt: z.iso
      .datetime({ offset: true })
      .optional()
      .refine((at) => at === undefined || Date.parse(at) > Date.now(), 'must be in the future')
      .refine((at) => at === undefined || Date.parse(at) <= Date.now() + MAX_TOKEN_DAYS * DAY, `at most ${MAX_TOKEN_DAYS} days ahead`),
  })
  .refine((t) => t.expiresInDays === undefined || t.expiresAt === undefined, { path: ['expiresAt'], message: 'give expiresAt or expiresInDays, not both' })
  .meta({ id: 'NewApiToken' });

const TokenId = z.strictObject({ id: z.uuid() });

/** Personal API tokens: each user manages their own, for integrations and scripts. */
export function tokensRouter(db: Db, registry: OpenAPIRegistry): Router {
  const router = Router();

  const ownToken = async (id: string, userId: string) => {
    const token = await db.apiToken.findFirst({ where: { id, userId }, select: TOKEN_FIELDS });
    if (!token) throw notFound(`token ${id}`);
    return token;
  };

  route(router, registry, {
    method: 'get',
    path: '/tokens',
    tag: 'tokens',
    summary: 'Your personal API tokens, newest first (never their secret), including expired and revoked ones',
    query: z.strictObject(PageQuery),
    responses: { 200: { description: 'A page of tokens', schema: pageSchema(ApiToken) } },
    handler: async ({ query, user }) => {
      const rows = await db.apiToken.findMany({
        where: { userId: user.id, ...after('createdAt', decodeCursor(query.cursor)) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
        select: TOKEN_FIELDS,
      });
      return { body: pageOf(rows, query.limit, (t) => ({ at: t.createdAt, id: t.id })) };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/tokens',
    tag: 'tokens',
    summary: 'Make a personal API token; the answer shows its secret this once. Send it as Authorization: Bearer <token>',
    body: NewApiToken,
    responses: { 201: { description: 'Created', schema: ApiToken.extend({ token: z.string() }) } },
    handler: async ({ body, user }) => {
      const expiresAt = body.expiresAt ? new Date(body.expiresAt) : new Date(Date.now() + (body.expiresInDays ?? DEFAULT_TOKEN_DAYS) * DAY);
      const token = await issueApiToken(db, user.id, body.name, expiresAt);
      return { status: 201, body: token, headers: { Location: `/api/v1/tokens/${token.id}`, 'Cache-Control': 'no-store' } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/tokens/:id',
    tag: 'tokens',
    summary: 'One of your tokens (never its secret)',
    params: TokenId,
    responses: { 200: { description: 'The token', schema: ApiToken }, 404: { description: 'You have no such token' } },
    handler: async ({ params, user }) => ({ body: await ownToken(params.id, user.id) }),
  });

  route(router, registry, {
    method: 'delete',
    path: '/tokens/:id',
    tag: 'tokens',
    summary: 'Revoke one of your tokens; it stops working at once',
    params: TokenId,
    responses: { 204: { description: 'Revoked' }, 404: { description: 'You have no such token' } },
    handler: async ({ params, user }) => {
      await ownToken(params.id, user.id);
      await db.apiToken.updateMany({ where: { id: params.id, revokedAt: null }, data: { revokedAt: new Date() } });
      return { status: 204 };
    },
  });

  return router;
}
