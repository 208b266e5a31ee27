import type { Db } from '../../runtime/db';
import { issuePasswordLink } from './password-links';
import type { SignInSettings } from './settings';
import type { MailedUser, SignInMail } from './sign-in-mail';

/** Makes a new invitation link for the user (the older ones stop working) and emails it before answering when the link expires. */
export async function sendInvitation(
  db: Db,
  mail: SignInMail,
  settings: SignInSettings,
  user: MailedUser & { id: string },
  inviterName: string,
): Promise<Date> {
  const link = await issuePasswordLink(db, {
    userId: user.id,
    purpose: 'invitation',
    ttlMs: settings.invitationMs,
    secret: settings.linkSecret,
    publicUrl: settings.publicUrl,
  });
  await mail.deliver('invitation', () =>
    mail.send('invitation', { inviterName, email: user.email, url: link.url, expiresAt: link.expiresAt.toISOString() }, user),
  );
  return link.expiresAt;
}
