import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../runtime/db';
import { forbidden, notFound, unprocessable } from '../http/problem';
import { Timestamp } from '../http/formats';
import { route } from '../http/route';
import type { AuthedUser } from '../auth/authenticate';

const Params = z.strictObject({ id: z.uuid() });
const MAX_DAYS = 366;

const NewDelegation = z
  .strictObject({ delegateId: z.uuid(), from: z.iso.datetime({ offset: true }), until: z.iso.datetime({ offset: true }) })
  .meta({ id: 'NewDelegation', description: 'While away: new and escalated approvals go to the delegate from `from` until `until`' });

const Delegation = z
  .object({ userId: z.uuid(), delegateId: z.uuid(), delegateName: z.string(), from: Timestamp, until: Timestamp, active: z.boolean() })
  .meta({ id: 'Delegation' });

const mayManage = (user: AuthedUser, userId: string) => {
  if (user.id !== userId && user.role !== 'admin') throw forbidden('you can set a delegate only for yourself');
};

/** A user's stand-in for approvals over a date range. */
export function delegationRouter(db: Db, registry: OpenAPIRegistry): Router {
  const router = Router();

  const present = async (row: { userId: string; delegateId: string; from: Date; until: Date }) => {
    const delegate = await db.user.findUnique({ where: { id: row.delegateId }, select: { name: true } });
    const now = Date.now();
    return {
      userId: row.userId,
      delegateId: row.delegateId,
      delegateName: delegate?.name ?? '?',
      from: row.from.toISOString(),
      until: row.until.toISOString(),
      active: row.from.getTime() <= now && now < row.until.getTime(),
    };
  };

  route(router, registry, {
    method: 'get',
    path: '/users/:id/delegation',
    tag: 'users',
    summary: 'The delegate set for a user, if any',
    params: Params,
    responses: { 200: { description: 'The delegation', schema: Delegation }, 404: { description: 'No delegate set' } },
    handler: async ({ params, user }) => {
      mayManage(user, params.id);
      const row = await db.delegation.findUnique({ where: { userId: params.id } });
      if (!row) throw notFound(`a delegation for user ${params.id}`);
      return { body: await present(row) };
    },
  });

  route(router, registry, {
    method: 'put',
    path: '/users/:id/delegation',
    tag: 'users',
    summary: 'Set (or replace) the delegate who decides your approvals for a date range',
    params: Params,
    body: NewDelegation,
    responses: {
      200: { description: 'The delegation', schema: Delegation },
      403: { description: 'Not yourself' },
      422: { description: 'Unknown or inactive delegate, yourself, or a bad range' },
    },
    handler: async ({ params, body, user }) => {
      mayManage(user, params.id);
      if (!(await db.user.findUnique({ where: { id: params.id }, select: { id: true } }))) throw notFound(`user ${params.id}`);
      const from = new Date(body.from);
      const until = new Date(body.until);
      const delegate = await db.user.findUnique({ where: { id: body.delegateId }, select: { active: true } });
      const errors = [
        ...(body.delegateId === params.id ? [{ field: 'body.delegateId', message: 'a user cannot be their own delegate' }] : []),
        ...(!delegate
          ? [{ field: 'body.delegateId', message: 'no such user' }]
          : delegate.active
            ? []
            : [{ field: 'body.delegateId', message: 'this user is not active' }]),
        ...(until <= from ? [{ field: 'body.until', message: 'must be after from' }] : []),
        ...(until.getTime() <= Date.now() ? [{ field: 'body.until', message: 'is already past' }] : []),
        ...(until.getTime() - from.getTime() > MAX_DAYS * 86_400_000 ? [{ field: 'body.until', message: `a delegation lasts at most ${MAX_DAYS} days` }] : []),
      ];
      if (errors.length) throw unprocessable('invalid-delegation', 'Invalid delegation', 'the delegation cannot be set', errors);
      const data = { delegateId: body.delegateId, from, until };
      const row = await db.delegation.upsert({ where: { userId: params.id }, create: { userId: params.id, ...data }, update: data });
      return { body: await present(row) };
    },
  });

  route(router, registry, {
    method: 'delete',
    path: '/users/:id/delegation',
    tag: 'users',
    summary: 'End the delegation now; requests already with the delegate stay with them',
    params: Params,
    responses: { 204: { description: 'Removed' }, 404: { description: 'No delegate set' } },
    handler: async ({ params, user }) => {
      mayManage(user, params.id);
      const { count } = await db.delegation.deleteMany({ where: { userId: params.id } });
      if (count === 0) throw notFound(`a delegation for user ${params.id}`);
      return { status: 204 };
    },
  });

  return router;
}
