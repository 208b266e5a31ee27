import { describe, expect, it } from 'vitest';
import { type TemplateVars, renderEmail } from '../../activities/email/templates';
import { LOCALES, type Locale } from '../../process';

const alert: TemplateVars['service_alert'] = {
  level: 'due',
  what: { en: 'Environment ready', 'zh-CN': '环境准备就绪' },
  contractRef: 'HT-3F9A2C',
  customerName: 'Acme <Ltd>',
  dealTitle: 'Acme ERP',
  dealUrl: 'https://dealflow.test/deals/1?a=1&b=2',
  engineerName: 'Chen Gong',
  dueAt: '2026-12-07T01:00:00Z',
};
const acceptance: TemplateVars['acceptance_request'] = {
  contractRef: 'HT-3F9A2C',
  customerName: 'Acme <Ltd>',
  engineerName: 'Chen Gong',
  engineerEmail: 'chen@dealflow.test',
};
const reader = (locale: Locale, customer?: true) => ({ name: 'Wang Fang', locale, timeZone: 'Asia/Shanghai', customer });

describe('service email templates', () => {
  for (const locale of LOCALES) {
    it(`service_alert (${locale}) names the work, its due time and the contract, escaped`, () => {
      const email = renderEmail('service_alert', alert, reader(locale), 'https://dealflow.test');
      expect(email.subject).toBe(locale === 'zh-CN' ? '【售后到期】HT-3F9A2C：环境准备就绪' : 'Service due: Environment ready — HT-3F9A2C');
      expect(email.text).toContain('09:00');
      expect(email.html).toContain('Acme &lt;Ltd&gt;');
      expect(email.html).toContain('href="https://dealflow.test/deals/1?a=1&amp;b=2"');
      expect(email.text).not.toMatch(/\{\w+\}|undefined|NaN|\[object Object\]/);
    });

    it(`acceptance_request (${locale}) is a letter to the customer naming the engineer`, () => {
      const email = renderEmail('acceptance_request', acceptance, reader(locale, true), 'https://dealflow.test');
      expect(email.subject).toContain('HT-3F9A2C');
      expect(email.text).toContain('chen@dealflow.test');
      expect(email.text.match(/Wang Fang/g), 'greeted once, by the layout').toHaveLength(1);
      expect(email.text).not.toMatch(/Dear|您好：合同/);
      expect(email.html).toContain('Acme &lt;Ltd&gt;');
      expect(email.html).not.toContain('https://dealflow.test');
      expect(email.text).not.toMatch(/\{\w+\}|undefined|NaN|\[object Object\]/);
    });
  }

  it('says who is escalated to, rung by rung', () => {
    const subject = (level: (typeof alert)['level'], locale: Locale) => renderEmail('service_alert', { ...alert, level }, reader(locale), '').subject;
    expect(['due', 'reminder', 'supervisor', 'executive'].map((l) => subject(l as (typeof alert)['level'], 'zh-CN'))).toEqual([
      '【售后到期】HT-3F9A2C：环境准备就绪',
      '【售后逾期】HT-3F9A2C：环境准备就绪',
      '【售后逾期·升级】HT-3F9A2C：环境准备就绪',
      '【售后逾期·升级至管理层】HT-3F9A2C：环境准备就绪',
    ]);
    expect(renderEmail('service_alert', { ...alert, level: 'supervisor' }, reader('en'), '').text).toContain(
      'Chen Gong’s, is overdue and still not done after a reminder',
    );
  });
});
