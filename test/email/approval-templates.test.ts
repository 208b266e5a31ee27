import { describe, expect, it } from 'vitest';
import { type TemplateName, type TemplateVars, renderEmail } from '../../activities/email/templates';
import { money } from '../../activities/email/templates/approval';
import { APPROVAL_KINDS, LOCALES, type Locale, minor } from '../../process';

const about = {
  dealTitle: 'Acme <ERP> & "more"',
  dealUrl: 'https://dealflow.test/deals/1?a=1&b=2',
  approvalUrl: 'https://dealflow.test/approvals/9',
  kind: APPROVAL_KINDS.stage_gate,
  amount: minor(1_200_000_00),
  currency: 'CNY',
  requesterName: 'Li Lei',
  ownerName: 'Han Meimei',
  accountName: 'Acme Ltd',
  stage: { en: 'Project initiated', 'zh-CN': '已立项' },
  note: 'Budget confirmed by the CFO',
  level: 1,
  levels: 2,
};
const requested = {
  ...about,
  approveUrl: 'https://dealflow.test/approval-links/tok.approve?x=1&y=2',
  rejectUrl: 'https://dealflow.test/approval-links/tok.reject',
  expiresAt: '2026-12-06T01:00:00Z',
};

type ApprovalTemplate = Extract<TemplateName, `approval_${string}`>;
const EXAMPLES: { [N in ApprovalTemplate]: TemplateVars[N] } = {
  approval_requested: requested,
  approval_reminder: { ...requested, waitingSince: '2026-11-23T01:00:00Z' },
  approval_escalation_notice: { ...about, fromName: 'Zhang Wei', toName: 'Zhao Min' },
  approval_decided: { ...about, outcome: 'approved', deciderName: 'Zhang Wei' },
  approval_withdrawn: { ...about, byName: 'Li Lei' },
};
const reader = (locale: Locale) => ({ name: 'Wang Fang', locale, timeZone: 'Asia/Shanghai' });
const render = <N extends ApprovalTemplate>(template: N, vars: TemplateVars[N], locale: Locale) =>
  renderEmail(template, vars, reader(locale), 'https://dealflow.test');

