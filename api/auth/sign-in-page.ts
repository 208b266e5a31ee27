import { escapeHtml } from '../../activities/email/templates/layout';
import { type Label, label } from '../../process';
import { webPath } from '../../runtime/web-paths';
import { page } from '../approvals/link-pages';
import { t } from '../i18n/messages';

/** Why the form is shown again. */
export type SignInTrouble = { kind: 'wrong' } | { kind: 'incomplete' } | { kind: 'cross_site' } | { kind: 'locked'; retryAfterSeconds: number };

const WORDS = {
  title: label('Sign in to Dealflow', '登录 Dealflow'),
  email: label('Email', '邮箱'),
  password: label('Password', '密码'),
  submit: label('Sign in', '登录'),
  forgot: label('Forgot your password? Your administrator can email you a new link to set one.', '忘记密码？管理员可以向您发送新的设置密码链接。'),
} satisfies Record<string, Label>;

const TROUBLE: Record<SignInTrouble['kind'], Label> = {
  wrong: label('Email or password is wrong.', '邮箱或密码错误。'),
  incomplete: label('Enter your email and your password.', '请输入邮箱和密码。'),
  cross_site: label('Sign in from Dealflow’s own sign-in page.', '请在 Dealflow 自己的登录页面登录。'),
  locked: label('Too many failed sign-ins. Try again in {minutes} minute(s).', '登录失败次数过多，请 {minutes} 分钟后重试。'),
};

/** Both languages on one line, Chinese first: the page is for whoever opens it, before we know who they are. */
const both = (words: Label, vars: Record<string, string> = {}) => `${t(words, 'zh-CN', vars)} / ${t(words, 'en', vars)}`;

function troubleText(trouble: SignInTrouble): string {
  return trouble.kind === 'locked' ? both(TROUBLE.locked, { minutes: String(Math.ceil(trouble.retryAfterSeconds / 60)) }) : both(TROUBLE[trouble.kind]);
}

/** The browser's sign-in form: it posts form-encoded to the same path and never shows a password back. */
export function signInPage(opts: { email?: string; next?: string; trouble?: SignInTrouble } = {}): string {
  const form = `<form method="post" action="${webPath.signIn()}">
${opts.next ? `<input type="hidden" name="next" value="${escapeHtml(opts.next)}">` : ''}
<label for="email">${escapeHtml(both(WORDS.email))}</label>
<input id="email" name="email" type="email" value="${escapeHtml(opts.email ?? '')}" maxlength="320" autocomplete="username" required${opts.email ? '' : ' autofocus'}>
<label for="password">${escapeHtml(both(WORDS.password))}</label>
<input id="password" name="password" type="password" maxlength="1024" autocomplete="current-password" required${opts.email ? ' autofocus' : ''}>
${opts.trouble ? `<p class="error" role="alert">${escapeHtml(troubleText(opts.trouble))}</p>` : ''}
<button type="submit">${escapeHtml(both(WORDS.submit))}</button>
</form>
<p class="help">${escapeHtml(both(WORDS.forgot))}</p>`;
  return page('zh-CN', both(WORDS.title), form);
}
