import type { Transporter } from 'nodemailer';
import { type TemplateVars, renderEmail } from '../../activities/email/templates';
import { LOCALES, type Locale } from '../../process';
import type { Logger } from '../../runtime/logger';
import type { SignInSettings } from './settings';

type SignInTemplate = 'invitation' | 'password_reset' | 'sign_in_locked';

export interface MailedUser {
  name: string;
  email: string;
  locale: string;
  timezone: string;
}

export const localeOfUser = (locale: string): Locale => ((LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'zh-CN');

/**
 * Emails about signing in go straight to SMTP, not through a workflow's outbox: they answer a
 * request in progress, and a lost one is simply asked for again (forgot password, resend invitation).
 */
export function signInMail(mailer: Transporter, settings: Pick<SignInSettings, 'mailFrom' | 'publicUrl'>, log: Logger) {
  async function send<N extends SignInTemplate>(template: N, vars: TemplateVars[N], to: MailedUser): Promise<void> {
    const email = renderEmail(template, vars, { name: to.name, locale: localeOfUser(to.locale), timeZone: to.timezone }, settings.publicUrl);
    await mailer.sendMail({ from: settings.mailFrom, to: { name: to.name, address: to.email }, ...email });
  }
  /** Runs `work` (which usually sends); a failure is logged, not thrown: the email can be asked for again. */
  const deliver = (what: string, work: () => Promise<void>): Promise<void> =>
    work().catch((err: Error) => log.warn({ err: err.message, what }, 'sign-in email not sent'));
  return {
    send,
    deliver,
    /** Delivers after the answer has gone, so that how long it takes tells the caller nothing (e.g. whether an email has an account). */
    later(what: string, work: () => Promise<void>): void {
      setImmediate(() => void deliver(what, work));
    },
  };
}

export type SignInMail = ReturnType<typeof signInMail>;
