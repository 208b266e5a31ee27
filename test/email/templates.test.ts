import { describe, expect, it } from 'vitest';
import { type TemplateName, type TemplateVars, renderEmail } from '../../activities/email/templates';
import { escapeHtml } from '../../activities/email/templates/layout';
import { LOCALES } from '../../process';

const deal = { dealTitle: 'Acme <ERP> & "more"', dealUrl: 'https://dealflow.test/deals/1?a=1&b=2' };
const followUp = { ...deal, action: { en: 'Revisit after the demo', 'zh-CN': '演示后回访' }, dueAt: '2026-11-23T01:00:00Z' };
const stall = { ...deal, stage: { en: 'Intent', 'zh-CN': '意向客户' }, idleDays: 14 };
const item = { ...followUp, dealTitle: 'Beta CRM' };

const EXAMPLES: {
  [
    N in Exclude<
      TemplateName,
      | `approval_${string}`
      | `dunning_${string}`
      | 'payment_receipt'
      | 'receivables_digest'
      | `tender_${string}`
      | 'invitation'
      | 'password_reset'
      | 'sign_in_locked'
      | `ticket_${string}`
      | 'service_alert'
      | 'acceptance_request'
      | 'calendar_year_missing'
    >
  ]: TemplateVars[N];
} = {
  followup_due: { ...followUp, customerName: 'Acme Ltd' },
  followup_reminder: { ...followUp, dueAgo: 2 * 86_400_000 },
  followup_escalated: { ...followUp, repName: 'Li Lei' },
  callback_due: { ...deal, at: '2026-11-23T01:00:00Z' },
  stall_owner: stall,
  stall_supervisor: { ...stall, repName: 'Li Lei' },
  daily_digest: { date: '2026-11-23', due: [item], overdue: [] },
};
const reader = (locale: (typeof LOCALES)[number]) => ({ name: 'Wang Fang', locale, timeZone: 'Asia/Shanghai' });

describe('email templates', () => {
  for (const [template, vars] of Object.entries(EXAMPLES) as Array<[TemplateName, TemplateVars[TemplateName]]>) {
    for (const locale of LOCALES) {
      it(`${template} (${locale}) has a subject, a text part and an HTML part, with the deal escaped in HTML`, () => {
        const email = renderEmail(template, vars, reader(locale), 'https://dealflow.test');
        expect(email.subject).toMatch(locale === 'zh-CN' ? /^【.+】/ : /^[A-Z]/);
        expect(email.text).toContain(locale === 'zh-CN' ? 'Wang Fang，您好：' : 'Hello Wang Fang,');
        expect(email.text).toContain('https://dealflow.test/deals/1?a=1&b=2');
        expect(email.html).toContain('href="https://dealflow.test"');
        expect(email.html).not.toContain('<ERP>');
        expect(email.html).not.toMatch(/\{\w+\}|undefined|\[object Object\]/);
        expect(email.text).not.toMatch(/\{\w+\}|undefined|\[object Object\]/);
      });
    }
  }

  it("picks a bilingual action in the reader's language and says how long ago a follow-up was due", () => {
    expect(renderEmail('followup_reminder', EXAMPLES.followup_reminder, reader('zh-CN')).text).toContain('已于2天前到期');
    expect(renderEmail('followup_reminder', EXAMPLES.followup_reminder, reader('en')).subject).toBe(
      `Overdue follow-up: Revisit after the demo — ${deal.dealTitle}`,
    );
  });

  it('writes dates as the reader reads them', () => {
    expect(renderEmail('followup_due', EXAMPLES.followup_due, reader('zh-CN')).text).toContain('2026年11月23日 周一 09:00');
    expect(renderEmail('followup_due', EXAMPLES.followup_due, { ...reader('en'), timeZone: 'Europe/Berlin' }).text).toContain(
      'Mon, November 23, 2026 at 02:00',
    );
    expect(renderEmail('daily_digest', EXAMPLES.daily_digest, reader('zh-CN')).subject).toBe('【今日跟进】2026年11月23日 周一：1 项到期，0 项已逾期');
  });

  it('leaves out an empty digest list and optional facts', () => {
    const email = renderEmail('daily_digest', EXAMPLES.daily_digest, reader('en'));
    expect(email.text).toContain('Due today');
    expect(email.text).not.toContain('Overdue');
    expect(renderEmail('callback_due', EXAMPLES.callback_due, reader('en')).text).not.toContain('Contact:');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
});
