import type { LinkDecision } from '../../activities/approvals/link-token';
import { APPROVAL_FIELD, DECISION, levelOf, money } from '../../activities/email/templates/approval';
import { escapeHtml } from '../../activities/email/templates/layout';
import { FIELD } from '../../activities/email/templates/letter';
import { recipient } from '../../activities/email/templates/recipient';
import { DEFAULT_WORKING_HOURS, type Label, type Locale, type Minor, label } from '../../process';
import { t } from '../i18n/messages';

/** What a link page shows about the request the link decides. */
export interface LinkRequestSummary {
  dealTitle: string;
  kind: Label;
  amount: Minor;
  currency: string;
  requesterName: string;
  stage?: Label;
  level: number;
  levels: number;
  note?: string;
  approverName: string;
  onBehalfOfName?: string;
}

export type LinkFailure =
  'malformed' | 'forged' | 'expired' | 'used' | 'decided' | 'escalated' | 'withdrawn' | 'not_found' | 'comment_required' | 'unavailable';

export const FAILURE_STATUS: Record<LinkFailure, number> = {
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
};

export interface FailureDetail {
  summary?: LinkRequestSummary;
  /** Who decided, now holds, or withdrew the request, or used the link. */
  by?: string;
  /** ISO 8601 instant that happened. */
  at?: string;
  /** The reader's IANA time zone for `at`; the process's default otherwise. */
  timeZone?: string;
}

const REASON_NEEDED = label('A rejection needs a reason, so the requester knows what to change.', '驳回须填写理由，以便申请人了解需要修改的地方。');
const OPEN_DEALFLOW = label(
  'Open the email again and use its button, or decide the request in Dealflow.',
  '请重新打开邮件并点击其中的按钮，或登录 Dealflow 处理该审批。',
);
const SEE_DECISION = label('Open the request in Dealflow to see the decision.', '请登录 Dealflow 查看审批结果。');

interface FailureWords {
  title: Label;
  why: Label;
  next: Label;
  /** What `detail.by` names. */
  by?: Label;
}

const FAILURES: Record<LinkFailure, FailureWords> = {
  malformed: {
    title: label('This link is incomplete', '链接不完整'),
    why: label('The link may have been cut off or changed when it was copied.', '该链接可能在复制时被截断或改动。'),
    next: OPEN_DEALFLOW,
  },
  forged: {
    title: label('This link is not valid', '链接无效'),
    why: label('Dealflow did not issue this link, or it has been altered.', '该链接不是 Dealflow 发出的，或已被改动。'),
    next: OPEN_DEALFLOW,
  },
  expired: {
    title: label('This link has expired', '链接已过期'),
    why: label('Approve and reject links work for a limited time only.', '审批链接仅在一定时间内有效。'),
    next: label(
      'If the request still waits for you, decide it in Dealflow; ask the requester if in doubt.',
      '如该审批仍待您处理，请登录 Dealflow 审批；如有疑问，请联系申请人。',
    ),
  },
  used: {
    title: label('This link has already been used', '该链接已使用过'),
    why: label(
      'Each approve or reject link works once, and a decision was already recorded with this one.',
      '每个审批链接只能使用一次，此前已通过该链接提交了审批结果。',
    ),
    next: SEE_DECISION,
    by: label('Used by', '提交人'),
  },
  decided: {
    title: label('This request has already been decided', '该审批已处理'),
    why: label('A decision on this request is already recorded, so this link no longer works.', '该审批已有审批结果，此链接不再有效。'),
    next: SEE_DECISION,
    by: label('Decided by', '审批人'),
  },
  escalated: {
    title: label('This request has moved on', '该审批已转交他人'),
    why: label('It waited too long and went to another approver, so your link no longer works.', '该审批等待超时，已升级给其他审批人，您的链接已失效。'),
    next: label('If you still want to weigh in, talk to the new approver or the requester.', '如您仍有意见，请与现审批人或申请人沟通。'),
    by: label('Now with', '现审批人'),
  },
  withdrawn: {
    title: label('This request was withdrawn', '该审批已撤回'),
    why: label('There is nothing left to decide.', '该审批已无需处理。'),
    next: label('You need not do anything.', '您无需任何操作。'),
    by: label('Withdrawn by', '撤回人'),
  },
  not_found: {
    title: label('Request not found', '找不到该审批'),
    why: label('Dealflow has no approval request for this link.', 'Dealflow 中没有与该链接对应的审批。'),
    next: label('Open Dealflow to see the requests waiting for you, or ask the requester.', '请登录 Dealflow 查看待您处理的审批，或联系申请人。'),
  },
  comment_required: {
    title: label('Please give a reason', '请填写驳回理由'),
    why: REASON_NEEDED,
    next: label('Go back, write a reason and submit again.', '请返回上一页，填写理由后重新提交。'),
  },
  unavailable: {
    title: label('Dealflow cannot record decisions right now', 'Dealflow 暂时无法记录审批结果'),
    why: label('A service it depends on is not answering.', '系统依赖的服务暂时无响应。'),
    next: label('Try again in a few minutes. That is safe: a decision is never recorded twice.', '请几分钟后重试。重试是安全的：审批结果不会被重复记录。'),
  },
};

const NOTHING_CHANGED = label('Nothing was changed.', '未做任何更改。');
const AT = label('When', '时间');

