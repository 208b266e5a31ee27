import { type Label, label, parseMoney } from '../../../process';
import { type Template, facts, paragraph } from './letter';
import type { Recipient } from './recipient';
import { type InstallmentOf, RECEIVABLE_FIELD, exactMoney, installmentRows } from './receivables';

/** Told to the customer when a payment is recorded. Amounts are exact decimals ("360000.00"). */
export interface PaymentReceiptVars extends InstallmentOf {
  amountPaid: string;
  /** What is left of the installment after this payment. */
  outstanding: string;
  /** ISO 8601 instant. */
  receivedAt: string;
  /** The bank's or the customer's reference for the payment. */
  reference: string;
}

const RECEIPT_FIELD = {
  amountPaid: label('Amount received', '本次收款'),
  receivedAt: label('Received', '到账时间'),
  reference: label('Payment reference', '付款凭证号'),
} satisfies Record<string, Label>;

const settled = (v: PaymentReceiptVars) => parseMoney(v.outstanding) === 0;

const receipt = (v: PaymentReceiptVars, to: Recipient) =>
  facts(
    ...installmentRows(v, to),
    [to.say(RECEIPT_FIELD.amountPaid), exactMoney(v.amountPaid, v.currency, to.locale)],
    [to.say(RECEIPT_FIELD.receivedAt), to.at(v.receivedAt)],
    [to.say(RECEIPT_FIELD.reference), v.reference],
    [to.say(RECEIVABLE_FIELD.outstanding), exactMoney(v.outstanding, v.currency, to.locale)],
  );

export const paymentReceipt: Template<PaymentReceiptVars> = {
  'zh-CN': (v, to) => {
    const paid = exactMoney(v.amountPaid, v.currency, to.locale);
    const rest = settled(v) ? '该笔款项已全部结清。' : `该笔款项尚余 ${exactMoney(v.outstanding, v.currency, to.locale)} 未付。`;
    return {
      subject: `【收款确认】合同 ${v.contractRef}：已收到 ${paid}`,
      blocks: [
        paragraph(
          `我们已于 ${to.at(v.receivedAt)} 收到贵司就合同 ${v.contractRef}（${v.dealTitle}）“${to.say(v.installmentLabel)}”支付的 ${paid}，谢谢！${rest}`,
        ),
        receipt(v, to),
      ],
    };
  },
  en: (v, to) => {
    const paid = exactMoney(v.amountPaid, v.currency, to.locale);
    const rest = settled(v) ? 'This installment is now paid in full.' : `${exactMoney(v.outstanding, v.currency, to.locale)} of it is still outstanding.`;
    return {
      subject: `Payment received: ${paid} — contract ${v.contractRef}`,
      blocks: [
        paragraph(
          `Thank you: on ${to.at(v.receivedAt)} we received your payment of ${paid} for the installment "${to.say(v.installmentLabel)}" under contract ${v.contractRef} (${v.dealTitle}). ${rest}`,
        ),
        receipt(v, to),
      ],
    };
  },
};
