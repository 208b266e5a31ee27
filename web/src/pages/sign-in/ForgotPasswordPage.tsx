import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useMessages } from '../../i18n/messages';
import { AuthCard } from './AuthCard';
import { passwordWords } from './password-messages';

/** Asks for a reset link. The answer is the same whether or not the email has an account, as the API's is. */
export function ForgotPasswordPage() {
  const t = useMessages(passwordWords);
  const ask = useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/v1/password/forgot', { body: { email } })).then(() => email),
  });

  if (ask.isSuccess)
    return (
      <AuthCard title={t.sentTitle}>
        <Alert role="status" type="info" showIcon title={t.sentText(ask.data)} style={{ marginBottom: 16 }} />
        <Link to="/sign-in">{t.backToSignIn}</Link>
      </AuthCard>
    );

  return (
    <AuthCard title={t.forgotTitle}>
      <Typography.Paragraph>{t.forgotIntro}</Typography.Paragraph>
      {ask.error && <Alert role="alert" type="error" showIcon title={ask.error.message} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" requiredMark={false} onFinish={(values: { email: string }) => ask.mutate(values.email)}>
        <Form.Item
          label={t.email}
          name="email"
          rules={[
            { required: true, message: t.required },
            { type: 'email', message: t.emailInvalid },
          ]}
        >
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={ask.isPending}>
          {t.send}
        </Button>
      </Form>
      <div style={{ marginTop: 12 }}>
        <Link to="/sign-in">{t.backToSignIn}</Link>
      </div>
    </AuthCard>
  );
}
