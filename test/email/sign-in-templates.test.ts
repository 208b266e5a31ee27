import { describe, expect, it } from 'vitest';
import { type TemplateVars, renderEmail } from '../../activities/email/templates';
import { LOCALES, type Locale } from '../../process';

type SignInTemplate = 'invitation' | 'password_reset' | 'sign_in_locked';
const url = 'https://dealflow.test/password/set?token=dfl_abc.def';
const EXAMPLES: { [N in SignInTemplate]: TemplateVars[N] } = {
  invitation: { inviterName: 'Admin <root>', email: 'li.na@example.com', url, expiresAt: '2026-12-04T02:00:00Z' },
  password_reset: { url, expiresAt: '2026-12-01T03:00:00Z' },
  sign_in_locked: { failures: 5, until: '2026-12-01T02:15:00Z' },
};
const reader = (locale: Locale) => ({ name: 'Li Na', locale, timeZone: 'Asia/Shanghai' });

describe('sign-in email templates', () => {
  for (const [template, vars] of Object.entries(EXAMPLES) as Array<[SignInTemplate, TemplateVars[SignInTemplate]]>) {
    for (const locale of LOCALES) {
      it(`${template} (${locale}) greets the reader, says when, and escapes its HTML`, () => {
        const email = renderEmail(template, vars, reader(locale), 'https://dealflow.test');
        expect(email.subject).toMatch(locale === 'zh-CN' ? /^【.+】/ : /^[A-Z]/);
        expect(email.text).toContain(locale === 'zh-CN' ? 'Li Na，您好：' : 'Hello Li Na,');
        expect(email.text).toMatch(locale === 'zh-CN' ? /2026年12月\d+日/ : /December \d+, 2026/);
        expect(email.html).not.toMatch(/<root>|\{\w+\}|undefined|NaN/);
        if (template !== 'sign_in_locked') expect(email.html).toContain(`href="${url}"`);
      });
    }
  }

  it('names who invited and the account in the invitation', () => {
    const email = renderEmail('invitation', EXAMPLES.invitation, reader('en'), 'https://dealflow.test');
    expect(email.text).toContain('Admin <root> has made you a Dealflow account (li.na@example.com)');
    expect(email.html).toContain('Admin &lt;root&gt;');
  });
});
