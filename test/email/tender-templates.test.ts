import { describe, expect, it } from 'vitest';
import { type TemplateName, type TemplateVars, renderEmail } from '../../activities/email/templates';
import { LOCALES, type Locale } from '../../process';

const tender = {
  dealTitle: 'Acme <ERP> & "more"',
  dealUrl: 'https://dealflow.test/deals/1?a=1&b=2',
  tenderNo: 'ZB-2026-118',
  customerName: 'Acme Ltd',
};
const about = { ...tender, tenderUrl: 'https://dealflow.test/deals/1/tender', submissionDeadline: '2026-11-27T02:00:00Z', openingAt: '2026-11-27T06:30:00Z' };
const openItems = [
  { label: { en: 'Stamp the commercial bid', 'zh-CN': '商务标盖章' }, ownerName: 'Li Lei' },
  { label: 'Technical proposal <v2>', ownerName: 'Zhang Wei' },
];

type TenderTemplate = Extract<TemplateName, `tender_${string}`>;
const EXAMPLES: { [N in TenderTemplate]: TemplateVars[N] } = {
  tender_deadline: { ...about, daysLeft: 3, openItems, reviewStatus: 'pending' },
  tender_presentation: { ...about, presentationAt: '2026-12-01T01:30:00Z' },
  tender_missed: { ...about, openItems },
  tender_handover: {
    ...tender,
    contractRef: 'HT-3F9A2C',
    documents: [{ name: 'Tender <document>', url: 'https://files.dealflow.test/zb-118.pdf?v=1&dl=1' }],
    notes: 'Customer wants go-live before Chinese New Year',
    repName: 'Li Lei',
  },
};
const reader = (locale: Locale) => ({ name: 'Wang Fang', locale, timeZone: 'Asia/Shanghai' });
const render = <N extends TenderTemplate>(template: N, vars: TemplateVars[N], locale: Locale) =>
  renderEmail(template, vars, reader(locale), 'https://dealflow.test');

