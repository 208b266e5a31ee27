import { type Template, button, paragraph } from './letter';

export interface InvitationVars {
  inviterName: string;
  email: string;
  /** The one-time link that sets the password. */
  url: string;
  /** ISO 8601 instant the link stops working. */
  expiresAt: string;
}

export interface PasswordResetVars {
  url: string;
  expiresAt: string;
}

export interface SignInLockedVars {
  failures: number;
  /** ISO 8601 instant sign-in opens again. */
  until: string;
}

export const invitation: Template<InvitationVars> = {
  'zh-CN': (v, to) => ({
    subject: '【账号邀请】请设置您的 Dealflow 密码',
    blocks: [
      paragraph(`${v.inviterName} 为您创建了 Dealflow 账号（${v.email}）。请设置密码后登录。`),
      button('设置密码', v.url),
      paragraph(`该链接只能使用一次，有效期至 ${to.at(v.expiresAt)}。过期后请联系管理员重新发送邀请。`),
    ],
  }),
  en: (v, to) => ({
    subject: 'You are invited to Dealflow',
    blocks: [
      paragraph(`${v.inviterName} has made you a Dealflow account (${v.email}). Choose a password to sign in.`),
      button('Set your password', v.url),
      paragraph(`The link works once, until ${to.at(v.expiresAt)}. After that, ask your administrator to send the invitation again.`),
    ],
  }),
};

export const passwordReset: Template<PasswordResetVars> = {
  'zh-CN': (v, to) => ({
    subject: '【密码重置】重置您的 Dealflow 密码',
    blocks: [
      paragraph('有人（希望是您本人）申请重置您的 Dealflow 密码。'),
      button('设置新密码', v.url),
      paragraph(`该链接只能使用一次，有效期至 ${to.at(v.expiresAt)}。如果不是您本人操作，请忽略此邮件，您的密码不会改变。`),
    ],
  }),
  en: (v, to) => ({
    subject: 'Reset your Dealflow password',
    blocks: [
      paragraph('Someone, hopefully you, asked to reset your Dealflow password.'),
      button('Choose a new password', v.url),
      paragraph(`The link works once, until ${to.at(v.expiresAt)}. If it was not you, ignore this email: your password stays as it is.`),
    ],
  }),
};

export const signInLocked: Template<SignInLockedVars> = {
  'zh-CN': (v, to) => ({
    subject: '【账号安全】您的 Dealflow 账号已暂停登录',
    blocks: [
      paragraph(`有人使用您的邮箱连续 ${v.failures} 次登录失败，登录已暂停至 ${to.at(v.until)}。`),
      paragraph('如果是您本人，请稍后再试，或通过“忘记密码”重置密码。如果不是您本人，可能有人在猜测您的密码：请设置一个更强的密码。'),
    ],
  }),
  en: (v, to) => ({
    subject: 'Sign-in to your Dealflow account is paused',
    blocks: [
      paragraph(`There were ${v.failures} failed attempts to sign in with your email, so sign-in is paused until ${to.at(v.until)}.`),
      paragraph(
        'If that was you, wait and try again, or reset your password with “forgot password”. If not, someone may be guessing your password: choose a stronger one.',
      ),
    ],
  }),
};
