import { describe, expect, it } from 'vitest';
import { type TemplateName, type TemplateVars, renderEmail } from '../../activities/email/templates';
import type { ReceivableLine } from '../../activities/email/templates/receivables';
import { LOCALES, type Locale } from '../../process';

const installment = {
  customerName: 'Acme <Ltd> & "Co"',
  contactName: 'Wang Lei',
  contractRef: 'HT-3F9A2C',
  dealTitle: 'Acme ERP',
  installmentLabel: { en: 'Payment on signing', 'zh-CN': '签约款' },
  currency: 'CNY',
};
const dunning = {
  ...installment,
  amountDue: '1234567.89',
  amountTotal: '1234567.99',
  paidSoFar: '0.10',
  dueDate: '2026-11-23',
  repName: 'Li Lei',
  repEmail: 'li.lei@dealflow.test',
};
const line = (extra: Partial<ReceivableLine> = {}): ReceivableLine => ({
  customerName: 'Acme <Ltd> & "Co"',
  dealTitle: 'Acme ERP',
  contractRef: 'HT-3F9A2C',
  installmentLabel: { en: 'Payment on signing', 'zh-CN': '签约款' },
  outstanding: '0.10',
  currency: 'CNY',
  dueDate: '2026-11-01',
  daysOverdue: 22,
  url: 'https://dealflow.test/contracts/1?a=1&b=2',
  ...extra,
});

type ReceivablesTemplate = Extract<TemplateName, `dunning_${string}` | 'payment_receipt' | 'receivables_digest'>;
const EXAMPLES: { [N in ReceivablesTemplate]: TemplateVars[N] } = {
  dunning_courtesy: { ...dunning, daysOverdue: -3 },
  dunning_due: { ...dunning, daysOverdue: 0 },
  dunning_overdue_7: { ...dunning, daysOverdue: 7 },
  dunning_overdue_15: { ...dunning, daysOverdue: 15 },
  dunning_final: { ...dunning, daysOverdue: 30 },
  payment_receipt: { ...installment, amountPaid: '0.10', outstanding: '1234567.89', receivedAt: '2026-11-23T02:00:00Z', reference: 'CMB-20261123-001' },
  receivables_digest: {
    receivablesUrl: 'https://dealflow.test/receivables',
    buckets: [
      { bucket: '0-30', items: [line(), line({ outstanding: '0.20' }), line({ currency: 'USD', outstanding: '1234567.89' })] },
      { bucket: '31-60', items: [] },
      { bucket: '90+', items: [line({ contractRef: 'HT-000001', outstanding: '360000.00', daysOverdue: 120 })] },
    ],
    dueThisWeek: [line({ contractRef: 'HT-77AA01', outstanding: '99.90', dueDate: '2026-11-26', daysOverdue: -3 })],
  },
};
const reader = (locale: Locale) => ({ name: 'Wang Lei', locale, timeZone: 'Asia/Shanghai' });
const render = <N extends ReceivablesTemplate>(template: N, vars: TemplateVars[N], locale: Locale) =>
  renderEmail(template, vars, reader(locale), 'https://dealflow.test');
const yuan = (locale: Locale, amount: string) => (locale === 'zh-CN' ? `¥${amount}` : `CNY\u00a0${amount}`);

