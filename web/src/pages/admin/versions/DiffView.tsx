import { Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { PageError, PageLoading } from '../../../components/PageState';
import { useMessages } from '../../../i18n/messages';
import type { DocumentLabels } from './labels';
import { versionWords } from './messages';
import { type ProcessDiff, useDiff } from './queries';

type Keyed = ProcessDiff['stages'];
type ValueChange = ProcessDiff['timings'][number];

const leaf = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** What a version changes against the current one, in words: entries added, removed and changed, and each timing that moves. */
export function DiffView({ version, before, after }: { version: number; before: DocumentLabels; after: DocumentLabels }) {
  const t = useMessages(versionWords);
  const diff = useDiff(version);
  if (diff.isPending) return <PageLoading />;
  if (diff.isError) return <PageError error={diff.error} onRetry={() => void diff.refetch()} />;
  const d = diff.data;
  const keyedEmpty = (k: Keyed) => !k.added.length && !k.removed.length && !k.changed.length;
  const nothing = [d.stages, d.facts, d.lostReasons].every(keyedEmpty) && !d.requirements.length && !d.timings.length && !d.settings.length;

  const keyed = (title: string, k: Keyed, name: (key: string, side: 'before' | 'after') => string) =>
    !keyedEmpty(k) && (
      <Descriptions size="small" column={1} bordered title={<h4 style={{ margin: 0, fontSize: 14 }}>{title}</h4>}>
        {k.added.length > 0 && (
          <Descriptions.Item label={t.added}>
            {k.added.map((key) => (
              <Tag color="green" key={key}>
                {name(key, 'after')}
              </Tag>
            ))}
          </Descriptions.Item>
        )}
        {k.removed.length > 0 && (
          <Descriptions.Item label={t.removed}>
            {k.removed.map((key) => (
              <Tag color="red" key={key}>
                {name(key, 'before')}
              </Tag>
            ))}
          </Descriptions.Item>
        )}
        {k.changed.length > 0 && (
          <Descriptions.Item label={t.changed}>
            {k.changed.map((c) => (
              <Tag color="blue" key={c.key}>
                {name(c.key, 'after')}
                {t.fields(c.fields)}
              </Tag>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
    );
  const values = (title: string, rows: ValueChange[]) =>
    rows.length > 0 && (
      <>
        <h4 style={{ margin: 0, fontSize: 14 }}>{title}</h4>
        <Table<ValueChange>
          rowKey="path"
          size="small"
          dataSource={rows}
          pagination={false}
          columns={[
            { title: t.path, dataIndex: 'path', render: (p: string) => <Typography.Text code>{p}</Typography.Text> },
            { title: t.from, dataIndex: 'from', render: leaf },
            { title: t.to, dataIndex: 'to', render: leaf },
          ]}
        />
      </>
    );
  const labelsOf = (labels: { before: DocumentLabels; after: DocumentLabels }, of: 'stage' | 'fact' | 'reason') => (key: string, side: 'before' | 'after') =>
    labels[side][of](key);
  const sides = { before, after };

  return (
    <Card title={<h3 style={{ fontSize: 15, margin: 0 }}>{t.changes}</h3>} extra={<Typography.Text type="secondary">{t.against(d.against)}</Typography.Text>}>
      {nothing ? (
        <Empty description={t.noChanges} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {keyed(t.stages, d.stages, labelsOf(sides, 'stage'))}
          {d.requirements.length > 0 && (
            <Descriptions size="small" column={1} bordered title={<h4 style={{ margin: 0, fontSize: 14 }}>{t.requirements}</h4>}>
              {d.requirements.map((r) => (
                <Descriptions.Item key={r.stage} label={after.stage(r.stage)}>
                  {r.added.map((k) => (
                    <Tag color="green" key={k}>{`+ ${after.fact(k)}`}</Tag>
                  ))}
                  {r.removed.map((k) => (
                    <Tag color="red" key={k}>{`− ${before.fact(k)}`}</Tag>
                  ))}
                </Descriptions.Item>
              ))}
            </Descriptions>
          )}
          {keyed(t.facts, d.facts, labelsOf(sides, 'fact'))}
          {keyed(t.lostReasons, d.lostReasons, labelsOf(sides, 'reason'))}
          {values(t.timings, d.timings)}
          {values(t.settings, d.settings)}
        </Space>
      )}
    </Card>
  );
}
