import { type AgeBucket, type Label, type Locale, type Minor, ZERO, formatMoney, label, parseMoney, sumMoney } from '../../../process';
import { type Block, FIELD, type ListItem, type Template, list, paragraph } from './letter';
import type { Recipient, Wording } from './recipient';

/** The installment of a contract that a letter to the customer is about. */
export interface InstallmentOf {
  /** The account. */
  customerName: string;
  contactName?: string;
  contractRef: string;
  dealTitle: string;
  installmentLabel: Wording;
  /** ISO 4217, e.g. CNY; every amount of the letter is in it. */
  currency: string;
}

export interface ReceivableLine {
  customerName: string;
  dealTitle: string;
  contractRef: string;
  installmentLabel: Wording;
  /** Exact decimal, e.g. "360000.00". */
  outstanding: string;
  currency: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  /** Negative before the due date. */
  daysOverdue: number;
  url: string;
}

/** Told to finance. */
export interface ReceivablesDigestVars {
  receivablesUrl: string;
  /** Overdue installments by age. */
  buckets: Array<{ bucket: AgeBucket; items: ReceivableLine[] }>;
  dueThisWeek: ReceivableLine[];
}

/**
 * An exact decimal amount ("360000.00") as the reader writes money: ¥360,000.00, CNY 360,000.00.
 * Unlike `money` for approvals, the currency's minor digits always show: this is money owed.
 */
export function exactMoney(amount: string, currency: string, locale: Locale): string {
  // Node formats a decimal string exactly, without a detour through float; the ES2022 lib types only admit numbers.
  return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: locale === 'en' ? 'code' : 'symbol' }).format(
    amount as unknown as number,
  );
}

/** Field names the letters about an installment share. */
export const RECEIVABLE_FIELD = {
  contract: label('Contract', '合同编号'),
  deal: label('Project', '项目'),
  installment: label('Installment', '款项'),
  outstanding: label('Outstanding', '未付金额'),
} satisfies Record<string, Label>;

/** The rows that say which installment of which contract a letter is about. */
export const installmentRows = (v: InstallmentOf, to: Recipient): Array<[string, string | undefined]> => [
  [to.say(FIELD.customer), v.customerName],
  [to.say(FIELD.contact), v.contactName],
  [to.say(RECEIVABLE_FIELD.contract), v.contractRef],
  [to.say(RECEIVABLE_FIELD.deal), v.dealTitle],
  [to.say(RECEIVABLE_FIELD.installment), to.say(v.installmentLabel)],
];

const BUCKET: Record<AgeBucket, Label> = {
  '0-30': label('Overdue up to 30 days', '逾期 30 天以内'),
  '31-60': label('Overdue 31–60 days', '逾期 31–60 天'),
  '61-90': label('Overdue 61–90 days', '逾期 61–90 天'),
  '90+': label('Overdue more than 90 days', '逾期 90 天以上'),
};
const DUE_THIS_WEEK = label('Due this week', '本周到期');
const OPEN_RECEIVABLES = label('Open receivables', '查看应收账款');

/** "¥360,000.00 + US$1,200.00": the lines' outstanding amounts summed exactly, one total per currency. */
const totals = (lines: ReceivableLine[], to: Recipient): string => {
  const byCurrency = new Map<string, Minor>();
  for (const line of lines) byCurrency.set(line.currency, sumMoney([byCurrency.get(line.currency) ?? ZERO, parseMoney(line.outstanding)!]));
  return [...byCurrency].map(([currency, minor]) => exactMoney(formatMoney(minor), currency, to.locale)).join(' + ');
};

const headed: Record<Locale, (title: string, total: string) => string> = {
  'zh-CN': (title, total) => `${title}（合计 ${total}）`,
  en: (title, total) => `${title} (total ${total})`,
};

const detail: Record<Locale, (line: ReceivableLine, to: Recipient) => string[]> = {
  'zh-CN': (line, to) => [
    `未付 ${exactMoney(line.outstanding, line.currency, to.locale)}`,
    `${to.day(line.dueDate)} 到期`,
    ...(line.daysOverdue > 0 ? [`已逾期 ${to.days(line.daysOverdue)}`] : []),
  ],
  en: (line, to) => [
    `${exactMoney(line.outstanding, line.currency, to.locale)} outstanding`,
    `due ${to.day(line.dueDate)}`,
    ...(line.daysOverdue > 0 ? [`${to.days(line.daysOverdue)} overdue`] : []),
  ],
};

const items = (lines: ReceivableLine[], to: Recipient): ListItem[] =>
  lines.map((line) => ({
    title: `${line.customerName} · ${line.contractRef}`,
    url: line.url,
    detail: [line.dealTitle, to.say(line.installmentLabel), ...detail[to.locale](line, to)].join(' · '),
  }));

const section = (title: Label, lines: ReceivableLine[], to: Recipient) => list(headed[to.locale](to.say(title), totals(lines, to)), items(lines, to));

const overdueCount = (v: ReceivablesDigestVars) => v.buckets.reduce((sum, b) => sum + b.items.length, 0);

const OPENING = label(
  'Here are the overdue installments by how long they are overdue, and those that fall due this week.',
  '以下是按逾期时长分组的逾期款项，以及本周到期的款项。',
);
const NOTHING_OVERDUE = label('Nothing is overdue.', '目前没有逾期未付的款项。');

const blocks = (v: ReceivablesDigestVars, to: Recipient): Block[] => [
  paragraph(to.say(overdueCount(v) > 0 ? OPENING : NOTHING_OVERDUE)),
  ...v.buckets.map((b) => section(BUCKET[b.bucket], b.items, to)),
  section(DUE_THIS_WEEK, v.dueThisWeek, to),
  { kind: 'button', label: to.say(OPEN_RECEIVABLES), url: v.receivablesUrl },
];

export const receivablesDigest: Template<ReceivablesDigestVars> = {
  'zh-CN': (v, to) => ({
    subject: `【应收账款】${overdueCount(v)} 笔逾期，${v.dueThisWeek.length} 笔本周到期`,
    blocks: blocks(v, to),
  }),
  en: (v, to) => ({
    subject: `Receivables: ${overdueCount(v)} overdue, ${v.dueThisWeek.length} due this week`,
    blocks: blocks(v, to),
  }),
};
