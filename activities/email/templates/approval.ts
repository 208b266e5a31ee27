import { type Label, type Locale, type Minor, formatMoney, label } from '../../../process';
import type { LinkDecision } from '../../approvals/link-token';
import { type Block, FIELD, type Template, facts, paragraph } from './letter';
import type { Recipient } from './recipient';

/** What every approval email says about the request. */
export interface ApprovalAbout {
  dealTitle: string;
  dealUrl: string;
  /** The request in the Dealflow inbox. */
  approvalUrl: string;
  /** From the process's APPROVAL_KINDS. */
  kind: Label;
  amount: Minor;
  /** ISO 4217, e.g. CNY. */
  currency: string;
  requesterName: string;
  ownerName: string;
  accountName?: string;
  /** The stage asked for, when the request is a stage gate. */
  stage?: Label;
  /** The requester's note. */
  note?: string;
  /** 1-based. */
  level: number;
  /** The chain's length. */
  levels: number;
}

export interface ApprovalRequestedVars extends ApprovalAbout {
  approveUrl: string;
  rejectUrl: string;
  /** ISO 8601 instant the approve and reject links stop working. */
  expiresAt: string;
  /** The reader decides as the delegate of this approver. */
  onBehalfOfName?: string;
  /** The request came to the reader by escalation from this approver. */
  escalatedFromName?: string;
}

export interface ApprovalReminderVars extends ApprovalRequestedVars {
  /** ISO 8601 instant the request reached the reader. */
  waitingSince: string;
}

/** Told to the approver passed over and to the requester. */
export interface ApprovalEscalationNoticeVars extends ApprovalAbout {
  fromName: string;
  toName: string;
}

/** Told to the requester. */
export interface ApprovalDecidedVars extends ApprovalAbout {
  outcome: 'approved' | 'rejected';
  deciderName: string;
  /** The decider acted as the delegate of this approver. */
  onBehalfOfName?: string;
  comment?: string;
}

/** Told to the approver. */
export interface ApprovalWithdrawnVars extends ApprovalAbout {
  byName: string;
}

/** Field names the approval emails and the approval link pages share. */
export const APPROVAL_FIELD = {
  deal: label('Deal', '商机'),
  kind: label('Request', '审批事项'),
  amount: label('Amount', '金额'),
  stage: label('Stage asked for', '申请进入阶段'),
  requester: label('Requested by', '申请人'),
  level: label('Approval level', '审批层级'),
  approver: label('Approver', '审批人'),
  onBehalfOf: label('On behalf of', '代为审批'),
  decider: label('Decided by', '审批人'),
  comment: label('Comment', '审批意见'),
  linksExpire: label('Links valid until', '链接有效期至'),
} satisfies Record<string, Label>;

/** What the approver presses, in the email and on the link page. */
export const DECISION: Record<LinkDecision, Label> = { approve: label('Approve', '同意'), reject: label('Reject', '驳回') };
const OPEN_REQUEST = label('Open the request', '查看审批');

/** Chinese readers see ¥1,200,000, English readers CNY 1,200,000; cents only when there are any. */
export function money(amount: Minor, currency: string, locale: Locale): string {
  const digits = amount % 100 === 0 ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  // Node formats a decimal string exactly, without a detour through float; the ES2022 lib types only admit numbers.
  return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: locale === 'en' ? 'code' : 'symbol', ...digits }).format(
    formatMoney(amount) as unknown as number,
  );
}

/** "1/2" */
export const levelOf = (v: { level: number; levels: number }) => `${v.level}/${v.levels}`;

/** "立项申请：Acme ERP（¥1,200,000）", "Project initiation: Acme ERP (CNY 1,200,000)" */
const headline = (v: ApprovalAbout, to: Recipient) => {
  const amount = money(v.amount, v.currency, to.locale);
  return to.locale === 'zh-CN' ? `${to.say(v.kind)}：${v.dealTitle}（${amount}）` : `${to.say(v.kind)}: ${v.dealTitle} (${amount})`;
};

