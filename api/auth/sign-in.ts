import { z } from 'zod';
import type { Db } from '../../runtime/db';
import { Problem } from '../http/problem';
import { publicFields } from '../users/present';
import { verifyPassword } from './password';
import { sessionCookie } from './session-cookie';
import { startSession } from './sessions';
import type { SignInSettings } from './settings';
import type { SignInMail } from './sign-in-mail';
import { accountKey, addressKey, assertNotLocked, forgetFailures, recordFailure } from './throttle';

export const Credentials = z.strictObject({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) }).meta({ id: 'Credentials' });
export type Credentials = z.infer<typeof Credentials>;

/** The same answer for an unknown email, a wrong password and a deactivated user: it never tells which. */
const wrongCredentials = () => new Problem(401, 'sign-in-failed', 'Sign-in failed', 'email or password is wrong');

/**
 * Signing in with email and password, for the JSON route and the browser form alike. Throws
 * 429 while the account or the client's address is locked out, and 401 for every failure; the
 * failure that starts an account's lockout emails its owner. Answers the user and the cookie to set.
 */
export function passwordSignIn(db: Db, settings: SignInSettings, mail: SignInMail) {
  return async (credentials: Credentials, address: string, now = new Date()) => {
    const keys = { account: accountKey(credentials.email), address: addressKey(address) };
    await assertNotLocked(db, [keys.account, keys.address], now);
    const user = await db.user.findFirst({
      where: { email: { equals: credentials.email, mode: 'insensitive' } },
      select: { ...publicFields, passwordHash: true },
    });
    const matches = await verifyPassword(user?.passwordHash, credentials.password);
    if (!user || !matches || !user.active) {
      const [accountLocked] = await Promise.all([
        recordFailure(db, keys.account, now, settings.throttle),
        recordFailure(db, keys.address, now, settings.throttle),
      ]);
      if (accountLocked && user?.active) {
        const until = new Date(now.getTime() + settings.throttle.windowMs).toISOString();
        mail.later('sign_in_locked', () => mail.send('sign_in_locked', { failures: settings.throttle.maxAttempts, until }, user));
      }
      throw wrongCredentials();
    }
    await forgetFailures(db, keys.account);
    const session = await startSession(db, user.id, settings, now);
    const { passwordHash: _hash, ...shown } = user;
    return { user: shown, cookie: sessionCookie(session.token, session.expiresAt, settings.publicUrl) };
  };
}

export type PasswordSignIn = ReturnType<typeof passwordSignIn>;
