import { escapeHtml } from '../../activities/email/templates/layout';
import { type Label, type Locale, label } from '../../process';
import { webPath } from '../../runtime/web-paths';
import { page, para } from '../approvals/link-pages';
import { t } from '../i18n/messages';
import { type LinkFailure, type LinkPurpose, SET_PASSWORD_PATH } from './password-links';

const WORDS = {
  title: { invitation: label('Welcome to Dealflow', '欢迎使用 Dealflow'), reset: label('Choose a new password', '设置新密码') },
  intro: {
    invitation: label('Choose a password for {email}. You sign in with your email and this password.', '请为 {email} 设置密码。之后使用邮箱和该密码登录。'),
    reset: label(
      'Choose a new password for {email}. Every device signed in to your account will be signed out.',
      '请为 {email} 设置新密码。设置后，您账号在所有设备上的登录都将退出。',
    ),
  },
  email: label('Email', '邮箱'),
  password: label('New password', '新密码'),
  rule: label('At least 10 characters. A few unrelated words make a strong one.', '至少 10 个字符。几个不相关的词组合起来就是一个强密码。'),
  tooShort: label('The password needs at least 10 characters.', '密码至少需要 10 个字符。'),
  submit: label('Set password', '设置密码'),
  doneTitle: label('Your password is set', '密码已设置'),
  done: label('Sign in to Dealflow with your email and the new password.', '请使用邮箱和新密码登录 Dealflow。'),
  signIn: label('Sign in now', '立即登录'),
} satisfies Record<string, Label | Record<LinkPurpose, Label>>;

const ASK_AGAIN = label(
  'Ask your administrator to send the invitation again, or ask for a new reset link with “forgot password”.',
  '请联系管理员重新发送邀请，或通过“忘记密码”重新获取重置链接。',
);

const FAILURES: Record<LinkFailure, { title: Label; why: Label }> = {
  malformed: {
    title: label('This link is incomplete', '链接不完整'),
    why: label('The link may have been cut off or changed when it was copied.', '该链接可能在复制时被截断或改动。'),
  },
  forged: {
    title: label('This link is not valid', '链接无效'),
    why: label('Dealflow did not issue this link, or it has been altered.', '该链接不是 Dealflow 发出的，或已被改动。'),
  },
  expired: {
    title: label('This link has expired', '链接已过期'),
    why: label('Invitation links work for 72 hours, reset links for one hour.', '邀请链接的有效期为 72 小时，重置链接为 1 小时。'),
  },
  used: {
    title: label('This link has already been used', '该链接已使用过'),
    why: label(
      'Each link sets a password once, and a newer link replaces an older one. If you have set your password, sign in with it.',
      '每个链接只能设置一次密码，且新链接会使旧链接失效。如果您已设置密码，请直接登录。',
    ),
  },
};

export const FAILURE_STATUS: Record<LinkFailure, number> = { malformed: 400, forged: 400, expired: 410, used: 410 };

/** The form the emailed link opens: GET shows it and changes nothing; its POST sets the password. */
export function setPasswordPage(locale: Locale, purpose: LinkPurpose, token: string, email: string, error?: 'too_short'): string {
  const form = `<form method="post" action="${SET_PASSWORD_PATH}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<label for="email">${escapeHtml(WORDS.email[locale])}</label>
<input id="email" type="email" value="${escapeHtml(email)}" autocomplete="username" readonly>
<label for="password">${escapeHtml(WORDS.password[locale])}</label>
<input id="password" name="password" type="password" minlength="10" maxlength="1024" autocomplete="new-password" required aria-describedby="password-help">
<p class="help" id="password-help">${escapeHtml(WORDS.rule[locale])}</p>
${error ? para(WORDS.tooShort[locale], 'error') : ''}
<button type="submit">${escapeHtml(WORDS.submit[locale])}</button>
</form>`;
  return page(locale, WORDS.title[purpose][locale], [para(t(WORDS.intro[purpose], locale, { email })), form].join('\n'));
}

export function passwordSetPage(locale: Locale, publicUrl: string): string {
  const signIn = new URL(webPath.signIn(), publicUrl).toString();
  return page(
    locale,
    WORDS.doneTitle[locale],
    [para(WORDS.done[locale]), `<p><a href="${escapeHtml(signIn)}">${escapeHtml(WORDS.signIn[locale])}</a></p>`].join('\n'),
  );
}

export function linkFailurePage(locale: Locale, failure: LinkFailure): string {
  const words = FAILURES[failure];
  return page(locale, words.title[locale], [para(words.why[locale]), para(ASK_AGAIN[locale], 'notice')].join('\n'));
}
