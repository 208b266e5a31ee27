import { type Label, type Locale, label } from '../../../process';
import { type Letter, type Template, facts, paragraph } from './letter';
import type { Recipient } from './recipient';
import { type InstallmentOf, exactMoney, installmentRows } from './receivables';

/** Told to the customer at each rung of the dunning ladder. Amounts are exact decimals ("360000.00"). */
export interface DunningVars extends InstallmentOf {
  /** Outstanding now. */
  amountDue: string;
  /** The installment. */
  amountTotal: string;
  /** When partly paid. */
  paidSoFar?: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  /** Negative before the due date. */
  daysOverdue: number;
  repName: string;
  repEmail: string;
}

const DUNNING_FIELD = {
  amountTotal: label('Installment amount', '本期金额'),
  paidSoFar: label('Paid so far', '已付金额'),
  amountDue: label('Amount due', '应付金额'),
  dueDate: label('Due date', '到期日'),
  overdue: label('Overdue by', '逾期天数'),
} satisfies Record<string, Label>;

const bill = (v: DunningVars, to: Recipient) => {
  const amount = (decimal: string) => exactMoney(decimal, v.currency, to.locale);
  return facts(
    ...installmentRows(v, to),
    [to.say(DUNNING_FIELD.amountTotal), amount(v.amountTotal)],
    [to.say(DUNNING_FIELD.paidSoFar), v.paidSoFar && amount(v.paidSoFar)],
    [to.say(DUNNING_FIELD.amountDue), amount(v.amountDue)],
    [to.say(DUNNING_FIELD.dueDate), to.day(v.dueDate)],
    [to.say(DUNNING_FIELD.overdue), v.daysOverdue > 0 ? to.days(v.daysOverdue) : undefined],
  );
};

const askRep: Record<Locale, (v: DunningVars) => string> = {
  'zh-CN': (v) => `如有疑问，或款项已经支付，请联系 ${v.repName}（${v.repEmail}），我们会及时核对。`,
  en: (v) => `If you have any questions, or have already paid, please contact ${v.repName} (${v.repEmail}) and we will look into it promptly.`,
};

/** What the reader needs to write about the installment: the amount due, the due day, how many days. */
interface Said {
  due: string;
  day: string;
  days: string;
  /** "合同 HT-1（Acme ERP）的“签约款”", `installment "Payment on signing" under contract HT-1 (Acme ERP)` */
  installment: string;
}

const said = (v: DunningVars, to: Recipient): Said => ({
  due: exactMoney(v.amountDue, v.currency, to.locale),
  day: to.day(v.dueDate),
  days: to.days(Math.abs(v.daysOverdue)),
  installment:
    to.locale === 'zh-CN'
      ? `合同 ${v.contractRef}（${v.dealTitle}）的“${to.say(v.installmentLabel)}”`
      : `installment "${to.say(v.installmentLabel)}" under contract ${v.contractRef} (${v.dealTitle})`,
});

/** One rung: its subject and opening in the reader's words, then the bill and whom to ask. */
const rung =
  (write: (s: Said, v: DunningVars) => { subject: string; opening: string }) =>
  (v: DunningVars, to: Recipient): Letter => {
    const { subject, opening } = write(said(v, to), v);
    return { subject, blocks: [paragraph(opening), bill(v, to), paragraph(askRep[to.locale](v))] };
  };

export const dunningCourtesy: Template<DunningVars> = {
  'zh-CN': rung((s, v) => ({
    subject: `【付款提醒】合同 ${v.contractRef}：${s.due} 将于 ${s.day} 到期`,
    opening: `感谢贵司一直以来的支持。温馨提示：${s.installment}将于 ${s.days}后（${s.day}）到期，应付金额 ${s.due}。如已安排付款，请忽略本提醒。`,
  })),
  en: rung((s, v) => ({
    subject: `Payment reminder: ${s.due} due ${s.day} — contract ${v.contractRef}`,
    opening: `A friendly reminder: the ${s.installment} falls due in ${s.days}, on ${s.day}. The amount due is ${s.due}. If you have already arranged payment, please disregard this note.`,
  })),
};

export const dunningDue: Template<DunningVars> = {
  'zh-CN': rung((s, v) => ({
    subject: `【付款到期】合同 ${v.contractRef}：${s.due} 今日到期`,
    opening: `${s.installment}于今天（${s.day}）到期，应付金额 ${s.due}，烦请于今日安排付款。`,
  })),
  en: rung((s, v) => ({
    subject: `Payment due today: ${s.due} — contract ${v.contractRef}`,
    opening: `The ${s.installment} is due today, ${s.day}. The amount due is ${s.due}; please arrange payment today.`,
  })),
};

export const dunningOverdue7: Template<DunningVars> = {
  'zh-CN': rung((s, v) => ({
    subject: `【逾期提醒】合同 ${v.contractRef}：${s.due} 已逾期 ${s.days}`,
    opening: `${s.installment}已于 ${s.day} 到期，目前已逾期 ${s.days}，尚有 ${s.due} 未付。请尽快安排付款；如付款遇到困难，请与我们联系。`,
  })),
  en: rung((s, v) => ({
    subject: `Overdue payment: ${s.due}, ${s.days} past due — contract ${v.contractRef}`,
    opening: `The ${s.installment} was due on ${s.day} and is now ${s.days} overdue; ${s.due} is still outstanding. Please arrange payment as soon as possible, and let us know if anything is holding it up.`,
  })),
};

export const dunningOverdue15: Template<DunningVars> = {
  'zh-CN': rung((s, v) => ({
    subject: `【逾期催告】合同 ${v.contractRef}：${s.due} 已逾期 ${s.days}`,
    opening: `${s.installment}已于 ${s.day} 到期，经此前提醒，目前已逾期 ${s.days}，仍有 ${s.due} 未付。此事已报告我司管理层。请收到本邮件后尽快付款，或告知我们预计的付款日期。`,
  })),
  en: rung((s, v) => ({
    subject: `Second overdue notice: ${s.due}, ${s.days} past due — contract ${v.contractRef}`,
    opening: `Despite our earlier reminder, the ${s.installment} is now ${s.days} overdue (due ${s.day}); ${s.due} is still outstanding. We have referred the matter to our management. Please pay promptly, or tell us when we can expect payment.`,
  })),
};

export const dunningFinal: Template<DunningVars> = {
  'zh-CN': rung((s, v) => ({
    subject: `【最后催告】合同 ${v.contractRef}：${s.due} 已逾期 ${s.days}`,
    opening: `这是关于${s.installment}的最后催告。该款项已于 ${s.day} 到期，目前已逾期 ${s.days}，尚有 ${s.due} 未付。请立即安排付款；如仍未收到付款，我们将按照合同约定采取进一步措施。`,
  })),
  en: rung((s, v) => ({
    subject: `Final notice: ${s.due}, ${s.days} past due — contract ${v.contractRef}`,
    opening: `This is our final notice about the ${s.installment}. It was due on ${s.day} and is now ${s.days} overdue, with ${s.due} outstanding. Please pay immediately. If we do not receive payment, we will take further steps as provided in the contract.`,
  })),
};