const WORDS = {
  confirmTitle: { approve: label('Approve this request?', '确认同意该审批？'), reject: label('Reject this request?', '确认驳回该审批？') },
  notYet: label(
    'Nothing has been decided yet: your decision is recorded only when you press “{button}” below.',
    '尚未做出任何决定：点击下方“{button}”按钮后才会记录审批结果。',
  ),
  comment: { approve: label('Comment (optional)', '审批意见（选填）'), reject: label('Reason for rejecting (required)', '驳回理由（必填）') },
  decidedTitle: { approve: label('You approved the request', '您已同意该审批'), reject: label('You rejected the request', '您已驳回该审批') },
  nextLevel: label('It now goes to the level {level} approver.', '接下来由第 {level} 级审批人审批。'),
  requesterTold: label('The requester is told by email. You can close this page.', '申请人将收到邮件通知。您可以关闭此页面。'),
} satisfies Record<string, Label | Record<LinkDecision, Label>>;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f3f4f6;color:#111827;font:16px/1.6 -apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',Helvetica,Arial,sans-serif}
main{max-width:560px;margin:0 auto;padding:24px 16px}
.brand{font-size:20px;font-weight:600;color:#1d4ed8;margin:0 0 16px}
.card{background:#fff;border-radius:8px;padding:24px}
h1{font-size:22px;line-height:1.3;margin:0 0 16px}
p{margin:0 0 12px}
.notice{background:#eff6ff;border-left:4px solid #1d4ed8;padding:8px 12px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:16px 0}
dt{color:#6b7280}
dd{margin:0;overflow-wrap:anywhere;white-space:pre-line}
label{display:block;font-weight:600;margin:16px 0 4px}
textarea,input{width:100%;font:inherit;padding:8px;border:1px solid #d1d5db;border-radius:6px}
.error{color:#b91c1c}
.help{color:#6b7280;font-size:14px;margin:4px 0 0}
button{display:block;width:100%;margin:16px 0 0;padding:12px;border:0;border-radius:6px;font:inherit;font-weight:600;color:#fff;background:#15803d;cursor:pointer}
button.reject{background:#b91c1c}
@media (max-width:480px){dl{grid-template-columns:1fr;gap:0}dd{margin:0 0 8px}}
`;

/** The page every emailed link lands on: Dealflow's header and one card. */
export function page(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Dealflow</title><style>${STYLE}</style></head>
<body><main><div class="brand">Dealflow</div><div class="card">
<h1>${escapeHtml(title)}</h1>
${body}
</div></main></body></html>
`;
}

export const para = (text: string, className?: string) => `<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</p>`;

/** Label and value rows; a row without a value is left out. */
function rows(entries: Array<[Label, string | undefined]>, locale: Locale): string {
  const shown = entries.flatMap(([name, value]) => (value === undefined ? [] : [`<dt>${escapeHtml(name[locale])}</dt><dd>${escapeHtml(value)}</dd>`]));
  return shown.length ? `<dl>${shown.join('')}</dl>` : '';
}

const summaryRows = (s: LinkRequestSummary, locale: Locale): Array<[Label, string | undefined]> => [
  [APPROVAL_FIELD.deal, s.dealTitle],
  [APPROVAL_FIELD.kind, s.kind[locale]],
  [APPROVAL_FIELD.amount, money(s.amount, s.currency, locale)],
  [APPROVAL_FIELD.stage, s.stage?.[locale]],
  [APPROVAL_FIELD.requester, s.requesterName],
  [APPROVAL_FIELD.level, levelOf(s)],
  [FIELD.note, s.note],
  [APPROVAL_FIELD.approver, s.approverName],
  [APPROVAL_FIELD.onBehalfOf, s.onBehalfOfName],
];

/** Shows the request and asks the approver to confirm; the link's GET changes nothing, this form's POST decides. */
export function confirmPage(locale: Locale, summary: LinkRequestSummary, decision: LinkDecision, formAction: string): string {
  const button = DECISION[decision][locale];
  const reject = decision === 'reject';
  const form = `<form method="post" action="${escapeHtml(formAction)}">
<label for="comment">${escapeHtml(WORDS.comment[decision][locale])}</label>
<textarea id="comment" name="comment" rows="4"${reject ? ' required aria-describedby="comment-help"' : ''}></textarea>
${reject ? `<p class="help" id="comment-help">${escapeHtml(REASON_NEEDED[locale])}</p>` : ''}
<button type="submit" class="${decision}">${escapeHtml(button)}</button>
</form>`;
  return page(
    locale,
    WORDS.confirmTitle[decision][locale],
    [para(t(WORDS.notYet, locale, { button }), 'notice'), rows(summaryRows(summary, locale), locale), form].join('\n'),
  );
}

export function decidedPage(locale: Locale, summary: LinkRequestSummary, decision: LinkDecision): string {
  const next = decision === 'approve' && summary.level < summary.levels ? [para(t(WORDS.nextLevel, locale, { level: String(summary.level + 1) }))] : [];
  return page(
    locale,
    WORDS.decidedTitle[decision][locale],
    [...next, para(WORDS.requesterTold[locale]), rows(summaryRows(summary, locale), locale)].join('\n'),
  );
}

export function failurePage(locale: Locale, failure: LinkFailure, detail: FailureDetail = {}): string {
  const words = FAILURES[failure];
  const at = detail.at && recipient({ name: '', locale, timeZone: detail.timeZone ?? DEFAULT_WORKING_HOURS.timezone }).at(detail.at);
  const by: Array<[Label, string | undefined]> = words.by ? [[words.by, detail.by]] : [];
  // When the service was unavailable a decision may still have landed; the retry advice covers that.
  const changed = failure === 'unavailable' ? [] : [para(NOTHING_CHANGED[locale])];
  return page(
    locale,
    words.title[locale],
    [
      para(words.why[locale]),
      ...changed,
      para(words.next[locale], 'notice'),
      rows([...(detail.summary ? summaryRows(detail.summary, locale) : []), ...by, [AT, at]], locale),
    ].join('\n'),
  );
}
