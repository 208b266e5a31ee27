import { randomUUID } from 'node:crypto';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import { LOCALES } from '../../process';
import { Role } from '../../prisma/generated/enums';
import type { Db } from '../../runtime/db';
import type { AuthedUser } from '../auth/authenticate';
import { sendInvitation } from '../auth/invitation';
import { assertNotLastAdmin } from '../auth/last-admin';
import { endSessionsOf } from '../auth/sessions';
import type { SignInSettings } from '../auth/settings';
import type { SignInMail } from '../auth/sign-in-mail';
import { Timestamp } from '../http/formats';
import { PageQuery, after, decodeCursor, pageOf, pageSchema } from '../http/page';
import { conflict, forbidden, notFound, unprocessable } from '../http/problem';
import { route } from '../http/route';
import { User, publicFields } from '../users/present';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
const timezone = z.string().refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', { message: 'not an IANA time zone' });
const endsAfterStart = (u: { workdayStart?: string; workdayEnd?: string }) => !u.workdayStart || !u.workdayEnd || u.workdayEnd > u.workdayStart;
const WORKDAY_BACKWARDS = 'the working day must end after it starts';
const workday = () => ({ path: ['workdayEnd'], message: WORKDAY_BACKWARDS });

const NewUser = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320),
    role: z.enum(Role),
    supervisorId: z.uuid().optional(),
    locale: z.enum(LOCALES).default('zh-CN'),
    timezone: timezone.default('Asia/Shanghai'),
    workdayStart: hhmm.default('09:00'),
    workdayEnd: hhmm.default('18:00'),
    invite: z.boolean().default(true).describe('Email an invitation to set a password now; false to send it later with POST /users/{id}/invitation'),
  })
  .refine(endsAfterStart, workday())
  .meta({ id: 'NewUser' });

/** What a user may change of their own; an admin may also change role, supervisor and whether the user is active. */
const UserChanges = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    locale: z.enum(LOCALES).optional(),
    timezone: timezone.optional(),
    workdayStart: hhmm.optional(),
    workdayEnd: hhmm.optional(),
    role: z.enum(Role).optional(),
    supervisorId: z.uuid().nullable().optional(),
    active: z.boolean().optional(),
  })
  .refine((c) => Object.keys(c).length > 0, { message: 'change at least one field' })
  .meta({ id: 'UserChanges' });
const ADMIN_ONLY = ['role', 'supervisorId', 'active'] as const;

const Invitation = z.object({ email: z.string(), expiresAt: Timestamp }).meta({ id: 'Invitation' });

export interface UserDeps {
  onCalendarChange: (userId: string) => Promise<void>;
  mail: SignInMail;
  signIn: SignInSettings;
}

