import type { Config } from '../../runtime/config';

export interface ThrottlePolicy {
  /** Failed sign-ins within the window that lock the account or the address. */
  maxFailures: number;
  /** The window failures are counted in, and how long a lockout lasts. */
  windowMs: number;
}

/** How people sign in: sessions, throttling, and the links and emails around passwords. */
export interface SignInSettings {
  /** Where the emailed links point, the origin cookie writes must come from, and whether cookies are Secure. */
  publicUrl: string;
  /** The From header of invitation, reset and lockout emails. */
  mailFrom: string;
  /** Signs invitation and reset links. */
  linkSecret: string;
  /** A session ends after this long without a request… */
  sessionIdleMs: number;
  /** …and this long after sign-in, however active. */
  sessionMaxMs: number;
  throttle: ThrottlePolicy;
  /** How long an invitation's link works. */
  invitationMs: number;
  /** How long a password-reset link works. */
  resetMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function signInSettings(config: Config): SignInSettings {
  return {
    publicUrl: config.PUBLIC_URL,
    mailFrom: config.MAIL_FROM,
    linkSecret: config.PASSWORD_LINK_SECRET,
    sessionIdleMs: config.SESSION_IDLE_MINUTES * MINUTE,
    sessionMaxMs: config.SESSION_MAX_DAYS * 24 * HOUR,
    throttle: { maxFailures: config.SIGN_IN_MAX_FAILURES, windowMs: config.SIGN_IN_LOCKOUT_MINUTES * MINUTE },
    invitationMs: 72 * HOUR,
    resetMs: 1 * HOUR,
  };
}