describe('tender email templates', () => {
  for (const [template, vars] of Object.entries(EXAMPLES) as Array<[TenderTemplate, TemplateVars[TenderTemplate]]>) {
    for (const locale of LOCALES) {
      it(`${template} (${locale}) has a subject with the tender number, a text part and an escaped HTML part`, () => {
        const email = render(template, vars, locale);
        expect(email.subject).toMatch(locale === 'zh-CN' ? /^【.+】/ : /^[A-Z]/);
        expect(email.subject).toContain('ZB-2026-118');
        expect(email.text).toContain(locale === 'zh-CN' ? 'Wang Fang，您好：' : 'Hello Wang Fang,');
        expect(email.text).toContain('https://dealflow.test/deals/1?a=1&b=2');
        expect(email.html).toContain(`<html lang="${locale}">`);
        expect(email.html).toContain('href="https://dealflow.test/deals/1?a=1&amp;b=2"');
        expect(email.html).not.toMatch(/<ERP>|<v2>|<document>/);
        expect(email.html).toContain('Acme &lt;ERP&gt; &amp; &quot;more&quot;');
        expect(email.html).not.toMatch(/\{\w+\}|undefined|NaN|\[object Object\]/);
        expect(email.text).not.toMatch(/\{\w+\}|undefined|NaN|\[object Object\]/);
      });
    }
  }

  it('counts the business days and the open items in the deadline subject', () => {
    expect(render('tender_deadline', EXAMPLES.tender_deadline, 'zh-CN').subject).toBe('【投标提醒】ZB-2026-118 距递交截止还有 3 个工作日（2 项未完成）');
    expect(render('tender_deadline', EXAMPLES.tender_deadline, 'en').subject).toBe('Bid due in 3 business days: ZB-2026-118 (2 items open)');
    const last = { ...EXAMPLES.tender_deadline, daysLeft: 1, openItems: openItems.slice(0, 1) };
    expect(render('tender_deadline', last, 'en').subject).toBe('Bid due in 1 business day: ZB-2026-118 (1 item open)');
  });

  it("lists the open items with their owners, in the reader's language", () => {
    for (const template of ['tender_deadline', 'tender_missed'] as const) {
      const zh = render(template, EXAMPLES[template], 'zh-CN');
      for (const row of ['尚未完成的事项及负责人：', '商务标盖章：Li Lei', 'Technical proposal <v2>：Zhang Wei']) expect(zh.text).toContain(row);
      expect(zh.html).toContain('Technical proposal &lt;v2&gt;');
      const en = render(template, EXAMPLES[template], 'en');
      for (const row of ['Still open, with their owners:', 'Stamp the commercial bid: Li Lei', 'Technical proposal <v2>: Zhang Wei'])
        expect(en.text).toContain(row);
    }
  });

  it('says nothing is open when the checklist is done', () => {
    const done = render('tender_deadline', { ...EXAMPLES.tender_deadline, openItems: [] }, 'zh-CN');
    expect(done.subject).toContain('（0 项未完成）');
    expect(done.text).toContain('投标清单上的事项均已完成。');
    expect(done.text).not.toContain('尚未完成的事项');
    const missed = render('tender_missed', { ...EXAMPLES.tender_missed, openItems: [] }, 'en');
    expect(missed.text).toContain('Every item on the bid checklist is done.');
    expect(missed.text).not.toContain('Still open');
  });

  it('says when the bid review is not yet approved, and keeps quiet once it is', () => {
    const status = (reviewStatus: TemplateVars['tender_deadline']['reviewStatus'], locale: Locale) =>
      render('tender_deadline', { ...EXAMPLES.tender_deadline, reviewStatus }, locale).text;
    expect(status('none', 'zh-CN')).toContain('投标评审尚未发起');
    expect(status('pending', 'zh-CN')).toContain('投标评审尚在审批中');
    expect(status('rejected', 'en')).toContain('The bid review was rejected');
    expect(status('approved', 'zh-CN')).not.toContain('投标评审');
    expect(status('approved', 'en')).not.toContain('bid review');
  });

  it('writes the deadline, the opening and the presentation as the reader reads them', () => {
    const zh = render('tender_presentation', EXAMPLES.tender_presentation, 'zh-CN');
    expect(zh.subject).toBe('【讲标提醒】ZB-2026-118 明天讲标');
    for (const row of [
      '招标编号：ZB-2026-118',
      '客户：Acme Ltd',
      '递交截止：2026年11月27日 周五 10:00',
      '开标时间：2026年11月27日 周五 14:30',
      '讲标时间：2026年12月1日 周二 09:30',
      '查看投标：https://dealflow.test/deals/1/tender',
    ]) {
      expect(zh.text).toContain(row);
    }
    const en = render('tender_presentation', EXAMPLES.tender_presentation, 'en');
    expect(en.subject).toBe('Bid presentation tomorrow: ZB-2026-118');
    expect(en.text).toContain('is tomorrow, Tue, December 1, 2026 at 09:30');
  });

  it('tells of a missed deadline', () => {
    expect(render('tender_missed', EXAMPLES.tender_missed, 'zh-CN').subject).toBe('【投标逾期】ZB-2026-118 已过递交截止时间，投标文件未递交');
    const en = render('tender_missed', EXAMPLES.tender_missed, 'en');
    expect(en.subject).toBe('Bid deadline missed: ZB-2026-118');
    expect(en.text).toContain('passed on Fri, November 27, 2026 at 10:00 without a bid submitted');
  });

  it('hands the tender over with its documents, contract and notes, leaving out what is missing', () => {
    const zh = render('tender_handover', EXAMPLES.tender_handover, 'zh-CN');
    expect(zh.subject).toBe(`【技术交接】ZB-2026-118：${tender.dealTitle}`);
    for (const row of [
      '交接资料：',
      'Tender <document>：https://files.dealflow.test/zb-118.pdf?v=1&dl=1',
      '合同编号：HT-3F9A2C',
      '销售负责人：Li Lei',
      '备注：Customer wants go-live before Chinese New Year',
    ]) {
      expect(zh.text).toContain(row);
    }
    expect(zh.html).toContain('https://files.dealflow.test/zb-118.pdf?v=1&amp;dl=1');
    const en = render('tender_handover', { ...EXAMPLES.tender_handover, contractRef: undefined, notes: undefined, documents: [] }, 'en');
    expect(en.subject).toBe(`Technical handover: ZB-2026-118 — ${tender.dealTitle}`);
    expect(en.text).toContain('Li Lei hands');
    expect(en.text).not.toMatch(/Handover documents|Contract:|Note:/);
  });
});
