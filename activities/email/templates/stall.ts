import type { Label } from '../../../process';
import { FIELD, type Template, facts, openDeal, paragraph } from './letter';
import type { Recipient } from './recipient';

export interface StallOwnerVars {
  dealTitle: string;
  dealUrl: string;
  /** The stage's label from the deal's process definition. */
  stage: Label;
  idleDays: number;
}

export interface StallSupervisorVars extends StallOwnerVars {
  repName: string;
}

const details = (v: StallOwnerVars & { repName?: string }, to: Recipient) => [
  facts([to.say(FIELD.owner), v.repName], [to.say(FIELD.stage), to.say(v.stage)]),
  openDeal(v.dealUrl, to),
];

export const stallOwner: Template<StallOwnerVars> = {
  'zh-CN': (v, to) => ({
    subject: `【商机停滞】${v.dealTitle}：已${to.days(v.idleDays)}无跟进`,
    blocks: [
      paragraph(
        `商机「${v.dealTitle}」处于“${to.say(v.stage)}”阶段，已连续${to.days(v.idleDays)}没有跟进记录。请记录最近一次客户沟通，或安排下一步工作；如继续停滞，将通知您的主管。`,
      ),
      ...details(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `No activity for ${to.days(v.idleDays)}: ${v.dealTitle}`,
    blocks: [
      paragraph(
        `${v.dealTitle} has been in ${to.say(v.stage)} for ${to.days(v.idleDays)} without any logged activity. Log your latest contact with the customer or plan the next step; if it stays idle, your supervisor will be told.`,
      ),
      ...details(v, to),
    ],
  }),
};

export const stallSupervisor: Template<StallSupervisorVars> = {
  'zh-CN': (v, to) => ({
    subject: `【商机停滞升级】${v.repName}：${v.dealTitle} 已${to.days(v.idleDays)}无跟进`,
    blocks: [
      paragraph(
        `${v.repName} 负责的商机「${v.dealTitle}」在“${to.say(v.stage)}”阶段已${to.days(v.idleDays)}没有跟进记录，提醒后仍无进展。请与 ${v.repName} 沟通下一步计划。`,
      ),
      ...details(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `Stalled deal: ${v.dealTitle} (${v.repName}), idle for ${to.days(v.idleDays)}`,
    blocks: [
      paragraph(
        `${v.repName}'s deal ${v.dealTitle} has had no logged activity in ${to.say(v.stage)} for ${to.days(v.idleDays)}, also after a reminder. Please talk with ${v.repName} about the next step.`,
      ),
      ...details(v, to),
    ],
  }),
};