describe('receivables email templates', () => {
  for (const [template, vars] of Object.entries(EXAMPLES) as Array<[ReceivablesTemplate, TemplateVars[ReceivablesTemplate]]>) {
    for (const locale of LOCALES) {
      it(`${template} (${locale}) has a subject with the contract, a text part and an escaped HTML part`, () => {
        const email = render(template, vars, locale);
        expect(email.subject).toMatch(locale === 'zh-CN' ? /^【.+】/ : /^[A-Z]/);
        expect(template === 'receivables_digest' ? email.text : email.subject).toContain('HT-3F9A2C');
        expect(email.text).toContain(locale === 'zh-CN' ? 'Wang Lei，您好：' : 'Hello Wang Lei,');
        expect(email.html).toContain(`<html lang="${locale}">`);
        expect(email.html).not.toContain('<Ltd>');
        expect(email.html).toContain('Acme &lt;Ltd&gt; &amp; &quot;Co&quot;');
        expect(email.html).not.toMatch(/\{\w+\}|undefined|NaN|\[object Object\]/);
        expect(email.text).not.toMatch(/\{\w+\}|undefined|NaN|\[object Object\]/);
      });
    }
  }

  it('puts the contract and the amount due in every dunning subject, exact to the fen', () => {
    expect(render('dunning_courtesy', EXAMPLES.dunning_courtesy, 'zh-CN').subject).toBe(
      '【付款提醒】合同 HT-3F9A2C：¥1,234,567.89 将于 2026年11月23日 周一 到期',
    );
    expect(render('dunning_due', EXAMPLES.dunning_due, 'zh-CN').subject).toBe('【付款到期】合同 HT-3F9A2C：¥1,234,567.89 今日到期');
    expect(render('dunning_overdue_7', EXAMPLES.dunning_overdue_7, 'zh-CN').subject).toBe('【逾期提醒】合同 HT-3F9A2C：¥1,234,567.89 已逾期 7天');
    expect(render('dunning_overdue_15', EXAMPLES.dunning_overdue_15, 'zh-CN').subject).toBe('【逾期催告】合同 HT-3F9A2C：¥1,234,567.89 已逾期 15天');
    expect(render('dunning_final', EXAMPLES.dunning_final, 'zh-CN').subject).toBe('【最后催告】合同 HT-3F9A2C：¥1,234,567.89 已逾期 30天');
    expect(render('dunning_courtesy', EXAMPLES.dunning_courtesy, 'en').subject).toBe(
      'Payment reminder: CNY\u00a01,234,567.89 due Mon, November 23, 2026 — contract HT-3F9A2C',
    );
    expect(render('dunning_due', EXAMPLES.dunning_due, 'en').subject).toBe('Payment due today: CNY\u00a01,234,567.89 — contract HT-3F9A2C');
    expect(render('dunning_overdue_7', EXAMPLES.dunning_overdue_7, 'en').subject).toBe(
      'Overdue payment: CNY\u00a01,234,567.89, 7 days past due — contract HT-3F9A2C',
    );
    expect(render('dunning_final', EXAMPLES.dunning_final, 'en').subject).toMatch(/^Final notice: /);
  });

  it('shows the bill: installment, what was paid, what is due, the due day and the days overdue', () => {
    for (const locale of LOCALES) {
      const { text } = render('dunning_overdue_7', EXAMPLES.dunning_overdue_7, locale);
      const rows =
        locale === 'zh-CN'
          ? [
              '客户：Acme <Ltd> & "Co"',
              '联系人：Wang Lei',
              '合同编号：HT-3F9A2C',
              '款项：签约款',
              '本期金额：¥1,234,567.99',
              '已付金额：¥0.10',
              '应付金额：¥1,234,567.89',
              '到期日：2026年11月23日 周一',
              '逾期天数：7天',
              'Li Lei（li.lei@dealflow.test）',
            ]
          : [
              'Contract: HT-3F9A2C',
              'Installment: Payment on signing',
              `Installment amount: ${yuan(locale, '1,234,567.99')}`,
              `Paid so far: ${yuan(locale, '0.10')}`,
              `Amount due: ${yuan(locale, '1,234,567.89')}`,
              'Due date: Mon, November 23, 2026',
              'Overdue by: 7 days',
              'Li Lei (li.lei@dealflow.test)',
            ];
      for (const row of rows) expect(text).toContain(row);
    }
    const before = render('dunning_courtesy', { ...EXAMPLES.dunning_courtesy, paidSoFar: undefined }, 'en').text;
    expect(before).toContain('falls due in 3 days, on Mon, November 23, 2026');
    expect(before).not.toMatch(/Paid so far|Overdue by/);
  });

  it('keeps two decimals for money owed, and formats other currencies for the reader', () => {
    const vars = { ...EXAMPLES.dunning_due, amountDue: '360000.00', amountTotal: '360000.00', paidSoFar: undefined };
    expect(render('dunning_due', vars, 'zh-CN').subject).toContain('¥360,000.00');
    expect(render('dunning_due', vars, 'en').subject).toContain('CNY\u00a0360,000.00');
    expect(render('dunning_due', { ...vars, currency: 'USD', amountDue: '0.10' }, 'zh-CN').subject).toContain('US$0.10');
  });

  it('grows firmer up the ladder: escalation to management at 15 days, consequences per contract in the final notice', () => {
    expect(render('dunning_overdue_15', EXAMPLES.dunning_overdue_15, 'zh-CN').text).toContain('此事已报告我司管理层');
    expect(render('dunning_overdue_15', EXAMPLES.dunning_overdue_15, 'en').text).toContain('referred the matter to our management');
    expect(render('dunning_final', EXAMPLES.dunning_final, 'zh-CN').text).toContain('我们将按照合同约定采取进一步措施');
    expect(render('dunning_final', EXAMPLES.dunning_final, 'en').text).toContain('further steps as provided in the contract');
    expect(render('dunning_courtesy', EXAMPLES.dunning_courtesy, 'en').text).not.toMatch(/overdue|management|further steps/i);
  });

  it('confirms a payment, and says whether the installment is now settled', () => {
    const zh = render('payment_receipt', EXAMPLES.payment_receipt, 'zh-CN');
    expect(zh.subject).toBe('【收款确认】合同 HT-3F9A2C：已收到 ¥0.10');
    for (const row of [
      '本次收款：¥0.10',
      '到账时间：2026年11月23日 周一 10:00',
      '付款凭证号：CMB-20261123-001',
      '未付金额：¥1,234,567.89',
      '该笔款项尚余 ¥1,234,567.89 未付。',
    ])
      expect(zh.text).toContain(row);
    const en = render('payment_receipt', { ...EXAMPLES.payment_receipt, outstanding: '0.00' }, 'en');
    expect(en.subject).toBe('Payment received: CNY\u00a00.10 — contract HT-3F9A2C');
    expect(en.text).toContain('This installment is now paid in full.');
    expect(en.text).toContain('Outstanding: CNY\u00a00.00');
  });

  it('lists overdue receivables by age with exact totals per currency, leaving out empty buckets', () => {
    const zh = render('receivables_digest', EXAMPLES.receivables_digest, 'zh-CN');
    expect(zh.subject).toBe('【应收账款】4 笔逾期，1 笔本周到期');
    expect(zh.text).toContain('逾期 30 天以内（合计 ¥0.30 + US$1,234,567.89）');
    expect(zh.text).toContain('逾期 90 天以上（合计 ¥360,000.00）');
    expect(zh.text).toContain('本周到期（合计 ¥99.90）');
    expect(zh.text).toContain('Acme <Ltd> & "Co" · HT-000001：Acme ERP · 签约款 · 未付 ¥360,000.00 · 2026年11月1日 周日 到期 · 已逾期 120天');
    expect(zh.text).not.toContain('31–60');
    expect(zh.text).toContain('查看应收账款：https://dealflow.test/receivables');

    const en = render('receivables_digest', EXAMPLES.receivables_digest, 'en');
    expect(en.subject).toBe('Receivables: 4 overdue, 1 due this week');
    expect(en.text).toContain('Overdue up to 30 days (total CNY\u00a00.30 + USD\u00a01,234,567.89)');
    expect(en.text).toContain('Acme <Ltd> & "Co" · HT-77AA01: Acme ERP · Payment on signing · CNY\u00a099.90 outstanding · due Thu, November 26, 2026\n');
    expect(en.html).toContain('href="https://dealflow.test/contracts/1?a=1&amp;b=2"');
  });

  it('says so when nothing is overdue', () => {
    const quiet = { ...EXAMPLES.receivables_digest, buckets: [{ bucket: '0-30' as const, items: [] }] };
    expect(render('receivables_digest', quiet, 'zh-CN').text).toContain('目前没有逾期未付的款项。');
    const en = render('receivables_digest', { ...quiet, dueThisWeek: [] }, 'en');
    expect(en.subject).toBe('Receivables: 0 overdue, 0 due this week');
    expect(en.text).toContain('Nothing is overdue.');
    expect(en.text).not.toContain('Overdue up to');
  });
});
