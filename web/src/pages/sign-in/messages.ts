import { defineMessages } from '../../i18n/messages';

export const signInWords = defineMessages(
  {
    title: '登录 Dealflow',
    email: '邮箱',
    password: '密码',
    submit: '登录',
    forgot: '忘记密码？',
    wrong: '邮箱或密码不正确。',
    throttled: (minutes: number) => `失败次数过多，请 ${minutes} 分钟后再试，或重置密码。`,
    required: '请填写此项',
    emailInvalid: '请输入有效的邮箱地址',
  },
  {
    title: 'Sign in to Dealflow',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgot your password?',
    wrong: 'The email or password is wrong.',
    throttled: (minutes: number) => `Too many failed attempts. Try again in ${minutes} min, or reset your password.`,
    required: 'Required',
    emailInvalid: 'Enter a valid email address',
  },
);
