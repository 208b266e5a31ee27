import { z } from 'zod';

/**
 * Where a sign-in may send the browser next: a path on this site. One leading slash, never `//`
 * (another host), no backslash (browsers read it as `/`), and no spaces or control characters
 * (browsers strip them before they read the URL).
 */
const SameSitePath = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])[\x21-\x5b\x5d-\x7e]*$/);

/** `next` when it is a same-site path; otherwise nothing, and the caller goes home. */
export const returnPath = (next: unknown): string | undefined => SameSitePath.safeParse(next).data;
