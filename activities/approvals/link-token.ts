import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const LINK_DECISIONS = ['approve', 'reject'] as const;
export type LinkDecision = (typeof LINK_DECISIONS)[number];

const LinkClaims = z.strictObject({
  approvalId: z.uuid(),
  /** 1-based chain level. */
  level: z.int().min(1),
  /** 1-based: which assignment of that level; grows on escalation. */
  assignment: z.int().min(1),
  /** The user the link was sent to. */
  approverId: z.uuid(),
  decision: z.enum(LINK_DECISIONS),
  /** Epoch ms. */
  expiresAt: z.int().min(0),
});
export type LinkClaims = z.infer<typeof LinkClaims>;

export type LinkCheck = { ok: true; claims: LinkClaims; linkId: string } | { ok: false; problem: 'malformed' | 'forged' | 'expired'; claims?: LinkClaims };

/** Serialising in this key order makes the token depend on the claims only, not on how the caller built the object. */
const CLAIM_ORDER = Object.keys(LinkClaims.shape);
/** A real token is about 250 characters. */
const MAX_TOKEN_LENGTH = 2048;
const SEGMENT = /^[A-Za-z0-9_-]+$/;

const signatureOf = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** `<base64url JSON claims>.<base64url HMAC-SHA256>`: the same claims and secret always give the same token. */
export function signLink(claims: LinkClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(LinkClaims.parse(claims), CLAIM_ORDER)).toString('base64url');
  return `${payload}.${signatureOf(payload, secret)}`;
}

function decode(payload: string): LinkClaims | undefined {
  try {
    return LinkClaims.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).data;
  } catch {
    return undefined;
  }
}

/**
 * Checks a token from a link. A forged token is never reported as expired; an expired
 * one carries its claims, so a page can say which request it was for.
 */
export function verifyLink(token: string, secret: string, now: number): LinkCheck {
  const segments = token.length <= MAX_TOKEN_LENGTH ? token.split('.') : [];
  if (segments.length !== 2 || !segments.every((s) => SEGMENT.test(s))) return { ok: false, problem: 'malformed' };
  const [payload, signature] = segments;
  const claims = decode(payload);
  if (!claims) return { ok: false, problem: 'malformed' };
  // Compared as text, not as decoded bytes: base64url has several spellings of the same
  // bytes, and each spelling would otherwise be a distinct, unused link.
  const expected = Buffer.from(signatureOf(payload, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, problem: 'forged' };
  if (now >= claims.expiresAt) return { ok: false, problem: 'expired', claims };
  return { ok: true, claims, linkId: createHash('sha256').update(token).digest('hex').slice(0, 16) };
}
