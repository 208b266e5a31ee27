import { randomUUID } from 'node:crypto';
import type { Db } from '../../runtime/db';
import { USER_IDENTITY, type AuthedUser, identityOf } from './identity';
import type { SignInSettings } from './settings';
import { hashToken, newToken } from './tokens';

/** lastSeenAt is written at most this often (or a quarter of a short idle expiry), so reads do not each become a write. */
export const TOUCH_EVERY_MS = 60_000;
const touchEvery = (settings: SignInSettings) => Math.min(TOUCH_EVERY_MS, settings.sessionIdleMs / 4);

export async function startSession(db: Db, userId: string, settings: SignInSettings, now = new Date()) {
  const token = newToken('dfs');
  const expiresAt = new Date(now.getTime() + settings.sessionMaxMs);
  // The user's sessions that can never work again go, so their rows do not pile up.
  await db.session.deleteMany({
    where: {
      userId,
      OR: [{ expiresAt: { lte: now } }, { revokedAt: { not: null } }, { lastSeenAt: { lte: new Date(now.getTime() - settings.sessionIdleMs) } }],
    },
  });
  await db.session.create({ data: { id: randomUUID(), userId, tokenHash: hashToken(token), createdAt: now, lastSeenAt: now, expiresAt } });
  return { token, expiresAt };
}

/** The session a cookie names, while it is neither revoked, idle too long, past its absolute expiry, nor its user deactivated. */
export async function resumeSession(
  db: Db,
  token: string,
  settings: SignInSettings,
  now = new Date(),
): Promise<{ sessionId: string; user: AuthedUser } | undefined> {
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, lastSeenAt: true, expiresAt: true, revokedAt: true, user: { select: USER_IDENTITY } },
  });
  if (!session || session.revokedAt || !session.user.active) return undefined;
  if (session.expiresAt <= now || session.lastSeenAt.getTime() + settings.sessionIdleMs <= now.getTime()) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() >= touchEvery(settings)) await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  return { sessionId: session.id, user: identityOf(session.user) };
}

/** Signs out one session, or every session of a user. */
export const endSession = (db: Pick<Db, 'session'>, sessionId: string) =>
  db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
export const endSessionsOf = (db: Pick<Db, 'session'>, userId: string) =>
  db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
