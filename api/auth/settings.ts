import type { Config } from '../../runtime/config';

export interface ThrottlePolicy {
  /** Attempts within the window that are allowed (sign-in: failures before a lockout). */
  maxAttempts: number;
  /** The window attempts are counted in, and how long a lockout lasts. */
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
  /** Password-reset requests: emails per account, and requests per client address. */
  resetThrottle: { perAccount: ThrottlePolicy; perAddress: ThrottlePolicy };
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
    throttle: { maxAttempts: config.SIGN_IN_MAX_FAILURES, windowMs: config.SIGN_IN_LOCKOUT_MINUTES * MINUTE },
    resetThrottle: {
      perAccount: { maxAttempts: config.PASSWORD_RESET_MAX_EMAILS, windowMs: config.PASSWORD_RESET_WINDOW_MINUTES * MINUTE },
      perAddress: { maxAttempts: config.PASSWORD_RESET_MAX_REQUESTS, windowMs: config.PASSWORD_RESET_WINDOW_MINUTES * MINUTE },
    },
    invitationMs: 72 * HOUR,
    resetMs: 1 * HOUR,
  };
}
