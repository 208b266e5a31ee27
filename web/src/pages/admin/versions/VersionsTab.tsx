import { App, Button, Card, Col, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import { PageEmpty, PageError, PageLoading } from '../../../components/PageState';
import { common } from '../../../i18n/common';
import { useMessages } from '../../../i18n/messages';
import { StatusTags, VersionDetail } from './VersionDetail';
import { versionWords } from './messages';
import { useNewDraft, useVersions } from './queries';

/** The process versions, newest first: one opened to compare with the current version, try on the open deals, edit and publish. */
export function VersionsTab() {
  const t = useMessages(versionWords);
  const shared = useMessages(common);
  const { message } = App.useApp();
  const versions = useVersions();
  const draft = useNewDraft();
  const [picked, setPicked] = useState<number>();
  if (versions.isPending) return <PageLoading />;
  if (versions.isError) return <PageError error={versions.error} onRetry={() => void versions.refetch()} />;

  const rows = versions.data.items;
  const current = rows.find((r) => r.current)!.version;
  const open = picked ?? rows[0]?.version;
  const newDraft = () =>
    draft.mutate(undefined, {
      onSuccess: (d) => {
        setPicked(d.version);
        void message.success(t.drafted(d.version));
      },
      onError: (err) => void message.error(err.message),
    });

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={7}>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t.versions}</h2>}>
          <Typography.Paragraph type="secondary">{t.currentText}</Typography.Paragraph>
          <Button type="primary" onClick={newDraft} loading={draft.isPending} style={{ marginBottom: 8 }}>
            {t.newDraft}
          </Button>
          <Typography.Paragraph type="secondary">{t.newDraftText}</Typography.Paragraph>
          <Table
            rowKey="version"
            size="small"
            dataSource={rows}
            locale={{ emptyText: shared.empty }}
            pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true }}
            rowClassName={(r) => (r.version === open ? 'ant-table-row-selected' : '')}
            columns={[
              {
                title: '#',
                dataIndex: 'version',
                render: (v: number) => (
                  <Button type="link" size="small" style={{ padding: 0 }} aria-label={t.openVersion(v)} onClick={() => setPicked(v)}>
                    {t.version(v)}
                  </Button>
                ),
              },
              { title: '', key: 'status', render: (_, r) => <StatusTags v={r} /> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={17}>
        {open === undefined ? <PageEmpty>{t.pickVersion}</PageEmpty> : <VersionDetail key={open} version={open} current={current} />}
      </Col>
    </Row>
  );
}
