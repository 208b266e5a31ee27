import type { Db } from '../../runtime/db';
import { Problem } from '../http/problem';
import type { ThrottlePolicy } from './settings';

const normalEmail = (email: string) => email.trim().toLowerCase();

/** What failed sign-ins are counted against: the account named (known or not), and the client's address. */
export const accountKey = (email: string) => `account:${normalEmail(email)}`;
export const addressKey = (address: string) => `address:${address}`;
/** What password-reset requests are counted against, apart from sign-ins: the email asked for, and the client's address. */
export const resetAccountKey = (email: string) => `reset-account:${normalEmail(email)}`;
export const resetAddressKey = (address: string) => `reset-address:${address}`;

/** Keys of one kind (`account:`, `reset-address:`, …) share a policy, so a window is judged among its own kind only. */
const kindOf = (key: string) => key.slice(0, key.indexOf(':') + 1);

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new Problem(429, 'too-many-attempts', 'Too many attempts', `too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`, {
    retryAfterSeconds,
  });

/** Refuses with 429 while any of the keys is locked out. */
export async function assertNotLocked(db: Db, keys: string[], now: Date): Promise<void> {
  const locked = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  if (!locked.length) return;
  const until = Math.max(...locked.map((l) => l.lockedUntil!.getTime()));
  throw tooManyAttempts(Math.ceil((until - now.getTime()) / 1000));
}

/** Counts one attempt against `key` and answers how many its current window holds, this one included. */
async function countAttempt(db: Db, key: string, now: Date, policy: ThrottlePolicy): Promise<number> {
  const windowOpen = new Date(now.getTime() - policy.windowMs);
  // Rows of past windows and lockouts tell nothing any more; dropping them keeps the table as small as the current windows.
  await db.signInThrottle.deleteMany({
    where: { key: { startsWith: kindOf(key) }, OR: [{ lockedUntil: { lte: now } }, { lockedUntil: null, windowStartedAt: { lte: windowOpen } }] },
  });
  // A row is stale when its lockout is over or, never locked, when its window has passed: counting starts afresh.
  const [{ failures }] = await db.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStartedAt") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN COALESCE(t."lockedUntil" <= ${now}, t."windowStartedAt" <= ${windowOpen}) THEN 1 ELSE t."failures" + 1 END,
      "windowStartedAt" = CASE WHEN COALESCE(t."lockedUntil" <= ${now}, t."windowStartedAt" <= ${windowOpen}) THEN ${now} ELSE t."windowStartedAt" END,
      "lockedUntil" = CASE WHEN COALESCE(t."lockedUntil" <= ${now}, t."windowStartedAt" <= ${windowOpen}) THEN NULL ELSE t."lockedUntil" END
    RETURNING "failures"`;
  return failures;
}

/**
 * Counts one failure against `key`. Answers true to exactly one caller: the one whose failure
 * started a lockout (so the account's owner is told once per lockout).
 */
export async function recordFailure(db: Db, key: string, now: Date, policy: ThrottlePolicy): Promise<boolean> {
  if ((await countAttempt(db, key, now, policy)) < policy.maxAttempts) return false;
  const locked = await db.signInThrottle.updateMany({ where: { key, lockedUntil: null }, data: { lockedUntil: new Date(now.getTime() + policy.windowMs) } });
  return locked.count === 1;
}

/** Counts one use of `key`; true while its window holds no more than the policy allows. One atomic count, so concurrent uses cannot slip past. */
export const withinAllowance = async (db: Db, key: string, now: Date, policy: ThrottlePolicy): Promise<boolean> =>
  (await countAttempt(db, key, now, policy)) <= policy.maxAttempts;

/** A successful sign-in or password reset clears the account's count and lockout; the address keeps its own. */
export const forgetFailures = (db: Pick<Db, 'signInThrottle'>, key: string) => db.signInThrottle.deleteMany({ where: { key } });
