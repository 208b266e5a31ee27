import { Alert, App, Button, Card, Space, Tag, Typography } from 'antd';
import { PageError, PageLoading } from '../../../components/PageState';
import { formatDateTime } from '../../../format/time';
import { common } from '../../../i18n/common';
import { useLocale } from '../../../i18n/LocaleProvider';
import { useMessages } from '../../../i18n/messages';
import { DiffView } from './DiffView';
import { DraftEditor } from './DraftEditor';
import { DryRunTable } from './DryRunTable';
import { documentLabels } from './labels';
import { versionWords } from './messages';
import { type ProcessVersion, usePublish, useVersion } from './queries';

/** One version: how it differs from the current one, what it would do to open deals, and for a draft its document and publishing. */
export function VersionDetail({ version, current }: { version: number; current: number }) {
  const t = useMessages(versionWords);
  const { locale } = useLocale();
  const entry = useVersion(version);
  const base = useVersion(current);
  if (entry.isPending || base.isPending) return <PageLoading />;
  if (entry.isError) return <PageError error={entry.error} onRetry={() => void entry.refetch()} />;
  if (base.isError) return <PageError error={base.error} onRetry={() => void base.refetch()} />;
  const v = entry.data;
  const labels = documentLabels(v.document, locale);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <h2 style={{ fontSize: 16, margin: 0 }}>{t.version(v.version)}</h2>
            <StatusTags v={v} />
          </Space>
        }
        extra={v.status === 'draft' && <PublishButton version={v.version} />}
      >
        <Typography.Text type="secondary">
          {v.publishedAt ? t.publishedAt(formatDateTime(v.publishedAt)) : v.createdAt ? t.createdAt(formatDateTime(v.createdAt)) : t.builtIn}
        </Typography.Text>
        {v.status === 'published' && <Alert type="info" showIcon title={t.immutable} style={{ marginTop: 12 }} />}
      </Card>
      <DiffView version={v.version} before={documentLabels(base.data.document, locale)} after={labels} />
      {v.status === 'draft' && <DryRunTable version={v.version} labels={labels} />}
      {v.status === 'draft' && <DraftEditor draft={v} />}
    </Space>
  );
}

export function StatusTags({ v }: { v: Pick<ProcessVersion, 'status' | 'current' | 'builtIn'> }) {
  const t = useMessages(versionWords);
  return (
    <>
      <Tag color={v.status === 'draft' ? 'gold' : 'default'}>{t.status(v.status)}</Tag>
      {v.current && <Tag color="green">{t.current}</Tag>}
      {v.builtIn && <Tag>{t.builtIn}</Tag>}
    </>
  );
}

function PublishButton({ version }: { version: number }) {
  const t = useMessages(versionWords);
  const shared = useMessages(common);
  const { message, modal } = App.useApp();
  const publish = usePublish(version);
  const confirm = () =>
    void modal.confirm({
      title: t.publishConfirm(version),
      content: t.publishText,
      okText: t.publish,
      cancelText: shared.cancel,
      onOk: () =>
        publish.mutateAsync().then(
          (p) => void message.success(t.published(p.version)),
          (err: Error) => void message.error(`${t.notPublished}: ${err.message}`),
        ),
    });
  return (
    <Button type="primary" danger onClick={confirm} loading={publish.isPending}>
      {t.publish}
    </Button>
  );
}
