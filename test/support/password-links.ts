import type { CaughtEmail } from './mailbox';

/** The token of the set-password link in an invitation or reset email, and the link itself. */
export function passwordLinkIn(email: CaughtEmail): { url: string; token: string } {
  const match = /(http:\/\/dealflow\.test\/password\/set\?token=([\w.-]+))/.exec(email.text ?? '');
  if (!match) throw new Error(`no set-password link in "${email.subject}"`);
  return { url: match[1], token: decodeURIComponent(match[2]) };
}
