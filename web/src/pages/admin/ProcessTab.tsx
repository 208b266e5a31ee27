import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import type { Schemas } from '../../api/client';
import { PageError, PageLoading } from '../../components/PageState';
import { useMessages } from '../../i18n/messages';
import { adminWords } from './messages';
import { useProcessDefinition } from './queries';

type Stage = Schemas['ProcessDefinition']['stages'][number];
type Fact = Stage['entryFacts'][number] & { stages: string[] };

/** Every fact some stage needs, once, with the stages that need it. */
const catalogueOf = (stages: Stage[]): Fact[] => {
  const facts = new Map<string, Fact>();
  for (const stage of stages)
    for (const fact of stage.entryFacts) {
      const known = facts.get(fact.key) ?? { ...fact, stages: [] };
      known.stages.push(stage.label);
      facts.set(fact.key, known);
    }
  return [...facts.values()];
};

/** The process definition as the API serves it, read-only: stages in order, the facts they need, the lost reasons. */
export function ProcessTab() {
  const t = useMessages(adminWords);
  const process = useProcessDefinition();
  if (process.isPending) return <PageLoading />;
  if (process.isError) return <PageError error={process.error} onRetry={() => void process.refetch()} />;
  const def = process.data;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={`${t.version(def.version)} · ${t.readOnly}`} />
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t.stages}</h2>}>
        <Table<Stage>
          rowKey="key"
          dataSource={def.stages}
          pagination={false}
          columns={[
            { title: '#', key: 'order', width: 48, render: (_, __, i) => i + 1 },
            { title: t.stage, key: 'label', render: (_, s) => <Stacked main={s.label} sub={s.key} /> },
            { title: t.probability, dataIndex: 'probability', render: (p: number) => `${Math.round(p * 100)}%` },
            {
              title: t.entryFacts,
              key: 'facts',
              render: (_, s) => (s.entryFacts.length ? s.entryFacts.map((f) => <Tag key={f.key}>{f.label}</Tag>) : t.none),
            },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t.facts}</h2>}>
        <Table<Fact>
          rowKey="key"
          dataSource={catalogueOf(def.stages)}
          pagination={false}
          columns={[
            { title: t.fact, key: 'label', render: (_, f) => <Stacked main={f.label} sub={f.key} /> },
            { title: t.requirement, dataIndex: 'requirement', render: (r?: string) => r ?? '—' },
            { title: t.recordedBy, dataIndex: 'system', render: (system: boolean) => (system ? t.bySystem : t.byPeople) },
            { title: t.usedIn, dataIndex: 'stages', render: (stages: string[]) => stages.join('、') },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t.lostReasons}</h2>}>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {def.lostReasons.map((r) => (
            <li key={r.key}>{r.label}</li>
          ))}
        </ul>
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>{t.reopenLimit(def.reopenLimit)}</Typography.Paragraph>
      </Card>
    </Space>
  );
}

function Stacked({ main, sub }: { main: string; sub: string }) {
  return (
    <>
      <div>{main}</div>
      <code style={{ fontSize: 12, color: '#595959' }}>{sub}</code>
    </>
  );
}
