import { describe, expect, it } from 'vitest';
import { renderEmail } from '../../activities/email/templates';
import { LOCALES, type Locale } from '../../process';

const vars = { year: 2027, calendarUrl: 'https://dealflow.test/admin/calendar' };
const reader = (locale: Locale) => ({ name: 'Zhao <Admin>', locale, timeZone: 'Asia/Shanghai' });

describe('the missing calendar year email', () => {
  for (const locale of LOCALES) {
    it(`(${locale}) names the year, what counting by weekends only does, and links the admin screen`, () => {
      const email = renderEmail('calendar_year_missing', vars, reader(locale), 'https://dealflow.test');
      expect(email.subject).toMatch(locale === 'zh-CN' ? /^【节假日日历】缺少 2027 年/ : /^Holiday calendar: 2027 is missing/);
      expect(email.text).toContain(locale === 'zh-CN' ? 'Zhao <Admin>，您好：' : 'Hello Zhao <Admin>,');
      expect(email.text).toContain(locale === 'zh-CN' ? '节假日会被当作工作日' : 'its public holidays will be treated as working days');
      expect(email.text).toContain(locale === 'zh-CN' ? '补充后它们会重新计算期限' : 'once it is added they count their deadlines again');
      expect(email.text).toContain(`${locale === 'zh-CN' ? '补充 2027 年节假日：' : 'Add 2027 to the calendar: '}${vars.calendarUrl}`);
      expect(email.html).toContain(`href="${vars.calendarUrl}"`);
      expect(email.html).toContain('Zhao &lt;Admin&gt;');
      expect(email.html).not.toMatch(/\{\w+\}|undefined|NaN/);
    });
  }
});
