import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../runtime/db';
import { NewPassword } from '../auth/password';
import { LINK_PURPOSES, type LinkFailure, checkPasswordLink, issuePasswordLink, redeemPasswordLink } from '../auth/password-links';
import { withinResetAllowance } from '../auth/reset-throttle';
import type { SignInSettings } from '../auth/settings';
import type { SignInMail } from '../auth/sign-in-mail';
import { Problem, invalid } from '../http/problem';
import { route } from '../http/route';

const Forgot = z.strictObject({ email: z.string().trim().min(1).max(320) }).meta({ id: 'ForgotPassword' });
const Reset = z.strictObject({ token: z.string().max(200), password: NewPassword }).meta({ id: 'ResetPassword' });
const LinkToken = z.strictObject({ token: z.string().max(200) }).meta({ id: 'PasswordLinkToken' });
const PasswordLink = z
  .object({ purpose: z.enum(LINK_PURPOSES), email: z.string(), name: z.string(), locale: z.string() })
  .meta({ id: 'PasswordLink', description: 'Whose password an unused link sets, and why' });

/** How the API refuses a link that cannot set a password. */
export function linkProblem(failure: LinkFailure): Problem {
  switch (failure) {
    case 'malformed':
    case 'forged':
      return invalid([{ field: 'body.token', message: 'not a link Dealflow sent' }], 'the link is not valid');
    case 'expired':
      return new Problem(410, 'link-expired', 'Link expired', 'the link has expired; ask for a new one');
    case 'used':
      return new Problem(410, 'link-used', 'Link used', 'the link has been used already, or a newer one replaced it');
  }
}

export function passwordRouter(db: Db, registry: OpenAPIRegistry, settings: SignInSettings, mail: SignInMail): Router {
  const router = Router();

  route(router, registry, {
    method: 'post',
    path: '/password/forgot',
    tag: 'sign-in',
    summary: `Email a one-time password-reset link, if an active user has this email. Always 202, so it never tells whether one does. Throttled per account and per address: beyond the limit, nothing is sent`,
    public: true,
    body: Forgot,
    responses: { 202: { description: 'Accepted: if the email belongs to an active user, a link is on its way', location: false } },
    handler: async ({ body, req }) => {
      const address = req.ip ?? 'unknown';
      mail.later('password_reset', async () => {
        if (!(await withinResetAllowance(db, settings.resetThrottle, body.email, address))) return;
        const user = await db.user.findFirst({ where: { email: { equals: body.email, mode: 'insensitive' }, active: true } });
        if (!user) return;
        const link = await issuePasswordLink(db, {
          userId: user.id,
          purpose: 'reset',
          ttlMs: settings.resetMs,
          secret: settings.linkSecret,
          publicUrl: settings.publicUrl,
        });
        await mail.send('password_reset', { url: link.url, expiresAt: link.expiresAt.toISOString() }, user);
      });
      return { status: 202 };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/password/link',
    tag: 'sign-in',
    summary: 'Check an invitation or reset link without using it: whose account it is for and why. POST, so the token stays out of logs',
    public: true,
    body: LinkToken,
    responses: { 200: { description: 'The link can set a password', schema: PasswordLink }, 410: { description: 'The link has expired or was used' } },
    handler: async ({ body }) => {
      const check = await checkPasswordLink(db, body.token, settings.linkSecret);
      if (!check.ok) throw linkProblem(check.failure);
      return {
        body: { purpose: check.purpose, email: check.user.email, name: check.user.name, locale: check.user.locale },
        headers: { 'Cache-Control': 'no-store' },
      };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/password/reset',
    tag: 'sign-in',
    summary: 'Set the password with the token from an invitation or reset link; the link is used up and every session of the user ends',
    public: true,
    body: Reset,
    responses: { 204: { description: 'The password is set; sign in with it' }, 410: { description: 'The link has expired or was used' } },
    handler: async ({ body }) => {
      const result = await redeemPasswordLink(db, body.token, body.password, settings.linkSecret);
      if (!result.ok) throw linkProblem(result.failure);
      return { status: 204 };
    },
  });

  return router;
}
