import { Button, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { PageError } from '../../components/PageState';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/messages';
import { AuthCard } from './AuthCard';
import { passwordWords } from './password-messages';

/** Why a password link cannot be used, as the API answered; undefined when the trouble is not the link's. */
export function linkTroubleOf(error: unknown): 'expired' | 'used' | 'invalid' | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  if (error.problem.type?.endsWith(':link-expired')) return 'expired';
  if (error.problem.type?.endsWith(':link-used')) return 'used';
  if (error.status === 400 && error.fieldErrors.some((e) => e.field === 'body.token')) return 'invalid';
  return undefined;
}

/** The page an expired, used or broken link opens: what happened, and the way to a new link. */
export function LinkTrouble({ error }: { error: unknown }) {
  const t = useMessages(passwordWords);
  const shared = useMessages(common);
  const navigate = useNavigate();
  const trouble = linkTroubleOf(error);
  if (!trouble)
    return (
      <AuthCard title={shared.errorTitle}>
        <PageError error={error} />
      </AuthCard>
    );
  const [title, why] = { expired: [t.expiredTitle, t.expiredText], used: [t.usedTitle, t.usedText], invalid: [t.invalidTitle, t.invalidText] }[trouble];
  return (
    <AuthCard title={title}>
      <Typography.Paragraph>{why}</Typography.Paragraph>
      <Typography.Paragraph>{t.askAgain}</Typography.Paragraph>
      <Space wrap size="middle">
        <Button type="primary" onClick={() => void navigate('/password/forgot')}>
          {t.requestNew}
        </Button>
        <Link to="/sign-in">{t.signIn}</Link>
      </Space>
    </AuthCard>
  );
}
