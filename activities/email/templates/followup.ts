import { FIELD, type Template, facts, openDeal, paragraph } from './letter';
import type { Recipient, Wording } from './recipient';

interface FollowUp {
  dealTitle: string;
  dealUrl: string;
  action: Wording;
  /** ISO 8601 instant. */
  dueAt: string;
}

export interface FollowUpDueVars extends FollowUp {
  customerName?: string;
}

export interface FollowUpReminderVars extends FollowUpDueVars {
  /** Milliseconds since `dueAt`. */
  dueAgo: number;
}

export interface FollowUpEscalatedVars extends FollowUp {
  repName: string;
}

const details = (v: FollowUp & { customerName?: string; repName?: string }, to: Recipient) => [
  facts(
    [to.say(FIELD.owner), v.repName],
    [to.say(FIELD.action), to.say(v.action)],
    [to.say(FIELD.due), to.at(v.dueAt)],
    [to.say(FIELD.customer), v.customerName],
  ),
  openDeal(v.dealUrl, to),
];

export const followUpDue: Template<FollowUpDueVars> = {
  'zh-CN': (v, to) => ({
    subject: `【跟进提醒】${v.dealTitle}：${to.say(v.action)}`,
    blocks: [paragraph(`商机「${v.dealTitle}」有一项跟进已到期，请及时处理。`), ...details(v, to)],
  }),
  en: (v, to) => ({
    subject: `Follow-up due: ${to.say(v.action)} — ${v.dealTitle}`,
    blocks: [paragraph(`A follow-up on ${v.dealTitle} is due now.`), ...details(v, to)],
  }),
};

export const followUpReminder: Template<FollowUpReminderVars> = {
  'zh-CN': (v, to) => ({
    subject: `【跟进逾期】${v.dealTitle}：${to.say(v.action)}`,
    blocks: [
      paragraph(`商机「${v.dealTitle}」的这项跟进已于${to.ago(v.dueAgo)}到期，目前仍未完成。请尽快处理，或在 Dealflow 中重新安排时间。`),
      ...details(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `Overdue follow-up: ${to.say(v.action)} — ${v.dealTitle}`,
    blocks: [
      paragraph(`This follow-up on ${v.dealTitle} was due ${to.ago(v.dueAgo)} and is not done yet. Please do it soon, or reschedule it in Dealflow.`),
      ...details(v, to),
    ],
  }),
};

export const followUpEscalated: Template<FollowUpEscalatedVars> = {
  'zh-CN': (v, to) => ({
    subject: `【跟进升级】${v.repName}：${v.dealTitle} 的跟进已逾期`,
    blocks: [paragraph(`${v.repName} 负责的商机「${v.dealTitle}」有一项跟进已逾期，提醒后仍未完成。请与 ${v.repName} 沟通，了解情况。`), ...details(v, to)],
  }),
  en: (v, to) => ({
    subject: `Escalated: ${v.repName}'s follow-up on ${v.dealTitle} is overdue`,
    blocks: [
      paragraph(`${v.repName}'s follow-up on ${v.dealTitle} is overdue and still not done after a reminder. Please check in with ${v.repName}.`),
      ...details(v, to),
    ],
  }),
};
