// crypto.randomUUID exists only in secure contexts; a plain-http deployment must still get a key.
/** A fresh Idempotency-Key: a retried submit with the same key creates nothing twice. */
export const idempotencyKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