const aboutFacts = (v: ApprovalAbout, to: Recipient, ...more: Array<[string, string | undefined]>) =>
  facts(
    [to.say(APPROVAL_FIELD.deal), v.dealTitle],
    [to.say(APPROVAL_FIELD.kind), to.say(v.kind)],
    [to.say(FIELD.customer), v.accountName],
    [to.say(APPROVAL_FIELD.amount), money(v.amount, v.currency, to.locale)],
    [to.say(APPROVAL_FIELD.stage), v.stage && to.say(v.stage)],
    [to.say(APPROVAL_FIELD.requester), v.requesterName],
    [to.say(FIELD.owner), v.ownerName],
    [to.say(APPROVAL_FIELD.level), levelOf(v)],
    [to.say(FIELD.note), v.note],
    ...more,
  );

const button = (wording: Label, url: string, to: Recipient): Block => ({ kind: 'button', label: to.say(wording), url });

const decide = (v: ApprovalRequestedVars, to: Recipient) => [
  aboutFacts(v, to, [to.say(APPROVAL_FIELD.onBehalfOf), v.onBehalfOfName], [to.say(APPROVAL_FIELD.linksExpire), to.at(v.expiresAt)]),
  button(DECISION.approve, v.approveUrl, to),
  button(DECISION.reject, v.rejectUrl, to),
];

const openRequest = (v: ApprovalAbout, to: Recipient) => button(OPEN_REQUEST, v.approvalUrl, to);

const HOW_TO_DECIDE: Label = label(
  'Each button opens a page where you can add a comment before you confirm; a rejection needs a reason. You can also decide in Dealflow.',
  '点击按钮后会先打开确认页面，您可以填写审批意见后再提交；驳回须填写理由。您也可以登录 Dealflow 处理。',
);

const howItCame: Record<Locale, (v: ApprovalRequestedVars) => string> = {
  'zh-CN': (v) =>
    [v.onBehalfOfName && `您作为 ${v.onBehalfOfName} 的代理人收到此审批。`, v.escalatedFromName && `该审批在 ${v.escalatedFromName} 处超时未处理，已升级给您。`]
      .filter(Boolean)
      .join(''),
  en: (v) =>
    [
      v.onBehalfOfName && `You receive it as ${v.onBehalfOfName}'s delegate.`,
      v.escalatedFromName && `It came to you because ${v.escalatedFromName} did not decide it in time.`,
    ]
      .filter(Boolean)
      .join(' '),
};

