import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageError } from '../../../components/PageState';
import { common } from '../../../i18n/common';
import { useMessages } from '../../../i18n/messages';
import { adminWords } from '../messages';
import type { DocumentLabels } from './labels';
import { versionWords } from './messages';
import { type DealImpact, useDryRun } from './queries';

/** The dry run: each open deal on the current version, and what this version would do to it. Run on demand, a page at a time. */
export function DryRunTable({ version, labels }: { version: number; labels: DocumentLabels }) {
  const t = useMessages(versionWords);
  const admin = useMessages(adminWords);
  const shared = useMessages(common);
  const [asked, setAsked] = useState(false);
  const run = useDryRun(version, asked);
  const rows = run.data?.pages.flatMap((p) => p.items) ?? [];
  const chain = (c: DealImpact['approvals'][number]['from']) => (c ? c.map((r) => (r.role ? admin.roleName(r.role) : r.userId)).join(' → ') : t.noApproval);

  return (
    <Card
      title={<h3 style={{ fontSize: 15, margin: 0 }}>{t.dryRun}</h3>}
      extra={
        <Button onClick={() => (asked ? void run.refetch() : setAsked(true))} loading={run.isFetching}>
          {t.runDryRun}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t.dryRunText}</Typography.Paragraph>
      {run.isError && <PageError error={run.error} onRetry={() => void run.refetch()} />}
      {run.isSuccess && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert
            type={rows.some((r) => r.affected) ? 'warning' : 'success'}
            showIcon
            title={t.affectedCount(rows.filter((r) => r.affected).length, rows.length)}
          />
          <Table<DealImpact>
            rowKey="dealId"
            size="small"
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: t.noDeals }}
            columns={[
              { title: t.deal, dataIndex: 'title' },
              { title: t.stage, dataIndex: 'stage', render: (s: string, r) => (r.stageRemoved ? <Tag color="red">{t.stageRemoved}</Tag> : labels.stage(s)) },
              {
                title: t.missing,
                key: 'missing',
                render: (_, r) =>
                  r.affected ? (
                    r.newlyMissing.map((m) => (
                      <Tag color="orange" key={m.key}>
                        {labels.fact(m.key)}
                        {m.problem === 'unmet' && ` · ${t.unmet}`}
                      </Tag>
                    ))
                  ) : (
                    <Typography.Text type="secondary">{t.unaffected}</Typography.Text>
                  ),
              },
              {
                title: t.approvals,
                key: 'approvals',
                render: (_, r) => r.approvals.map((a) => <div key={a.stage}>{`${labels.stage(a.stage)}: ${chain(a.from)} ⇒ ${chain(a.to)}`}</div>),
              },
              {
                title: t.timers,
                key: 'timers',
                render: (_, r) =>
                  r.timers.map((x) => (
                    <div
                      key={`${x.timer}-${x.kind ?? ''}`}
                    >{`${x.timer === 'stall' ? t.stall : t.followUp(x.kind ?? '')}: ${t.span(x.from)} ⇒ ${t.span(x.to)}`}</div>
                  )),
              },
            ]}
          />
          {run.hasNextPage && (
            <Button onClick={() => void run.fetchNextPage()} loading={run.isFetchingNextPage}>
              {shared.loadMore}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
