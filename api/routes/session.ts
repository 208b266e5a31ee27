import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../runtime/db';
import type { Credential } from '../auth/authenticate';
import { verifyPassword } from '../auth/password';
import { clearedSessionCookie, sessionCookie } from '../auth/session-cookie';
import { endSession, endSessionsOf, startSession } from '../auth/sessions';
import type { SignInSettings } from '../auth/settings';
import type { SignInMail } from '../auth/sign-in-mail';
import { accountKey, addressKey, assertNotLocked, forgetFailures, recordFailure } from '../auth/throttle';
import { Problem } from '../http/problem';
import { route } from '../http/route';
import { User, publicFields } from '../users/present';

const Credentials = z.strictObject({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) }).meta({ id: 'Credentials' });

/** The same answer for an unknown email, a wrong password and a deactivated user: it never tells which. */
const wrongCredentials = () => new Problem(401, 'sign-in-failed', 'Sign-in failed', 'email or password is wrong');

export function sessionRouter(db: Db, registry: OpenAPIRegistry, settings: SignInSettings, mail: SignInMail): Router {
  const router = Router();

  route(router, registry, {
    method: 'post',
    path: '/session',
    tag: 'sign-in',
    summary: `Sign in with email and password: sets the session cookie (HttpOnly, SameSite=Lax). After ${settings.throttle.maxFailures} failures, 429 with Retry-After`,
    public: true,
    body: Credentials,
    responses: { 200: { description: 'Signed in; the cookie is set', schema: User }, 401: { description: 'Email or password is wrong' }, 429: { description: 'Too many failed sign-ins for this account or address' } },
    handler: async ({ body, req }) => {
      const now = new Date();
      const keys = { account: accountKey(body.email), address: addressKey(req.ip ?? 'unknown') };
      await assertNotLocked(db, [keys.account, keys.address], now);
      const user = await db.user.findFirst({ where: { email: { equals: body.email, mode: 'insensitive' } }, select: { ...publicFields, passwordHash: true } });
      const matches = await verifyPassword(user?.passwordHash, body.password);
      if (!user || !matches || !user.active) {
        const [accountLocked] = await Promise.all([recordFailure(db, keys.account, now, settings.throttle), recordFailure(db, keys.address, now, settings.throttle)]);
        if (accountLocked && user?.active) {
          const until = new Date(now.getTime() + settings.throttle.windowMs).toISOString();
          mail.later('sign_in_locked', () => mail.send('sign_in_locked', { failures: settings.throttle.maxFailures, until }, user));
        }
        throw wrongCredentials();
      }
      await forgetFailures(db, keys.account);
      const session = await startSession(db, user.id, settings, now);
      const { passwordHash: _hash, ...shown } = user;
      return { body: shown, headers: { 'Set-Cookie': sessionCookie(session.token, session.expiresAt, settings.publicUrl), 'Cache-Control': 'no-store' } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/session',
    tag: 'sign-in',
    summary: 'Who is signed in (by cookie or by token)',
    responses: { 200: { description: 'The signed-in user', schema: User } },
    handler: async ({ user }) => ({ body: await db.user.findUniqueOrThrow({ where: { id: user.id }, select: publicFields }), headers: { 'Cache-Control': 'no-store' } }),
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
