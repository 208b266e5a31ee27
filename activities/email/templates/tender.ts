import { type Label, label } from '../../../process';
import { type Block, FIELD, type Template, facts, openDeal, paragraph } from './letter';
import { RECEIVABLE_FIELD } from './receivables';
import type { Recipient, Wording } from './recipient';

/** The tender of a deal, as every tender email names it. */
export interface TenderOf {
  dealTitle: string;
  dealUrl: string;
  /** The customer's tender number, e.g. ZB-2026-118. */
  tenderNo: string;
  customerName: string;
}

/** What the emails while the bid is prepared say about the tender. */
export interface TenderAbout extends TenderOf {
  tenderUrl: string;
  /** ISO 8601 instant. */
  submissionDeadline: string;
  /** ISO 8601 instant. */
  openingAt: string;
}

/** An item of the bid checklist that is not done yet. */
export interface OpenItem {
  label: Wording;
  ownerName: string;
}

/** Where the bid review approval stands. */
export type ReviewStatus = 'none' | 'pending' | 'approved' | 'rejected';

export interface TenderDeadlineVars extends TenderAbout {
  /** Business days to the submission deadline. */
  daysLeft: number;
  openItems: OpenItem[];
  reviewStatus: ReviewStatus;
}

export interface TenderPresentationVars extends TenderAbout {
  /** ISO 8601 instant. */
  presentationAt: string;
}

/** The submission deadline passed without a bid submitted. */
export interface TenderMissedVars extends TenderAbout {
  openItems: OpenItem[];
}

/** Told to the implementation lead who takes the won tender over from sales. */
export interface TenderHandoverVars extends TenderOf {
  contractRef?: string;
  documents: Array<{ name: string; url: string }>;
  notes?: string;
  repName: string;
}

const TENDER_FIELD = {
  tenderNo: label('Tender no.', '招标编号'),
  deadline: label('Submission deadline', '递交截止'),
  opening: label('Bid opening', '开标时间'),
  presentation: label('Presentation', '讲标时间'),
  rep: label('Sales rep', '销售负责人'),
} satisfies Record<string, Label>;

const OPEN_TENDER = label('Open the tender', '查看投标');
const OPEN_ITEMS = label('Still open, with their owners:', '尚未完成的事项及负责人：');
const NOTHING_OPEN = label('Every item on the bid checklist is done.', '投标清单上的事项均已完成。');
const DOCUMENTS = label('Handover documents:', '交接资料：');

const REVIEW_NOT_APPROVED: Record<Exclude<ReviewStatus, 'approved'>, Label> = {
  none: label('The bid review has not been requested yet; please request it soon.', '投标评审尚未发起，请尽快提交评审。'),
  pending: label('The bid review is still awaiting a decision; please follow it up.', '投标评审尚在审批中，请跟进审批进度。'),
  rejected: label('The bid review was rejected; please revise the bid and request the review again.', '投标评审已被驳回，请修改投标方案后重新提交评审。'),
};

/** "3 business days", "1 item" */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A heading over label and value rows; when there are no rows, `otherwise` in their place. */
const section = (heading: string, rows: Array<[string, string]>, otherwise: Block[] = []): Block[] =>
  rows.length > 0 ? [paragraph(heading), facts(...rows)] : otherwise;

const openItems = (items: OpenItem[], to: Recipient) =>
  section(
    to.say(OPEN_ITEMS),
    items.map((i): [string, string] => [to.say(i.label), i.ownerName]),
    [paragraph(to.say(NOTHING_OPEN))],
  );

const review = (status: ReviewStatus, to: Recipient) => (status === 'approved' ? [] : [paragraph(to.say(REVIEW_NOT_APPROVED[status]))]);

const tenderRows = (v: TenderOf, to: Recipient): Array<[string, string | undefined]> => [
  [to.say(TENDER_FIELD.tenderNo), v.tenderNo],
  [to.say(FIELD.customer), v.customerName],
];

const about = (v: TenderAbout, to: Recipient, ...more: Array<[string, string | undefined]>): Block[] => [
  facts(...tenderRows(v, to), [to.say(TENDER_FIELD.deadline), to.at(v.submissionDeadline)], [to.say(TENDER_FIELD.opening), to.at(v.openingAt)], ...more),
  { kind: 'button', label: to.say(OPEN_TENDER), url: v.tenderUrl },
  openDeal(v.dealUrl, to),
];

