import { createHash, randomBytes } from 'node:crypto';

/** Secrets we hand out (API tokens `dft_`, session cookies `dfs_`, password links `dfl_`) are random, shown once, and stored only as their SHA-256. */
export const newToken = (prefix: 'dft' | 'dfs' | 'dfl' = 'dft'): string => `${prefix}_${randomBytes(24).toString('base64url')}`;
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
