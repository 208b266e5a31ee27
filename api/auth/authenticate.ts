import type { RequestHandler } from 'express';
import type { Db } from '../../runtime/db';
import { Problem } from '../http/problem';
import { resolveApiToken } from './api-tokens';
import { sessionOf } from './cookie-session';
import { assertSameOrigin } from './same-origin';
import type { SignInSettings } from './settings';

export type { AuthedUser } from './identity';

/** How the caller proved who they are; `res.locals.credential`. */
export type Credential = { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string };

export const WWW_AUTHENTICATE = 'Bearer realm="dealflow"';
const unauthorized = (detail: string) => new Problem(401, 'unauthorized', 'Unauthorized', detail);
/** For a route that needs a user when the caller sent no credentials (or a stale cookie). */
export const signInNeeded = () => unauthorized('send Authorization: Bearer <token>, or sign in at POST /api/v1/session');

/**
 * Resolves a bearer token or a session cookie to `res.locals.user`. A bad bearer token is refused at
 * once; a stale cookie leaves the caller anonymous, and routes that need a user answer 401.
 */
export function authenticate(db: Db, settings: SignInSettings): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const found = match ? await resolveApiToken(db, match[1]) : undefined;
      if (!found) {
        res.setHeader('WWW-Authenticate', WWW_AUTHENTICATE);
        throw match ? unauthorized('the token is unknown, expired or revoked') : signInNeeded();
      }
      res.locals.user = found.user;
      res.locals.credential = { kind: 'token', tokenId: found.tokenId } satisfies Credential;
      return next();
    }
    const session = await sessionOf(db, req, settings);
    if (session) {
      assertSameOrigin(req, settings.publicUrl);
      res.locals.user = session.user;
      res.locals.credential = { kind: 'session', sessionId: session.sessionId } satisfies Credential;
    }
    next();
  };
}
