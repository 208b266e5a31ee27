import type { Request } from 'express';
import type { Db } from '../../runtime/db';
import { SESSION_COOKIE, readCookie } from './session-cookie';
import { resumeSession } from './sessions';
import type { SignInSettings } from './settings';

/** The live session the request's cookie names, if any: for the API's authentication and for the pages alike. */
export async function sessionOf(db: Db, req: Request, settings: SignInSettings) {
  const cookie = readCookie(req, SESSION_COOKIE);
  return cookie ? resumeSession(db, cookie, settings) : undefined;
}
