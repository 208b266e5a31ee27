import { describe, expect, it } from 'vitest';
import { FAILURE_STATUS, type LinkFailure, type LinkRequestSummary, confirmPage, decidedPage, failurePage } from '../../api/approvals/link-pages';
import { APPROVAL_KINDS, LOCALES, minor } from '../../process';

const summary: LinkRequestSummary = {
  dealTitle: 'Acme <script>alert(1)</script> & "Co"',
  kind: APPROVAL_KINDS.stage_gate,
  amount: minor(1_200_000_00),
  currency: 'CNY',
  requesterName: 'Li Lei',
  stage: { en: 'Project initiated', 'zh-CN': '已立项' },
  level: 1,
  levels: 2,
  note: 'Budget <b>confirmed</b>',
  approverName: 'Wang Fang',
};
const FAILURES = Object.keys(FAILURE_STATUS) as LinkFailure[];
const ACTION = '/approval-links/abc.def?x=1&y="2"';

/** The page's visible text, tags dropped and entities left as they are. */
const textOf = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

function expectWellFormed(html: string, locale: string) {
  expect(html).toMatch(/^<!doctype html>\n<html lang="(zh-CN|en)">/);
  expect(html).toContain(`lang="${locale}"`);
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  expect(html).not.toMatch(/<script|<b>|src=|https?:\/\//);
  expect(html).not.toMatch(/undefined|\[object Object\]|\{\w+\}/);
}

describe('approval link pages', () => {
  for (const locale of LOCALES) {
    it(`confirm page (${locale}) shows the request, escaped, and posts the decision with a comment`, () => {
      const html = confirmPage(locale, summary, 'approve', ACTION);
      expectWellFormed(html, locale);
      expect(html).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
      expect(html).toContain('Budget &lt;b&gt;confirmed&lt;/b&gt;');
      expect(html).toContain('<form method="post" action="/approval-links/abc.def?x=1&amp;y=&quot;2&quot;">');
      expect(html).toContain('name="comment"');
      expect(html).not.toContain('required');
      expect(textOf(html)).toContain(locale === 'zh-CN' ? '¥1,200,000' : 'CNY\u00a01,200,000');
      expect(textOf(html)).toContain(locale === 'zh-CN' ? '尚未做出任何决定' : 'Nothing has been decided yet');
      expect(html).toContain(locale === 'zh-CN' ? '>同意</button>' : '>Approve</button>');
    });

    it(`decided page (${locale}) confirms the decision`, () => {
      const html = decidedPage(locale, summary, 'reject');
      expectWellFormed(html, locale);
      expect(html).toContain(locale === 'zh-CN' ? '<h1>您已驳回该审批</h1>' : '<h1>You rejected the request</h1>');
      expect(html).not.toContain('<form');
    });

    for (const failure of FAILURES) {
      it(`failure page ${failure} (${locale}) explains itself and what to do next`, () => {
        const bare = failurePage(locale, failure);
        expectWellFormed(bare, locale);
        expect(bare.match(/<p/g)!.length).toBeGreaterThanOrEqual(2);
        expect(bare).not.toContain('<dl>');
        const promisesNothingChanged = textOf(bare).includes(locale === 'zh-CN' ? '未做任何更改' : 'Nothing was changed');
        expect(promisesNothingChanged).toBe(failure !== 'unavailable');
        expectWellFormed(failurePage(locale, failure, { summary, by: 'Zhao <Min>', at: '2026-11-23T01:00:00Z' }), locale);
      });
    }
  }

  it('asks for a reason before a rejection, in the form itself', () => {
    const html = confirmPage('zh-CN', { ...summary, onBehalfOfName: 'Zhang Wei' }, 'reject', ACTION);
    expect(html).toContain('<h1>确认驳回该审批？</h1>');
    expect(html).toMatch(/<textarea id="comment" name="comment" rows="4" required/);
    expect(html).toContain('驳回理由（必填）');
    expect(html).toContain('>驳回</button>');
    expect(textOf(html)).toContain('代为审批');
    expect(textOf(html)).toContain('Zhang Wei');
  });

  it('says what comes next after an approval at a level below the last', () => {
    expect(decidedPage('en', summary, 'approve')).toContain('It now goes to the level 2 approver.');
    expect(decidedPage('en', { ...summary, level: 2 }, 'approve')).not.toContain('level 3');
    expect(decidedPage('zh-CN', summary, 'approve')).toContain('接下来由第 2 级审批人审批。');
  });

  it('names who acted and when, in the given time zone', () => {
    const zh = failurePage('zh-CN', 'decided', { summary, by: 'Zhao <Min>', at: '2026-11-23T01:00:00Z' });
    expect(zh).toContain('<dt>审批人</dt><dd>Zhao &lt;Min&gt;</dd>');
    expect(zh).toContain('<dt>时间</dt><dd>2026年11月23日 周一 09:00</dd>');
    expect(zh).toContain('Acme &lt;script&gt;');
    const en = failurePage('en', 'escalated', { by: 'Zhao Min', at: '2026-11-23T01:00:00Z', timeZone: 'Europe/Berlin' });
    expect(en).toContain('<dt>Now with</dt><dd>Zhao Min</dd>');
    expect(en).toContain('<dd>Mon, November 23, 2026 at 02:00</dd>');
  });

  it('gives each failure its HTTP status', () => {
    expect(FAILURE_STATUS).toEqual({
      malformed: 400,
      forged: 403,
      expired: 410,
      used: 409,
      decided: 409,
      escalated: 409,
      withdrawn: 409,
      not_found: 404,
      comment_required: 422,
      unavailable: 503,
    });
  });
});
