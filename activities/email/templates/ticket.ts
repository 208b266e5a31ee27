import { type Label, type SlaTarget, type TicketPriority, label } from '../../../process';
import { FIELD, type Template, facts, paragraph } from './letter';
import type { Recipient } from './recipient';

/** A support ticket as every ticket email names it. */
export interface TicketAbout {
  reference: string;
  title: string;
  customerName: string;
  priority: TicketPriority;
  assigneeName?: string;
  ticketUrl: string;
}

export interface TicketWarningVars extends TicketAbout {
  target: SlaTarget;
  /** ISO 8601 instant the target is breached. */
  deadline: string;
}

export interface TicketEscalationVars extends TicketWarningVars {
  rung: 'supervisor' | 'executive';
}

export interface TicketRestoredVars extends TicketAbout {
  resolution: string;
  /** The restore target was breached on the way. */
  late: boolean;
}

const TICKET_FIELD = {
  ticket: label('Ticket', '工单'),
  priority: label('Priority', '优先级'),
  assignee: label('Assignee', '处理人'),
  deadline: label('Deadline', '时限'),
  resolution: label('Resolution', '处理结果'),
} satisfies Record<string, Label>;

const TARGET: Record<SlaTarget, Label> = {
  response: label('response', '响应'),
  restore: label('fault removal', '故障排除'),
};

const PRIORITY: Record<TicketPriority, Label> = {
  urgent: label('urgent', '紧急'),
  high: label('high', '高'),
  normal: label('normal', '普通'),
  low: label('low', '低'),
};

const NOBODY = label('nobody yet', '尚未分配');
const OPEN_TICKET = label('Open the ticket', '查看工单');

const details = (v: TicketAbout & { deadline?: string }, to: Recipient) => [
  facts(
    [to.say(TICKET_FIELD.ticket), `${v.reference} ${v.title}`],
    [to.say(FIELD.customer), v.customerName],
    [to.say(TICKET_FIELD.priority), to.say(PRIORITY[v.priority])],
    [to.say(TICKET_FIELD.assignee), v.assigneeName ?? to.say(NOBODY)],
    [to.say(TICKET_FIELD.deadline), v.deadline && to.at(v.deadline)],
  ),
  { kind: 'button' as const, label: to.say(OPEN_TICKET), url: v.ticketUrl },
];

export const ticketWarning: Template<TicketWarningVars> = {
  'zh-CN': (v, to) => ({
    subject: `【工单即将超时】${v.reference}：${to.say(TARGET[v.target])}时限 ${to.at(v.deadline)}`,
    blocks: [
      paragraph(`${v.customerName} 的工单「${v.title}」的${to.say(TARGET[v.target])}时限即将到达（${to.at(v.deadline)}）。请立即处理，超时将上报主管。`),
      ...details(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `SLA about to be breached: ${v.reference} ${to.say(TARGET[v.target])} due ${to.at(v.deadline)}`,
    blocks: [
      paragraph(
        `The ${to.say(TARGET[v.target])} target of ${v.customerName}'s ticket "${v.title}" runs out at ${to.at(v.deadline)}. Please act now; a breach is escalated to the service supervisor.`,
      ),
      ...details(v, to),
    ],
  }),
};

const RUNG: Record<TicketEscalationVars['rung'], Label> = {
  supervisor: label('service supervisor', '服务主管'),
  executive: label('executive', '公司领导'),
};

export const ticketEscalation: Template<TicketEscalationVars> = {
  'zh-CN': (v, to) => ({
    subject: `【工单超时升级·${to.say(RUNG[v.rung])}】${v.reference}：${to.say(TARGET[v.target])}已超时`,
    blocks: [
      paragraph(
        `${v.customerName} 的工单「${v.title}」的${to.say(TARGET[v.target])}时限已于 ${to.at(v.deadline)} 超时，现上报${to.say(RUNG[v.rung])}。请督促处理。`,
      ),
      ...details(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `SLA breached, escalated to ${to.say(RUNG[v.rung])}: ${v.reference} ${to.say(TARGET[v.target])}`,
    blocks: [
      paragraph(
        `The ${to.say(TARGET[v.target])} target of ${v.customerName}'s ticket "${v.title}" was breached at ${to.at(v.deadline)} and is escalated to the ${to.say(RUNG[v.rung])}. Please see that it is handled.`,
      ),
      ...details(v, to),
    ],
  }),
};

export const ticketRestored: Template<TicketRestoredVars> = {
  'zh-CN': (v, to) => ({
    subject: `【故障已排除】${v.reference}：${v.title}`,
    blocks: [
      paragraph(`${v.customerName} 的工单「${v.title}」已处理完毕${v.late ? '（已超出时限）' : ''}。如问题复现，可在 7 天内重新打开工单。`),
      facts([to.say(TICKET_FIELD.resolution), v.resolution]),
      ...details(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `Fault removed: ${v.reference} ${v.title}`,
    blocks: [
      paragraph(
        `${v.customerName}'s ticket "${v.title}" is restored${v.late ? ' (after its deadline)' : ''}. If the fault comes back, the ticket can be reopened.`,
      ),
      facts([to.say(TICKET_FIELD.resolution), v.resolution]),
      ...details(v, to),
    ],
  }),
};
