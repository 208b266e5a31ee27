import { label } from '../../../process';
import { FIELD, type Template, facts, openDeal, paragraph } from './letter';
import type { Recipient, Wording } from './recipient';

export interface ServiceAlertVars {
  /** due and reminder go to the engineer; supervisor and executive are the escalations. */
  level: 'due' | 'reminder' | 'supervisor' | 'executive';
  /** The checklist item or the kind of visit. */
  what: Wording;
  contractRef: string;
  customerName: string;
  dealTitle: string;
  dealUrl: string;
  engineerName: string;
  /** ISO 8601 instant. */
  dueAt: string;
}

export interface AcceptanceRequestVars {
  contractRef: string;
  customerName: string;
  engineerName: string;
  engineerEmail: string;
}

const CONTRACT = label('Contract', '合同');
const ENGINEER = label('Service engineer', '服务工程师');

const details = (v: ServiceAlertVars, to: Recipient) => [
  facts(
    [to.say(FIELD.action), to.say(v.what)],
    [to.say(FIELD.due), to.at(v.dueAt)],
    [to.say(FIELD.customer), v.customerName],
    [to.say(CONTRACT), v.contractRef],
    [to.say(ENGINEER), v.engineerName],
  ),
  openDeal(v.dealUrl, to),
];

const ZH_SUBJECT = { due: '售后到期', reminder: '售后逾期', supervisor: '售后逾期·升级', executive: '售后逾期·升级至管理层' } as const;
const EN_SUBJECT = {
  due: 'Service due',
  reminder: 'Service overdue',
  supervisor: 'Service overdue, escalated',
  executive: 'Service overdue, escalated to management',
} as const;

export const serviceAlert: Template<ServiceAlertVars> = {
  'zh-CN': (v, to) => ({
    subject: `【${ZH_SUBJECT[v.level]}】${v.contractRef}：${to.say(v.what)}`,
    blocks: [
      paragraph(
        v.level === 'due' || v.level === 'reminder'
          ? `合同 ${v.contractRef}（${v.customerName}）的售后工作「${to.say(v.what)}」${v.level === 'due' ? '已到期' : '已逾期，仍未完成'}，请及时处理。`
          : `服务工程师${v.engineerName}负责的售后工作「${to.say(v.what)}」已逾期且提醒后仍未完成，请跟进。`,
      ),
      ...details(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `${EN_SUBJECT[v.level]}: ${to.say(v.what)} — ${v.contractRef}`,
    blocks: [
      paragraph(
        v.level === 'due' || v.level === 'reminder'
          ? `${to.say(v.what)} for contract ${v.contractRef} (${v.customerName}) is ${v.level === 'due' ? 'due now' : 'overdue and not done yet'}.`
          : `${to.say(v.what)}, ${v.engineerName}’s, is overdue and still not done after a reminder. Please follow it up.`,
      ),
      ...details(v, to),
    ],
  }),
};

export const acceptanceRequest: Template<AcceptanceRequestVars> = {
  'zh-CN': (v) => ({
    subject: `【验收申请】合同 ${v.contractRef}`,
    blocks: [
      paragraph(
        `合同 ${v.contractRef}（${v.customerName}）的安装、调试、培训及现场答疑均已完成，特申请验收。请安排验收时间，如有问题请联系服务工程师${v.engineerName}（${v.engineerEmail}）。`,
      ),
    ],
  }),
  en: (v) => ({
    subject: `Acceptance requested — contract ${v.contractRef}`,
    blocks: [
      paragraph(
        `Installation, commissioning, training and the on-site Q&A for contract ${v.contractRef} (${v.customerName}) are done, and we ask for your acceptance. Please name a date; ${v.engineerName} (${v.engineerEmail}) will answer any question.`,
      ),
    ],
  }),
};
