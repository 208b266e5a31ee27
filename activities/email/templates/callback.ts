import { label } from '../../../process';
import { FIELD, type Template, facts, openDeal, paragraph } from './letter';
import type { Recipient } from './recipient';

export interface CallbackDueVars {
  dealTitle: string;
  dealUrl: string;
  contactName?: string;
  note?: string;
  /** ISO 8601 instant the customer asked to be called back at. */
  at: string;
}

const CALL_BACK_AT = label('Call back at', '回电时间');

const details = (v: CallbackDueVars, to: Recipient) => [
  facts([to.say(FIELD.contact), v.contactName], [to.say(CALL_BACK_AT), to.at(v.at)], [to.say(FIELD.note), v.note]),
  openDeal(v.dealUrl, to),
];

export const callbackDue: Template<CallbackDueVars> = {
  'zh-CN': (v, to) => ({
    subject: `【回电提醒】${v.dealTitle}${v.contactName ? `：${v.contactName}` : ''}`,
    blocks: [paragraph(`到了约定的时间，请给${v.contactName ?? '客户'}回电（商机「${v.dealTitle}」）。`), ...details(v, to)],
  }),
  en: (v, to) => ({
    subject: `Call back ${v.contactName ?? 'the customer'} — ${v.dealTitle}`,
    blocks: [paragraph(`It is time to call ${v.contactName ?? 'the customer'} back about ${v.dealTitle}, as promised.`), ...details(v, to)],
  }),
};
