import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { PageLoading } from '../../components/PageState';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import { AuthCard } from './AuthCard';
import { LinkTrouble, linkTroubleOf } from './LinkTrouble';
import { passwordWords } from './password-messages';

type Fields = { password: string; confirm: string };

/** Where an invitation or reset email lands: whose account it is, and a new password for it. The link is used up only when the password is set. */
export function SetPasswordPage() {
  const t = useMessages(passwordWords);
  const { adoptUserLocale } = useLocale();
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token') ?? '';
  const [form] = Form.useForm<Fields>();
  const link = useQuery({
    queryKey: ['password-link', token],
    queryFn: () => unwrap(api.POST('/api/v1/password/link', { body: { token } })),
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const setPassword = useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/v1/password/reset', { body: { token, password } })),
    onError: (err) => {
      const refusals = err instanceof ApiProblem ? err.fieldErrors.filter((e) => e.field === 'body.password') : [];
      if (refusals.length) form.setFields([{ name: 'password', errors: refusals.map((e) => inWords(e.message, t.minLength)) }]);
    },
  });
  const owner = link.data;
  useEffect(() => {
    if (owner) adoptUserLocale(owner.locale);
  }, [owner, adoptUserLocale]);

  if (link.error) return <LinkTrouble error={link.error} />;
  if (linkTroubleOf(setPassword.error)) return <LinkTrouble error={setPassword.error} />;
  if (!owner)
    return (
      <AuthCard title={t.checking}>
        <PageLoading />
      </AuthCard>
    );
  if (setPassword.isSuccess)
    return (
      <AuthCard title={t.doneTitle}>
        <Alert role="status" type="success" showIcon title={t.doneText} style={{ marginBottom: 16 }} />
        <Button type="primary" block onClick={() => void navigate('/sign-in')}>
          {t.signIn}
        </Button>
      </AuthCard>
    );

  const invitation = owner.purpose === 'invitation';
  const otherFailure = setPassword.error instanceof ApiProblem && setPassword.error.fieldErrors.length ? undefined : setPassword.error;
  return (
    <AuthCard title={invitation ? t.invitationTitle : t.resetTitle}>
      <Typography.Paragraph>{invitation ? t.invitationIntro(owner.name) : t.resetIntro(owner.name)}</Typography.Paragraph>
      {otherFailure && <Alert role="alert" type="error" showIcon title={otherFailure.message} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => setPassword.mutate(values.password)}>
        <Form.Item label={t.email} htmlFor="account-email">
          <Input id="account-email" value={owner.email} autoComplete="username" readOnly />
        </Form.Item>
        <Form.Item
          label={t.newPassword}
          name="password"
          extra={<span style={{ color: '#595959' }}>{t.passwordHelp}</span>}
          rules={[{ required: true, message: t.required }]}
        >
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
        <Form.Item
          label={t.confirmPassword}
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: t.required },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t.mismatch))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={setPassword.isPending}>
          {t.submit}
        </Button>
      </Form>
    </AuthCard>
  );
}

/** The server's rule for a password in the reader's language, when it is the minimum length; else as the server said it. */
const inWords = (message: string, minLength: (n: number) => string) => {
  const min = /at least (\d+)/.exec(message);
  return min ? minLength(Number(min[1])) : message;
};
