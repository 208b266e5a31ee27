import type { SignInSettings } from '../../api/auth/settings';

/** Sign-in as production runs it (runtime/config.ts defaults), with a test secret; a test shortens what it needs. */
export const testSignIn = (publicUrl: string, mailFrom: string): SignInSettings => ({
  publicUrl,
  mailFrom,
  linkSecret: 'test-password-link-secret-0123456789abcdef',
  sessionIdleMs: 12 * 3_600_000,
  sessionMaxMs: 7 * 86_400_000,
  throttle: { maxAttempts: 5, windowMs: 15 * 60_000 },
  resetThrottle: { perAccount: { maxAttempts: 3, windowMs: 3_600_000 }, perAddress: { maxAttempts: 20, windowMs: 3_600_000 } },
  invitationMs: 72 * 3_600_000,
  resetMs: 3_600_000,
});
