import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../runtime/db';
import { hashPassword } from './password';
import { endSessionsOf } from './sessions';
import { accountKey, forgetFailures } from './throttle';
import { hashToken } from './tokens';

export const LINK_PURPOSES = ['invitation', 'reset'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/** The path both kinds of link open; the web app may take it over (README, Sign-in). */
export const SET_PASSWORD_PATH = '/password/set';

export type LinkFailure = 'malformed' | 'forged' | 'expired' | 'used';

const SHAPE = /^dfl_[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{43}$/;
const signatureOf = (nonce: string, secret: string) => createHmac('sha256', secret).update(nonce).digest('base64url');

/**
 * Makes a one-time link for `userId` and stores only its hash. It supersedes the user's earlier
 * unused links, so only the newest invitation or reset email works.
 */
export async function issuePasswordLink(db: Db, opts: { userId: string; purpose: LinkPurpose; ttlMs: number; secret: string; publicUrl: string }) {
  const nonce = `dfl_${randomBytes(24).toString('base64url')}`;
  const token = `${nonce}.${signatureOf(nonce, opts.secret)}`;
  const now = new Date();
  const expiresAt = new Date(now.getTime() + opts.ttlMs);
  await db.$transaction([
    db.passwordLink.updateMany({ where: { userId: opts.userId, usedAt: null }, data: { usedAt: now } }),
    db.passwordLink.create({ data: { id: randomUUID(), userId: opts.userId, purpose: opts.purpose, tokenHash: hashToken(token), createdAt: now, expiresAt } }),
  ]);
  const url = new URL(SET_PASSWORD_PATH, opts.publicUrl);
  url.searchParams.set('token', token);
  return { url: url.toString(), expiresAt };
}

export type LinkCheck =
  | { ok: true; linkId: string; purpose: LinkPurpose; user: { id: string; name: string; locale: string; email: string } }
  | { ok: false; failure: LinkFailure; locale?: string };

/** Checks a link without using it: its signature first (a forgery never reaches the database), then its row. */
export async function checkPasswordLink(db: Db, token: string, secret: string, now = new Date()): Promise<LinkCheck> {
  if (!SHAPE.test(token)) return { ok: false, failure: 'malformed' };
  const [nonce, signature] = token.split('.');
  const expected = Buffer.from(signatureOf(nonce, secret));
  if (!timingSafeEqual(Buffer.from(signature), expected)) return { ok: false, failure: 'forged' };
  const link = await db.passwordLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, expiresAt: true, usedAt: true, user: { select: { id: true, name: true, locale: true, email: true, active: true } } },
  });
  if (!link) return { ok: false, failure: 'forged' };
  if (link.usedAt || !link.user.active) return { ok: false, failure: 'used', locale: link.user.locale };
  if (link.expiresAt <= now) return { ok: false, failure: 'expired', locale: link.user.locale };
  return { ok: true, linkId: link.id, purpose: link.purpose as LinkPurpose, user: link.user };
}

/**
 * Sets the password from a link and uses the link up, in one transaction: of two concurrent
 * uses, one wins. Every session of the user ends, so a stolen session dies with the old password,
 * and a lockout of the account ends: whoever set the password reads the owner's email.
 */
export async function redeemPasswordLink(db: Db, token: string, password: string, secret: string): Promise<LinkCheck> {
  const check = await checkPasswordLink(db, token, secret);
  if (!check.ok) return check;
  const passwordHash = await hashPassword(password);
  const used = await db.$transaction(async (tx) => {
    const claimed = await tx.passwordLink.updateMany({ where: { id: check.linkId, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) return false;
    await tx.user.update({ where: { id: check.user.id }, data: { passwordHash } });
    await endSessionsOf(tx, check.user.id);
    await forgetFailures(tx, accountKey(check.user.email));
    return true;
  });
  return used ? check : { ok: false, failure: 'used', locale: check.user.locale };
}
