import express, { Router } from 'express';
import { returnPath } from '../auth/return-path';
import { isSameOrigin } from '../auth/same-origin';
import { Credentials, type PasswordSignIn } from '../auth/sign-in';
import { type SignInTrouble, signInPage } from '../auth/sign-in-page';
import type { SignInSettings } from '../auth/settings';
import { Problem } from '../http/problem';
import { webPath } from '../../runtime/web-paths';

const STATUS: Record<SignInTrouble['kind'], number> = { wrong: 401, locked: 429, incomplete: 400, cross_site: 403 };

/** What a failed sign-in tells the form; anything else is not the caller's doing and goes on to the error handler. */
function troubleOf(err: unknown): SignInTrouble {
  if (err instanceof Problem && err.code === 'sign-in-failed') return { kind: 'wrong' };
  if (err instanceof Problem && err.code === 'too-many-attempts') return { kind: 'locked', retryAfterSeconds: Number(err.extra.retryAfterSeconds) };
  throw err;
}

/**
 * The sign-in page for browsers, until the web app takes the path over: the same sign-in as
 * `POST /api/v1/session`, from a plain form. It posts without a cookie, so it is checked for
 * same-origin here, or another site could sign a browser in to an account of its choosing.
 */
export function signInFormRouter(settings: SignInSettings, signIn: PasswordSignIn): Router {
  const router = Router();
  const noStore = { 'Cache-Control': 'no-store' };

  router.get(webPath.signIn(), (req, res) => {
    res
      .set(noStore)
      .type('html')
      .send(signInPage({ next: returnPath(req.query.next) }));
  });

  router.post(webPath.signIn(), express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    const next = returnPath(req.body?.next);
    const email = typeof req.body?.email === 'string' ? req.body.email : undefined;
    const again = (trouble: SignInTrouble) => void res.status(STATUS[trouble.kind]).send(signInPage({ email, next, trouble }));
    res.set(noStore).type('html');
    if (!isSameOrigin(req, settings.publicUrl)) return again({ kind: 'cross_site' });
    const credentials = Credentials.safeParse({ email, password: req.body?.password });
    if (!credentials.success) return again({ kind: 'incomplete' });
    try {
      const { cookie } = await signIn(credentials.data, req.ip ?? 'unknown');
      res.setHeader('Set-Cookie', cookie);
      res.redirect(303, next ?? webPath.home());
    } catch (err) {
      const trouble = troubleOf(err);
      if (trouble.kind === 'locked') res.setHeader('Retry-After', String(trouble.retryAfterSeconds));
      again(trouble);
    }
  });

  return router;
}
