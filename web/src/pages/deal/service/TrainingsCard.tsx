import { Button, Card, Empty, List, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useUser } from '../../../auth/session';
import { formatDateTime } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { serviceWords } from './messages';
import type { Service } from './queries';
import { TrainingModal } from './TrainingModal';

type Training = Service['trainings'][number];
// Ant Design's preset tag colours fall short of WCAG AA contrast on white.
const PASSED = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };
const FAILED = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };

export function PassTag({ passed }: { passed: boolean }) {
  const t = useMessages(serviceWords);
  return <Tag style={passed ? PASSED : FAILED}>{passed ? t.passed : t.failed}</Tag>;
}

/** The training sessions held, each with its trainees' scores; the service engineer records a new session. */
export function TrainingsCard({ service, canWork }: { service: Service; canWork: boolean }) {
  const t = useMessages(serviceWords);
  const { timezone } = useUser();
  const [recording, setRecording] = useState(false);
  return (
    <Card
      title={t.trainings}
      data-testid="trainings"
      extra={
        canWork && (
          <Button onClick={() => setRecording(true)} disabled={!!service.acceptance}>
            {t.recordTraining}
          </Button>
        )
      }
    >
      {service.trainings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noTrainings} />
      ) : (
        <List<Training>
          dataSource={service.trainings}
          renderItem={(s) => (
            <List.Item key={s.id}>
              <div style={{ width: '100%' }}>
                <Typography.Text strong>{formatDateTime(s.heldAt, timezone)}</Typography.Text> <PassTag passed={s.passed} />
                <div>
                  {t.trainers}: {s.trainers.join('、')} · {t.topics}: {s.topics.join('、')}
                </div>
                <Table
                  rowKey="name"
                  size="small"
                  pagination={false}
                  dataSource={s.trainees}
                  columns={[
                    { title: t.traineeName, dataIndex: 'name' },
                    { title: t.traineeKind, key: 'kind', render: (_, p) => t.kind(p.kind) },
                    { title: t.score, dataIndex: 'score', align: 'right' },
                    { title: t.passed, key: 'passed', render: (_, p) => <PassTag passed={p.passed} /> },
                  ]}
                />
              </div>
            </List.Item>
          )}
        />
      )}
      {recording && <TrainingModal contractId={service.contractId} onClose={() => setRecording(false)} />}
    </Card>
  );
}
