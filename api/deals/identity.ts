import { createHash, randomUUID } from 'node:crypto';

/**
 * The deal id a creation request gets. With an Idempotency-Key it is derived from the caller
 * and the key, so a retried POST reaches the same workflow (`deal-<id>`) and makes no second deal.
 */
export const dealIdFor = (userId: string, idempotencyKey: string | undefined): string => keyedId(`deal:${userId}`, idempotencyKey);

/** A fresh id, or with an Idempotency-Key one derived from the key within `scope` (what was created, by whom), a UUID all the same. */
export function keyedId(scope: string, idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return randomUUID();
  const h = createHash('sha256').update(`dealflow:${scope}:${idempotencyKey}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A digest of what was asked for, so a key reused with another body is caught. */
export function fingerprintOf(request: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(canonical(request)))
    .digest('hex');
}
