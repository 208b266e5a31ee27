import type { Db } from '../runtime/db';
import { digestActivities } from './digest';
import { dealEmailActivities } from './email/deal-email';
import { type EmailDeps, emailActivities } from './email/send';
import { projectionActivities } from './projection';

export type { DealProjection } from './projection';
export type { DealEmailIntent } from './email/deal-email';
export type { EmailDeps, EmailRequest, EmailResult, TemplateName, TemplateVars } from './email/send';

export interface ActivityDeps {
  db: Db;
  mail: Omit<EmailDeps, 'db'> & { publicUrl: string };
}

export function createActivities({ db, mail }: ActivityDeps) {
  const email = emailActivities({ db, ...mail });
  return {
    ...projectionActivities(db),
    ...email,
    ...dealEmailActivities(db, email.sendEmail, mail.publicUrl),
    ...digestActivities(db, email.sendEmail, mail.publicUrl),
  };
}

export type Activities = ReturnType<typeof createActivities>;
