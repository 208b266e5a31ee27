import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { homeOf } from '../../app/navigation';
import { safeNext, useSession } from '../../auth/session';
import { useMessages } from '../../i18n/messages';
import { AuthCard } from './AuthCard';
import { signInWords } from './messages';

export function SignInPage() {
  const t = useMessages(signInWords);
  const [params] = useSearchParams();
  const next = params.get('next');
  const navigate = useNavigate();
  const client = useQueryClient();
  const { user } = useSession();
  const signIn = useMutation({
    mutationFn: (body: { email: string; password: string }) => unwrap(api.POST('/api/v1/session', { body })),
    onSuccess: (signedIn) => {
      client.setQueryData(['session'], signedIn);
      void navigate(next ? safeNext(next) : homeOf(signedIn.role), { replace: true });
    },
  });
  if (user && !signIn.isPending) return <Navigate replace to={next ? safeNext(next) : homeOf(user.role)} />;

  const failure = signIn.error instanceof ApiProblem ? signIn.error : undefined;
  const retryAfter = Number((failure?.problem as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60);
  const message = !signIn.error
    ? undefined
    : failure?.status === 401
      ? t.wrong
      : failure?.status === 429
        ? t.throttled(Math.max(1, Math.ceil(retryAfter / 60)))
        : signIn.error.message;

  return (
    <AuthCard title={t.title}>
      {message && <Alert role="alert" type="error" showIcon title={message} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" requiredMark={false} onFinish={(values: { email: string; password: string }) => signIn.mutate(values)}>
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
        <Form.Item label={t.password} name="password" rules={[{ required: true, message: t.required }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
          {t.submit}
        </Button>
      </Form>
      <div style={{ marginTop: 12 }}>
        <Link to="/password/forgot">{t.forgot}</Link>
      </div>
    </AuthCard>
  );
}
