import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** The rule for a new password; the upper bound only keeps hashing cheap to refuse. */
export const NewPassword = z.string().min(10, 'at least 10 characters').max(1024, 'at most 1024 characters');

/** scrypt's cost: 2^15 × 8 × 128 bytes = 32 MiB of memory per hash. Stored with each hash, so it can grow later. */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const maxmemFor = (c: typeof COST) => 2 * 128 * c.N * c.r;

function derive(password: string, salt: Buffer, cost: typeof COST, bytes = KEY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, bytes, { ...cost, maxmem: maxmemFor(cost) }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N=32768,r=8,p=1$<salt>$<key>`, salt and key in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return `scrypt$N=${COST.N},r=${COST.r},p=${COST.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const STORED = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/;

function parse(stored: string | null | undefined) {
  const match = STORED.exec(stored ?? '');
  if (!match) return undefined;
  const [, N, r, p, salt, key] = match;
  return { cost: { N: Number(N), r: Number(r), p: Number(p) }, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

/** Hashed once, for an email that has no user (or no password): the same work keeps the answer's timing from telling. */
let decoy: Promise<string> | undefined;

/** True when `password` matches `stored`. Without a stored hash it spends the same time and answers false. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  const own = parse(stored);
  const hash = own ?? parse(await (decoy ??= hashPassword(randomBytes(16).toString('hex'))))!;
  const given = await derive(password, hash.salt, hash.cost, hash.key.length);
  return timingSafeEqual(given, hash.key) && own !== undefined;
}