export const tenderDeadline: Template<TenderDeadlineVars> = {
  'zh-CN': (v, to) => ({
    subject: `【投标提醒】${v.tenderNo} 距递交截止还有 ${v.daysLeft} 个工作日（${v.openItems.length} 项未完成）`,
    blocks: [
      paragraph(`商机「${v.dealTitle}」的投标（${v.customerName}，招标编号 ${v.tenderNo}）距递交截止还有 ${v.daysLeft} 个工作日，请按时完成并递交投标文件。`),
      ...openItems(v.openItems, to),
      ...review(v.reviewStatus, to),
      ...about(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `Bid due in ${count(v.daysLeft, 'business day')}: ${v.tenderNo} (${count(v.openItems.length, 'item')} open)`,
    blocks: [
      paragraph(
        `The bid for ${v.dealTitle} (${v.customerName}, tender ${v.tenderNo}) is due in ${count(v.daysLeft, 'business day')}. Please finish it and submit it on time.`,
      ),
      ...openItems(v.openItems, to),
      ...review(v.reviewStatus, to),
      ...about(v, to),
    ],
  }),
};

const presentationRow = (v: TenderPresentationVars, to: Recipient): [string, string] => [to.say(TENDER_FIELD.presentation), to.at(v.presentationAt)];

export const tenderPresentation: Template<TenderPresentationVars> = {
  'zh-CN': (v, to) => ({
    subject: `【讲标提醒】${v.tenderNo} 明天讲标`,
    blocks: [
      paragraph(
        `商机「${v.dealTitle}」的讲标（${v.customerName}，招标编号 ${v.tenderNo}）定于明天（${to.at(v.presentationAt)}）。请确认讲标人员、演示材料和设备均已准备就绪。`,
      ),
      ...about(v, to, presentationRow(v, to)),
    ],
  }),
  en: (v, to) => ({
    subject: `Bid presentation tomorrow: ${v.tenderNo}`,
    blocks: [
      paragraph(
        `The bid presentation for ${v.dealTitle} (${v.customerName}, tender ${v.tenderNo}) is tomorrow, ${to.at(v.presentationAt)}. Please make sure the presenters, slides and equipment are ready.`,
      ),
      ...about(v, to, presentationRow(v, to)),
    ],
  }),
};

export const tenderMissed: Template<TenderMissedVars> = {
  'zh-CN': (v, to) => ({
    subject: `【投标逾期】${v.tenderNo} 已过递交截止时间，投标文件未递交`,
    blocks: [
      paragraph(
        `商机「${v.dealTitle}」的投标（${v.customerName}，招标编号 ${v.tenderNo}）已于 ${to.at(v.submissionDeadline)} 截止，投标文件未能递交。请与团队确认原因，并在 Dealflow 中更新商机。`,
      ),
      ...openItems(v.openItems, to),
      ...about(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `Bid deadline missed: ${v.tenderNo}`,
    blocks: [
      paragraph(
        `The submission deadline for ${v.dealTitle} (${v.customerName}, tender ${v.tenderNo}) passed on ${to.at(v.submissionDeadline)} without a bid submitted. Please find out with the team what happened, and update the deal in Dealflow.`,
      ),
      ...openItems(v.openItems, to),
      ...about(v, to),
    ],
  }),
};

const handover = (v: TenderHandoverVars, to: Recipient): Block[] => [
  ...section(
    to.say(DOCUMENTS),
    v.documents.map((d): [string, string] => [d.name, d.url]),
  ),
  facts(...tenderRows(v, to), [to.say(RECEIVABLE_FIELD.contract), v.contractRef], [to.say(TENDER_FIELD.rep), v.repName], [to.say(FIELD.note), v.notes]),
  openDeal(v.dealUrl, to),
];

export const tenderHandover: Template<TenderHandoverVars> = {
  'zh-CN': (v, to) => ({
    subject: `【技术交接】${v.tenderNo}：${v.dealTitle}`,
    blocks: [
      paragraph(
        `${v.repName} 将商机「${v.dealTitle}」（${v.customerName}，招标编号 ${v.tenderNo}）交接给您负责实施。请查阅交接资料，并与 ${v.repName} 约定技术交接会。`,
      ),
      ...handover(v, to),
    ],
  }),
  en: (v, to) => ({
    subject: `Technical handover: ${v.tenderNo} — ${v.dealTitle}`,
    blocks: [
      paragraph(
        `${v.repName} hands ${v.dealTitle} (${v.customerName}, tender ${v.tenderNo}) over to you for implementation. Please read the handover documents and set up a technical handover meeting with ${v.repName}.`,
      ),
      ...handover(v, to),
    ],
  }),
};