describe('approval email templates', () => {
  for (const [template, vars] of Object.entries(EXAMPLES) as Array<[ApprovalTemplate, TemplateVars[ApprovalTemplate]]>) {
    for (const locale of LOCALES) {
      it(`${template} (${locale}) names the request, shows its facts and escapes the deal in HTML`, () => {
        const email = render(template, vars, locale);
        expect(email.subject).toContain(
          locale === 'zh-CN' ? '立项申请：Acme <ERP> & "more"（¥1,200,000）' : 'Project initiation: Acme <ERP> & "more" (CNY\u00a01,200,000)',
        );
        expect(email.text).toContain(locale === 'zh-CN' ? 'Wang Fang，您好：' : 'Hello Wang Fang,');
        for (const fact of locale === 'zh-CN'
          ? ['客户：Acme Ltd', '申请人：Li Lei', '负责人：Han Meimei', '审批层级：1/2', '申请进入阶段：已立项', '备注：Budget confirmed by the CFO']
          : ['Customer: Acme Ltd', 'Requested by: Li Lei', 'Owner: Han Meimei', 'Approval level: 1/2', 'Stage asked for: Project initiated']) {
          expect(email.text).toContain(fact);
        }
        expect(email.html).not.toContain('<ERP>');
        expect(email.html).toContain('Acme &lt;ERP&gt; &amp; &quot;more&quot;');
        expect(email.html).not.toMatch(/\{\w+\}|undefined|\[object Object\]/);
        expect(email.text).not.toMatch(/\{\w+\}|undefined|\[object Object\]|\s\./);
      });
    }
  }

  it('asks for a decision with two buttons and says until when the links work', () => {
    const zh = render('approval_requested', EXAMPLES.approval_requested, 'zh-CN');
    expect(zh.subject).toBe('【审批】立项申请：Acme <ERP> & "more"（¥1,200,000）');
    expect(zh.text).toContain('Li Lei 就商机「Acme <ERP> & "more"」发起了“立项申请”审批，请您审批（第 1/2 级）。');
    expect(zh.text).toContain(`同意：${requested.approveUrl}`);
    expect(zh.text).toContain(`驳回：${requested.rejectUrl}`);
    expect(zh.text).toContain('链接有效期至：2026年12月6日 周日 09:00');
    expect(zh.html).toContain('href="https://dealflow.test/approval-links/tok.approve?x=1&amp;y=2"');

    const en = render('approval_requested', EXAMPLES.approval_requested, 'en');
    expect(en.subject).toBe('[Approval] Project initiation: Acme <ERP> & "more" (CNY\u00a01,200,000)');
    expect(en.text).toContain('Li Lei asks for your approval for Acme <ERP> & "more": Project initiation (level 1/2).\n');
    expect(en.text).toContain(`Approve: ${requested.approveUrl}`);
    expect(en.text).toContain(`Reject: ${requested.rejectUrl}`);
    expect(en.text).not.toContain(about.approvalUrl);
  });

  it('says when the reader decides as a delegate or got the request by escalation', () => {
    const vars = { ...requested, onBehalfOfName: 'Zhang Wei', escalatedFromName: 'Zhao Min' };
    expect(render('approval_requested', vars, 'zh-CN').text).toContain('您作为 Zhang Wei 的代理人收到此审批。该审批在 Zhao Min 处超时未处理，已升级给您。');
    const en = render('approval_requested', vars, 'en').text;
    expect(en).toContain("You receive it as Zhang Wei's delegate. It came to you because Zhao Min did not decide it in time.");
    expect(en).toContain('On behalf of: Zhang Wei');
  });

  it('reminds with how long the request has waited', () => {
    expect(render('approval_reminder', EXAMPLES.approval_reminder, 'zh-CN').subject).toMatch(/^【审批提醒】立项申请/);
    const en = render('approval_reminder', EXAMPLES.approval_reminder, 'en');
    expect(en.subject).toMatch(/^\[Approval reminder\] Project initiation/);
    expect(en.text).toContain('has been waiting for you since Mon, November 23, 2026 at 09:00');
    expect(en.text).toContain('Approve: ');
  });

  it('tells who the request went to on escalation, with a link to the request', () => {
    const zh = render('approval_escalation_notice', EXAMPLES.approval_escalation_notice, 'zh-CN');
    expect(zh.subject).toBe('【审批升级】立项申请：Acme <ERP> & "more"（¥1,200,000），已转给 Zhao Min');
    expect(zh.text).toContain(`查看审批：${about.approvalUrl}`);
    const en = render('approval_escalation_notice', EXAMPLES.approval_escalation_notice, 'en');
    expect(en.subject).toMatch(/^\[Approval escalated\] .*, now with Zhao Min$/);
    expect(en.text).toContain('Approver: Zhao Min');
    expect(en.text).not.toContain('Approve: ');
  });

  it('tells the requester the outcome, who decided and what comes next', () => {
    const approved = render('approval_decided', EXAMPLES.approval_decided, 'en');
    expect(approved.subject).toMatch(/^\[Approved\] Project initiation/);
    expect(approved.text).toContain('It now goes to the level 2 approver.');
    const approvedZh = render('approval_decided', EXAMPLES.approval_decided, 'zh-CN');
    expect(approvedZh.subject).toMatch(/^【审批通过】/);
    expect(approvedZh.text).toContain('审批已由 Zhang Wei 同意（第 1/2 级）。接下来由第 2 级审批人审批。');

    const rejected = { ...EXAMPLES.approval_decided, outcome: 'rejected' as const, level: 2, onBehalfOfName: 'Zhao Min', comment: 'Margin too thin' };
    const zh = render('approval_decided', rejected, 'zh-CN');
    expect(zh.subject).toMatch(/^【审批驳回】/);
    expect(zh.text).toContain('审批已被 Zhang Wei 驳回（代 Zhao Min 审批，第 2/2 级）。');
    expect(zh.text).toContain('审批意见：Margin too thin');
    const en = render('approval_decided', rejected, 'en');
    expect(en.subject).toMatch(/^\[Rejected\] /);
    expect(en.text).toContain('Zhang Wei (on behalf of Zhao Min) rejected your request');
    expect(en.text).not.toContain('goes to the level');
  });

  it('tells the approver a withdrawn request needs nothing more', () => {
    expect(render('approval_withdrawn', EXAMPLES.approval_withdrawn, 'zh-CN').subject).toMatch(/^【审批撤回】/);
    const en = render('approval_withdrawn', EXAMPLES.approval_withdrawn, 'en');
    expect(en.subject).toMatch(/^\[Approval withdrawn\] /);
    expect(en.text).toContain('Li Lei withdrew the request');
  });

  it('leaves out facts the request does not have', () => {
    const { accountName: _a, stage: _s, note: _n, ...bare } = about;
    const text = render('approval_withdrawn', { ...bare, byName: 'Li Lei' }, 'en').text;
    expect(text).not.toMatch(/Customer:|Stage asked for:|Note:/);
  });

  it('writes money as the reader reads it, with cents only when there are some', () => {
    expect(money(minor(1_200_000_00), 'CNY', 'zh-CN')).toBe('¥1,200,000');
    expect(money(minor(1_200_000_50), 'CNY', 'zh-CN')).toBe('¥1,200,000.50');
    expect(money(minor(1_200_000_00), 'CNY', 'en')).toBe('CNY\u00a01,200,000');
    expect(money(minor(99_90), 'USD', 'en')).toBe('USD\u00a099.90');
    expect(money(minor(12_00), 'USD', 'zh-CN')).toBe('US$12');
    // Exact past what a double holds to the fen.
    expect(money(minor(Number.MAX_SAFE_INTEGER), 'CNY', 'en')).toBe('CNY\u00a090,071,992,547,409.91');
  });
});
