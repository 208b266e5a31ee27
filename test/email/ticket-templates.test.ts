import { describe, expect, it } from 'vitest';
import { type TemplateName, type TemplateVars, renderEmail } from '../../activities/email/templates';
import { LOCALES, type Locale } from '../../process';

const about = {
  reference: 'T-4F2A9C01',
  title: 'Conveyor <line 3> stops',
  customerName: 'Acme Ltd',
  priority: 'urgent' as const,
  assigneeName: 'Zhang Wei',
  ticketUrl: 'https://dealflow.test/tickets/1?a=1&b=2',
};

type TicketTemplate = Extract<TemplateName, `ticket_${string}`>;
const EXAMPLES: { [N in TicketTemplate]: TemplateVars[N] } = {
  ticket_warning: { ...about, target: 'restore', deadline: '2026-10-01T04:00:00Z' },
  ticket_escalation: { ...about, target: 'response', deadline: '2026-10-01T02:15:00Z', rung: 'executive' },
  ticket_restored: { ...about, resolution: 'Replaced the drive belt', late: true },
};
const reader = (locale: Locale) => ({ name: 'Wang Fang', locale, timeZone: 'Asia/Shanghai' });

describe('ticket email templates', () => {
  for (const [template, vars] of Object.entries(EXAMPLES) as Array<[TicketTemplate, TemplateVars[TicketTemplate]]>) {
    for (const locale of LOCALES) {
      it(`${template} (${locale}) names the ticket in its subject and escapes it in HTML`, () => {
        const email = renderEmail(template, vars, reader(locale), 'https://dealflow.test');
        expect(email.subject).toMatch(locale === 'zh-CN' ? /^【.+】/ : /^[A-Z]/);
        expect(email.subject).toContain('T-4F2A9C01');
        expect(email.text).toContain('Acme Ltd');
        expect(email.html).toContain('Conveyor &lt;line 3&gt; stops');
        expect(email.html).not.toContain('<line 3>');
      });
    }
  }

  it('says when the deadline is, in the reader’s time zone', () => {
    expect(renderEmail('ticket_warning', EXAMPLES.ticket_warning, reader('zh-CN'), 'https://dealflow.test').subject).toContain('12:00');
    expect(renderEmail('ticket_escalation', EXAMPLES.ticket_escalation, reader('en'), 'https://dealflow.test').subject).toContain('executive');
  });
});
