import type { Locale } from '../../../process';
import {
  type ApprovalDecidedVars,
  type ApprovalEscalationNoticeVars,
  type ApprovalReminderVars,
  type ApprovalRequestedVars,
  type ApprovalWithdrawnVars,
  approvalDecided,
  approvalEscalationNotice,
  approvalReminder,
  approvalRequested,
  approvalWithdrawn,
} from './approval';
import { type CalendarYearMissingVars, calendarYearMissing } from './calendar';
import { callbackDue, type CallbackDueVars } from './callback';
import { dailyDigest, type DailyDigestVars } from './digest';
import { type DunningVars, dunningCourtesy, dunningDue, dunningFinal, dunningOverdue15, dunningOverdue7 } from './dunning';
import { type FollowUpDueVars, type FollowUpEscalatedVars, type FollowUpReminderVars, followUpDue, followUpEscalated, followUpReminder } from './followup';
import { type RenderedEmail, renderLayout } from './layout';
import type { Template } from './letter';
import { type PaymentReceiptVars, paymentReceipt } from './receipt';
import { type ReceivablesDigestVars, receivablesDigest } from './receivables';
import { recipient } from './recipient';
import { type TicketEscalationVars, type TicketRestoredVars, type TicketWarningVars, ticketEscalation, ticketRestored, ticketWarning } from './ticket';
import { type AcceptanceRequestVars, type ServiceAlertVars, acceptanceRequest, serviceAlert } from './service';
import { type InvitationVars, type PasswordResetVars, type SignInLockedVars, invitation, passwordReset, signInLocked } from './sign-in';
import { type StallOwnerVars, type StallSupervisorVars, stallOwner, stallSupervisor } from './stall';
import {
  type TenderDeadlineVars,
  type TenderHandoverVars,
  type TenderMissedVars,
  type TenderPresentationVars,
  tenderDeadline,
  tenderHandover,
  tenderMissed,
  tenderPresentation,
} from './tender';

export type { RenderedEmail } from './layout';
export type { Wording } from './recipient';

/** Every email the engine sends, by name, with the variables its caller supplies. */
export interface TemplateVars {
  followup_due: FollowUpDueVars;
  followup_reminder: FollowUpReminderVars;
  followup_escalated: FollowUpEscalatedVars;
  callback_due: CallbackDueVars;
  stall_owner: StallOwnerVars;
  stall_supervisor: StallSupervisorVars;
  daily_digest: DailyDigestVars;
  approval_requested: ApprovalRequestedVars;
  approval_reminder: ApprovalReminderVars;
  approval_escalation_notice: ApprovalEscalationNoticeVars;
  approval_decided: ApprovalDecidedVars;
  approval_withdrawn: ApprovalWithdrawnVars;
  dunning_courtesy: DunningVars;
  dunning_due: DunningVars;
  dunning_overdue_7: DunningVars;
  dunning_overdue_15: DunningVars;
  dunning_final: DunningVars;
  payment_receipt: PaymentReceiptVars;
  receivables_digest: ReceivablesDigestVars;
  tender_deadline: TenderDeadlineVars;
  tender_presentation: TenderPresentationVars;
  tender_missed: TenderMissedVars;
  tender_handover: TenderHandoverVars;
  invitation: InvitationVars;
  password_reset: PasswordResetVars;
  sign_in_locked: SignInLockedVars;
  ticket_warning: TicketWarningVars;
  ticket_escalation: TicketEscalationVars;
  ticket_restored: TicketRestoredVars;
  service_alert: ServiceAlertVars;
  acceptance_request: AcceptanceRequestVars;
  calendar_year_missing: CalendarYearMissingVars;
}

export type TemplateName = keyof TemplateVars;

const TEMPLATES: { [N in TemplateName]: Template<TemplateVars[N]> } = {
  followup_due: followUpDue,
  followup_reminder: followUpReminder,
  followup_escalated: followUpEscalated,
  callback_due: callbackDue,
  stall_owner: stallOwner,
  stall_supervisor: stallSupervisor,
  daily_digest: dailyDigest,
  approval_requested: approvalRequested,
  approval_reminder: approvalReminder,
  approval_escalation_notice: approvalEscalationNotice,
  approval_decided: approvalDecided,
  approval_withdrawn: approvalWithdrawn,
  dunning_courtesy: dunningCourtesy,
  dunning_due: dunningDue,
  dunning_overdue_7: dunningOverdue7,
  dunning_overdue_15: dunningOverdue15,
  dunning_final: dunningFinal,
  payment_receipt: paymentReceipt,
  receivables_digest: receivablesDigest,
  tender_deadline: tenderDeadline,
  tender_presentation: tenderPresentation,
  tender_missed: tenderMissed,
  tender_handover: tenderHandover,
  invitation,
  password_reset: passwordReset,
  sign_in_locked: signInLocked,
  ticket_warning: ticketWarning,
  ticket_escalation: ticketEscalation,
  ticket_restored: ticketRestored,
  service_alert: serviceAlert,
  acceptance_request: acceptanceRequest,
  calendar_year_missing: calendarYearMissing,
};

/** Who reads the email: their name heads it, their language and time zone shape it. */
export interface Reader {
  name: string;
  locale: Locale;
  timeZone: string;
  /** A customer reads a letter from the company, without our footer or a link into Dealflow. */
  customer?: boolean;
}

export function renderEmail<N extends TemplateName>(template: N, vars: TemplateVars[N], reader: Reader, publicUrl?: string): RenderedEmail {
  const to = recipient(reader);
  const letter = TEMPLATES[template][reader.locale](vars, to);
  return reader.customer ? renderLayout(letter, to, undefined, 'customer') : renderLayout(letter, to, publicUrl);
}
