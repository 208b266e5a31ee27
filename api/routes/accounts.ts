import { randomUUID } from 'node:crypto';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../runtime/db';
import { PageQuery, after, decodeCursor, pageOf, pageSchema } from '../http/page';
import { notFound } from '../http/problem';
import { Timestamp } from '../http/formats';
import { route } from '../http/route';
import { Contact } from './contacts';

const Account = z
  .object({
    id: z.uuid(),
    name: z.string(),
    industry: z.string().nullable(),
    website: z.string().nullable(),
    createdById: z.uuid(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Account' });

const NewAccount = z
  .strictObject({
    name: z.string().trim().min(1).max(300),
    industry: z.string().trim().min(1).max(200).optional(),
    website: z.url().max(500).optional(),
  })
  .meta({ id: 'NewAccount' });

export function accountsRouter(db: Db, registry: OpenAPIRegistry): Router {
  const router = Router();

  route(router, registry, {
    method: 'post',
    path: '/accounts',
    tag: 'accounts',
    summary: 'Create a customer account',
    body: NewAccount,
    responses: { 201: { description: 'Created', schema: Account } },
    handler: async ({ body, user }) => {
      const account = await db.account.create({ data: { id: randomUUID(), ...body, createdById: user.id } });
      return { status: 201, body: account, headers: { Location: `/api/v1/accounts/${account.id}` } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/accounts',
    tag: 'accounts',
    summary: 'List or search accounts, newest first',
    query: z.strictObject({ ...PageQuery, q: z.string().trim().min(1).max(200).optional() }),
    responses: { 200: { description: 'A page of accounts', schema: pageSchema(Account) } },
    handler: async ({ query }) => {
      const rows = await db.account.findMany({
        where: { ...(query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}), ...after('createdAt', decodeCursor(query.cursor)) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      return { body: pageOf(rows, query.limit, (a) => ({ at: a.createdAt, id: a.id })) };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/accounts/:id',
    tag: 'accounts',
    summary: 'One account with its contacts',
    params: z.strictObject({ id: z.uuid() }),
    responses: { 200: { description: 'The account', schema: Account.extend({ contacts: z.array(Contact) }) }, 404: { description: 'No such account' } },
    handler: async ({ params }) => {
      const account = await db.account.findUnique({ where: { id: params.id }, include: { contacts: { orderBy: { createdAt: 'asc' } } } });
      if (!account) throw notFound(`account ${params.id}`);
      return { body: account };
    },
  });

  return router;
}