export function usersRouter(db: Db, registry: OpenAPIRegistry, deps: UserDeps): Router {
  const router = Router();
  const invite = (user: Parameters<typeof sendInvitation>[3], by: AuthedUser) => sendInvitation(db, deps.mail, deps.signIn, user, by.name);

  route(router, registry, {
    method: 'post',
    path: '/users',
    tag: 'users',
    summary: 'Create a user and email them an invitation to set their password (a one-time link, valid 72 hours)',
    roles: ['admin'],
    body: NewUser,
    responses: { 201: { description: 'Created', schema: User }, 409: { description: 'Email taken' }, 422: { description: 'Unknown supervisor' } },
    handler: async ({ body: { invite: inviteNow, ...body }, user: admin }) => {
      if (await db.user.findFirst({ where: { email: { equals: body.email, mode: 'insensitive' } }, select: { id: true } }))
        throw conflict('email-taken', `a user with email ${body.email} already exists`);
      if (body.supervisorId && !(await db.user.findUnique({ where: { id: body.supervisorId }, select: { id: true } })))
        throw unprocessable('unknown-reference', 'Unknown supervisor', 'supervisorId names no user', [{ field: 'body.supervisorId', message: 'no such user' }]);
      const user = await db.user.create({ data: { id: randomUUID(), ...body }, select: publicFields });
      if (inviteNow) await invite(user, admin);
      return { status: 201, body: user, headers: { Location: `/api/v1/users/${user.id}` } };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/users/:id/invitation',
    tag: 'users',
    summary: 'Email the user a new invitation; earlier invitation links stop working',
    roles: ['admin'],
    params: z.strictObject({ id: z.uuid() }),
    responses: {
      202: { description: 'The invitation is on its way', schema: Invitation, location: false },
      404: { description: 'No such user' },
      409: { description: 'The user is inactive, or has set a password already (they can use forgot password)' },
    },
    handler: async ({ params, user: admin }) => {
      const user = await db.user.findUnique({ where: { id: params.id }, select: { ...publicFields, passwordHash: true } });
      if (!user) throw notFound(`user ${params.id}`);
      if (!user.active) throw conflict('user-inactive', 'the user is deactivated; reactivate them first');
      if (user.passwordHash) throw conflict('already-signed-up', 'the user has a password already; they can reset it with POST /api/v1/password/forgot');
      return { status: 202, body: { email: user.email, expiresAt: await invite(user, admin) } };
    },
  });

  route(router, registry, {
    method: 'patch',
    path: '/users/:id',
    tag: 'users',
    summary: 'Change a user: yourself (name, locale, time zone, working hours), or anyone as an admin',
    params: z.strictObject({ id: z.uuid() }),
    body: UserChanges,
    responses: {
      200: { description: 'The user', schema: User },
      404: { description: 'No such user' },
      409: { description: 'It would demote or deactivate the last active admin' },
      422: { description: 'Unknown supervisor, or working hours that end before they start' },
    },
    handler: async ({ params, body, user }) => {
      if (params.id !== user.id && user.role !== 'admin') throw forbidden('you can change only yourself');
      const adminFields = ADMIN_ONLY.filter((k) => body[k] !== undefined);
      if (adminFields.length && user.role !== 'admin') throw forbidden(`only an admin changes ${adminFields.join(', ')}`);
      const current = await db.user.findUnique({ where: { id: params.id }, select: { workdayStart: true, workdayEnd: true } });
      if (!current) throw notFound(`user ${params.id}`);
      const errors = [
        ...(endsAfterStart({ ...current, ...body }) ? [] : [{ field: 'body.workdayEnd', message: WORKDAY_BACKWARDS }]),
        ...(body.supervisorId === params.id ? [{ field: 'body.supervisorId', message: 'a user cannot supervise themselves' }] : []),
        ...(body.supervisorId && !(await db.user.findUnique({ where: { id: body.supervisorId }, select: { id: true } }))
          ? [{ field: 'body.supervisorId', message: 'no such user' }]
          : []),
      ];
      if (errors.length) throw unprocessable('invalid-user', 'Invalid change', 'the change cannot be applied', errors);
      const updated = await db.$transaction(async (tx) => {
        if ((body.role !== undefined && body.role !== 'admin') || body.active === false) await assertNotLastAdmin(tx, params.id);
        if (body.active === false) await endSessionsOf(tx, params.id);
        return tx.user.update({ where: { id: params.id }, data: body, select: publicFields });
      });
      if (['timezone', 'workdayStart', 'workdayEnd', 'supervisorId'].some((k) => k in body)) await deps.onCalendarChange(params.id);
      return { body: updated };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/users/me',
    tag: 'users',
    summary: 'The calling user',
    responses: { 200: { description: 'The user', schema: User } },
    handler: async ({ user }) => ({ body: await db.user.findUniqueOrThrow({ where: { id: user.id }, select: publicFields }) }),
  });

  route(router, registry, {
    method: 'get',
    path: '/users/:id',
    tag: 'users',
    summary: 'One user',
    params: z.strictObject({ id: z.uuid() }),
    responses: { 200: { description: 'The user', schema: User }, 404: { description: 'No such user' } },
    handler: async ({ params }) => {
      const user = await db.user.findUnique({ where: { id: params.id }, select: publicFields });
      if (!user) throw notFound(`user ${params.id}`);
      return { body: user };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/users',
    tag: 'users',
    summary: 'List users, newest first; `q` finds them by a part of their name or email',
    query: z.strictObject({ ...PageQuery, role: z.enum(Role).optional(), q: z.string().trim().min(1).max(200).optional() }),
    responses: { 200: { description: 'A page of users', schema: pageSchema(User) } },
    handler: async ({ query }) => {
      const matching = query.q
        ? { OR: [{ name: { contains: query.q, mode: 'insensitive' as const } }, { email: { contains: query.q, mode: 'insensitive' as const } }] }
        : {};
      const rows = await db.user.findMany({
        where: { role: query.role, ...matching, ...after('createdAt', decodeCursor(query.cursor)) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
        select: publicFields,
      });
      return { body: pageOf(rows, query.limit, (u) => ({ at: u.createdAt, id: u.id })) };
    },
  });

  return router;
}
