import { Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../api/problem';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/messages';

export function PageLoading() {
  const t = useMessages(common);
  return (
    <div role="status" aria-live="polite" style={{ display: 'flex', justifyContent: 'center', padding: 64 }}>
      <Spin size="large" description={t.loading} />
    </div>
  );
}

/** What a failed load says: not found, not allowed, or what went wrong with a retry. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useMessages(common);
  const status = error instanceof ApiProblem ? error.status : 0;
  if (status === 404) return <Result status="404" title={t.notFoundTitle} subTitle={t.notFoundText} extra={<HomeLink />} />;
  if (status === 403) return <Result status="403" title={t.forbiddenTitle} subTitle={t.forbiddenText} extra={<HomeLink />} />;
  const detail = error instanceof ApiProblem ? error.message : t.offline;
  return (
    <Result
      status="warning"
      title={t.errorTitle}
      subTitle={detail}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t.retry}
          </Button>
        )
      }
    />
  );
}

export function PageEmpty({ children }: { children?: ReactNode }) {
  const t = useMessages(common);
  return <Empty description={children ?? t.empty} />;
}

function HomeLink() {
  const t = useMessages(common);
  return <Link to="/">{t.backHome}</Link>;
}

export function NotFoundPage() {
  const t = useMessages(common);
  return <Result status="404" title={t.notFoundTitle} subTitle={t.notFoundText} extra={<HomeLink />} />;
}
