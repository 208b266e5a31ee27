import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../runtime/db';
import type { Credential } from '../auth/authenticate';
import { clearedSessionCookie } from '../auth/session-cookie';
import { endSession, endSessionsOf } from '../auth/sessions';
import type { SignInSettings } from '../auth/settings';
import { Credentials, type PasswordSignIn } from '../auth/sign-in';
import { route } from '../http/route';
import { User, publicFields } from '../users/present';

export function sessionRouter(db: Db, registry: OpenAPIRegistry, settings: SignInSettings, signIn: PasswordSignIn): Router {
  const router = Router();

  route(router, registry, {
    method: 'post',
    path: '/session',
    tag: 'sign-in',
    summary: `Sign in with email and password: sets the session cookie (HttpOnly, SameSite=Lax). After ${settings.throttle.maxAttempts} failures, 429 with Retry-After`,
    public: true,
    body: Credentials,
    responses: {
      200: { description: 'Signed in; the cookie is set', schema: User },
      401: { description: 'Email or password is wrong' },
      429: { description: 'Too many failed sign-ins for this account or address' },
    },
    handler: async ({ body, req }) => {
      const { user, cookie } = await signIn(body, req.ip ?? 'unknown');
      return { body: user, headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/session',
    tag: 'sign-in',
    summary: 'Who is signed in (by cookie or by token)',
    responses: { 200: { description: 'The signed-in user', schema: User } },
    handler: async ({ user }) => ({
      body: await db.user.findUniqueOrThrow({ where: { id: user.id }, select: publicFields }),
      headers: { 'Cache-Control': 'no-store' },
    }),
  });

  route(router, registry, {
    method: 'delete',
    path: '/session',
    tag: 'sign-in',
    summary: 'Sign out: this session, or with all=true every session of yours on every device',
    query: z.strictObject({ all: z.enum(['true', 'false']).default('false').describe('true: end all your sessions, not only this one') }),
    responses: { 204: { description: 'Signed out; the cookie is cleared' } },
    handler: async ({ query, user, req }) => {
      const credential = req.res?.locals.credential as Credential;
      if (query.all === 'true') await endSessionsOf(db, user.id);
      else if (credential.kind === 'session') await endSession(db, credential.sessionId);
      return { status: 204, headers: { 'Set-Cookie': clearedSessionCookie(settings.publicUrl) } };
    },
  });

  return router;
}
