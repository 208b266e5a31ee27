import { createHash, randomBytes } from 'node:crypto';

/** API tokens are random, shown once, and stored only as their SHA-256. */
export const newToken = (): string => `dft_${randomBytes(24).toString('base64url')}`;
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
