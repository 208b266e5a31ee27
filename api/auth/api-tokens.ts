import { randomUUID } from 'node:crypto';
import type { Db } from '../../runtime/db';
import { USER_IDENTITY, type AuthedUser, identityOf } from './identity';
import { TOUCH_EVERY_MS } from './sessions';
import { hashToken, newToken } from './tokens';

/** The longest a personal API token may live, and what a new one gets when its creator names no expiry. */
export const MAX_TOKEN_DAYS = 365;
export const DEFAULT_TOKEN_DAYS = 90;

export const TOKEN_FIELDS = { id: true, name: true, expiresAt: true, lastUsedAt: true, createdAt: true, revokedAt: true } as const;

export async function issueApiToken(db: Db, userId: string, name: string, expiresAt: Date) {
  const token = newToken('dft');
  const row = await db.apiToken.create({ data: { id: randomUUID(), userId, name, tokenHash: hashToken(token), expiresAt }, select: TOKEN_FIELDS });
  return { ...row, token };
}

/** The user a bearer token belongs to, while it is neither expired, revoked, nor its user deactivated. */
export async function resolveApiToken(db: Db, token: string, now = new Date()): Promise<{ tokenId: string; user: AuthedUser } | undefined> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: USER_IDENTITY } },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || !row.user.active) return undefined;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS)
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { tokenId: row.id, user: identityOf(row.user) };
}