export const approvalRequested: Template<ApprovalRequestedVars> = {
  'zh-CN': (v, to) => ({
    subject: `【审批】${headline(v, to)}`,
    blocks: [
      paragraph(`${v.requesterName} 就商机「${v.dealTitle}」发起了“${to.say(v.kind)}”审批，请您审批（第 ${levelOf(v)} 级）。${howItCame['zh-CN'](v)}`),
      paragraph(to.say(HOW_TO_DECIDE)),
      ...decide(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `[Approval] ${headline(v, to)}`,
    blocks: [
      paragraph(`${v.requesterName} asks for your approval for ${v.dealTitle}: ${to.say(v.kind)} (level ${levelOf(v)}). ${howItCame.en(v)}`.trimEnd()),
      paragraph(to.say(HOW_TO_DECIDE)),
      ...decide(v, to),
    ],
  }),
};

export const approvalReminder: Template<ApprovalReminderVars> = {
  'zh-CN': (v, to) => ({
    subject: `【审批提醒】${headline(v, to)}`,
    blocks: [
      paragraph(
        `${v.requesterName} 就商机「${v.dealTitle}」发起的“${to.say(v.kind)}”审批自 ${to.at(v.waitingSince)} 起等待您处理，目前仍未审批，请尽快处理。${howItCame['zh-CN'](v)}`,
      ),
      paragraph(to.say(HOW_TO_DECIDE)),
      ...decide(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `[Approval reminder] ${headline(v, to)}`,
    blocks: [
      paragraph(
        `${v.requesterName}'s request for ${v.dealTitle} (${to.say(v.kind)}) has been waiting for you since ${to.at(v.waitingSince)}. Please decide it soon. ${howItCame.en(v)}`.trimEnd(),
      ),
      paragraph(to.say(HOW_TO_DECIDE)),
      ...decide(v, to),
    ],
  }),
};

export const approvalEscalationNotice: Template<ApprovalEscalationNoticeVars> = {
  'zh-CN': (v, to) => ({
    subject: `【审批升级】${headline(v, to)}，已转给 ${v.toName}`,
    blocks: [
      paragraph(
        `商机「${v.dealTitle}」的“${to.say(v.kind)}”审批在 ${v.fromName} 处超时未处理，已升级给 ${v.toName}。此前发给 ${v.fromName} 的审批链接已失效。`,
      ),
      aboutFacts(v, to, [to.say(APPROVAL_FIELD.approver), v.toName]),
      openRequest(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `[Approval escalated] ${headline(v, to)}, now with ${v.toName}`,
    blocks: [
      paragraph(
        `${v.fromName} did not decide the request for ${v.dealTitle} (${to.say(v.kind)}) in time, so it has gone to ${v.toName}. The approve and reject links sent to ${v.fromName} no longer work.`,
      ),
      aboutFacts(v, to, [to.say(APPROVAL_FIELD.approver), v.toName]),
      openRequest(v, to),
    ],
  }),
};

const decidedFacts = (v: ApprovalDecidedVars, to: Recipient) =>
  aboutFacts(
    v,
    to,
    [to.say(APPROVAL_FIELD.decider), v.deciderName],
    [to.say(APPROVAL_FIELD.onBehalfOf), v.onBehalfOfName],
    [to.say(APPROVAL_FIELD.comment), v.comment],
  );

const nextLevel = (v: ApprovalDecidedVars) => v.outcome === 'approved' && v.level < v.levels;

export const approvalDecided: Template<ApprovalDecidedVars> = {
  'zh-CN': (v, to) => {
    const how = `（${v.onBehalfOfName ? `代 ${v.onBehalfOfName} 审批，` : ''}第 ${levelOf(v)} 级）`;
    const sentence =
      v.outcome === 'approved'
        ? `您就商机「${v.dealTitle}」发起的“${to.say(v.kind)}”审批已由 ${v.deciderName} 同意${how}。${nextLevel(v) ? `接下来由第 ${v.level + 1} 级审批人审批。` : ''}`
        : `您就商机「${v.dealTitle}」发起的“${to.say(v.kind)}”审批已被 ${v.deciderName} 驳回${how}。`;
    return {
      subject: `【${v.outcome === 'approved' ? '审批通过' : '审批驳回'}】${headline(v, to)}`,
      blocks: [paragraph(sentence), decidedFacts(v, to), openRequest(v, to)],
    };
  },
  en: (v, to) => {
    const decider = v.onBehalfOfName ? `${v.deciderName} (on behalf of ${v.onBehalfOfName})` : v.deciderName;
    const verb = v.outcome === 'approved' ? 'approved' : 'rejected';
    const sentence = `${decider} ${verb} your request for ${v.dealTitle} (${to.say(v.kind)}, level ${levelOf(v)}).${nextLevel(v) ? ` It now goes to the level ${v.level + 1} approver.` : ''}`;
    return {
      subject: `[${v.outcome === 'approved' ? 'Approved' : 'Rejected'}] ${headline(v, to)}`,
      blocks: [paragraph(sentence), decidedFacts(v, to), openRequest(v, to)],
    };
  },
};

export const approvalWithdrawn: Template<ApprovalWithdrawnVars> = {
  'zh-CN': (v, to) => ({
    subject: `【审批撤回】${headline(v, to)}`,
    blocks: [
      paragraph(`${v.byName} 撤回了商机「${v.dealTitle}」的“${to.say(v.kind)}”审批，您无需再处理，此前收到的审批链接已失效。`),
      aboutFacts(v, to),
      openRequest(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `[Approval withdrawn] ${headline(v, to)}`,
    blocks: [
      paragraph(
        `${v.byName} withdrew the request for ${v.dealTitle} (${to.say(v.kind)}). There is nothing for you to decide, and the approve and reject links you received no longer work.`,
      ),
      aboutFacts(v, to),
      openRequest(v, to),
    ],
  }),
};
