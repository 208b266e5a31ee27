import type { Span } from './calendar';
import type { ActivityType } from './activities';
import { type Label, label } from './label';
import type { OpenStage } from './stage';

export const FOLLOW_UP_KINDS = {
  material: label('Follow up on the material sent', '跟进已发送的资料'),
  revisit: label('Revisit after the demo', '演示后回访'),
  trial_checkin: label('Check in on the trial', '回访试用情况'),
  next_step: label('Next step', '下一步'),
  callback: label('Call the customer back', '给客户回电'),
  contract_negotiation: label('Negotiate the contract and the technical agreement', '合同及技术协议书谈判'),
  handover: label('Technical handover to implementation', '技术交接'),
} as const satisfies Record<string, Label>;
export type FollowUpKind = keyof typeof FOLLOW_UP_KINDS;

export const FOLLOW_UP_STATES = ['open', 'snoozed', 'done', 'cancelled'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** An activity that schedules a follow-up by itself, and after how long. */
export interface FollowUpRule {
  after: ActivityType;
  creates: FollowUpKind;
  /** How long until it is due, unless the activity names its own date. */
  dueAfter: Span;
}

/** Every duration of the follow-up process. Tests override them with seconds. */
export interface FollowUpTiming {
  rules: readonly FollowUpRule[];
  /** Bounds for the material window when a rep sets it per email (process.md: 3–7 days). */
  materialWindowDays: { min: number; max: number };
  /** An activity of this type cancels the open follow-ups of these kinds. */
  cancelledBy: Partial<Record<ActivityType, readonly FollowUpKind[]>>;
  /** A due follow-up not done is reminded again after this wait, then escalated after the next. */
  remindAgainAfter: Span;
  escalateAfter: Span;
  /** No activity for this long in a stage reminds the owner; as long again tells the supervisor. */
  stallAfter: Readonly<Record<OpenStage, Span>>;
  /** Whether due times land inside the owner's working hours on working days. Call-backs never do. */
  workingHoursOnly: boolean;
}

export const DEFAULT_FOLLOW_UP_TIMING: FollowUpTiming = {
  rules: [
    { after: 'email_material', creates: 'material', dueAfter: { days: 5 } },
    { after: 'demo', creates: 'revisit', dueAfter: { days: 7 } },
    { after: 'trial_install', creates: 'trial_checkin', dueAfter: { days: 3 } },
  ],
  materialWindowDays: { min: 3, max: 7 },
  cancelledBy: { customer_reply: ['material'] },
  remindAgainAfter: { businessHours: 4 },
  escalateAfter: { businessHours: 8 },
  stallAfter: {
    LEAD: { days: 14 },
    INTENT: { days: 14 },
    PROJECT_INITIATED: { days: 21 },
    PRELIMINARY_APPROVAL: { days: 21 },
    NEGOTIATION: { days: 14 },
  },
  workingHoursOnly: true,
};
