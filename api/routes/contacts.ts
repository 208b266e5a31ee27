import { randomUUID } from 'node:crypto';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../runtime/db';
import { PageQuery, after, decodeCursor, pageOf, pageSchema } from '../http/page';
import { notFound, unprocessable } from '../http/problem';
import { Timestamp } from '../http/formats';
import { route } from '../http/route';

export const Contact = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    name: z.string(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    isBilling: z.boolean(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Contact' });

const NewContact = z
  .strictObject({
    accountId: z.uuid(),
    name: z.string().trim().min(1).max(200),
    title: z.string().trim().min(1).max(200).optional(),
    email: z.email().max(320).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[+\d][\d\s()-]{4,30}$/, 'not a phone number')
      .meta({ example: '+86 10 6552 8888' })
      .optional(),
    isBilling: z.boolean().default(false),
  })
  .meta({ id: 'NewContact' });

export function contactsRouter(db: Db, registry: OpenAPIRegistry): Router {
  const router = Router();

  route(router, registry, {
    method: 'post',
    path: '/contacts',
    tag: 'contacts',
    summary: 'Add a contact person to an account',
    body: NewContact,
    responses: { 201: { description: 'Created', schema: Contact }, 422: { description: 'Unknown account' } },
    handler: async ({ body }) => {
      if (!(await db.account.findUnique({ where: { id: body.accountId }, select: { id: true } })))
        throw unprocessable('unknown-reference', 'Unknown account', 'accountId names no account', [{ field: 'body.accountId', message: 'no such account' }]);
      const contact = await db.contact.create({ data: { id: randomUUID(), ...body } });
      return { status: 201, body: contact, headers: { Location: `/api/v1/contacts/${contact.id}` } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/contacts/:id',
    tag: 'contacts',
    summary: 'One contact person',
    params: z.strictObject({ id: z.uuid() }),
    responses: { 200: { description: 'The contact', schema: Contact } },
    handler: async ({ params }) => {
      const contact = await db.contact.findUnique({ where: { id: params.id } });
      if (!contact) throw notFound(`contact ${params.id}`);
      return { body: contact };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/contacts',
    tag: 'contacts',
    summary: 'List contacts, optionally of one account',
    query: z.strictObject({ ...PageQuery, accountId: z.uuid().optional() }),
    responses: { 200: { description: 'A page of contacts', schema: pageSchema(Contact) } },
    handler: async ({ query }) => {
      const rows = await db.contact.findMany({
        where: { accountId: query.accountId, ...after('createdAt', decodeCursor(query.cursor)) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      return { body: pageOf(rows, query.limit, (c) => ({ at: c.createdAt, id: c.id })) };
    },
  });

  return router;
}
