import type { Db } from '../runtime/db';
import { approvalEmailActivities } from './approvals/email';
import { approvalProjectionActivities } from './approvals/projection';
import { approverActivities } from './approvals/resolve';
import { calendarBroadcastActivities } from './calendar-broadcast';
import { calendarMissingActivities } from './calendar-missing';
import { collectionEmailActivities } from './collection/email';
import { collectionProjectionActivities } from './collection/projection';
import { digestActivities } from './digest';
import { serviceEmailActivities } from './service/email';
import { servicePeopleActivities } from './service/people';
import { serviceProjectionActivities } from './service/projection';
import { tenderEmailActivities } from './tenders/email';
import { tenderProjectionActivities } from './tenders/projection';
import { ticketEmailActivities } from './tickets/email';
import { ticketProjectionActivities } from './tickets/projection';
import { dealEmailActivities } from './email/deal-email';
import { type EmailDeps, emailActivities } from './email/send';
import { projectionActivities } from './projection';

export type { DealProjection } from './projection';
export type { ApprovalEmailIntent } from './approvals/email';
export type { ApproverFound, ApproverQuery } from './approvals/resolve';
export type { CollectionEmailIntent } from './collection/email';
export type { TenderEmailIntent } from './tenders/email';
export type { TicketEmailIntent } from './tickets/email';
export type { ServiceEmailIntent } from './service/email';
export type { EmailDeps, EmailRequest, EmailResult, TemplateName, TemplateVars } from './email/send';

export interface ActivityDeps {
  db: Db;
  /** `linkSecret` signs the approve and reject links in approval emails. */
  mail: Omit<EmailDeps, 'db'> & { publicUrl: string; linkSecret: string };
}

export function createActivities({ db, mail }: ActivityDeps) {
  const email = emailActivities({ db, ...mail });
  return {
    ...projectionActivities(db),
    ...email,
    ...dealEmailActivities(db, email.sendEmail, mail.publicUrl),
    ...digestActivities(db, email.sendEmail, mail.publicUrl),
    ...calendarMissingActivities(db, email.sendEmail, mail.publicUrl),
    ...calendarBroadcastActivities(),
    ...approverActivities(db),
    ...approvalProjectionActivities(db),
    ...approvalEmailActivities(db, email.sendEmail, mail.publicUrl, mail.linkSecret),
    ...collectionProjectionActivities(db),
    ...collectionEmailActivities(db, email.sendEmail),
    ...tenderProjectionActivities(db),
    ...tenderEmailActivities(db, email.sendEmail, mail.publicUrl),
    ...ticketProjectionActivities(db),
    ...ticketEmailActivities(db, email.sendEmail, mail.publicUrl),
    ...serviceProjectionActivities(db),
    ...serviceEmailActivities(db, email.sendEmail, mail.publicUrl),
    ...servicePeopleActivities(db),
  };
}

export type Activities = ReturnType<typeof createActivities>;
