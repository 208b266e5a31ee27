import { Alert, Button, Card, Form, Input, Modal, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { type ApiProblem, unwrap } from '../../api/problem';
import { useMessages } from '../../i18n/messages';
import { dealMessages } from './messages';
import { type Deal, type Process, useDealCommand } from './queries';

type Move = Deal['allowedMoves'][number];
type Waiting = { approvalId: string; holder?: string };

const isPending = (answer: Deal | Schemas['ApprovalPending']): answer is Schemas['ApprovalPending'] => 'approvalId' in answer;

/** Where the deal is on the process, what the next stage still needs, and the moves the server allows this user. */
export function StagePath({
  deal,
  process,
  nameOf,
  onMissingFacts,
}: {
  deal: Deal;
  process: Process;
  nameOf: (id: string | null | undefined) => string | undefined;
  onMissingFacts: (keys: string[]) => void;
}) {
  const t = useMessages(dealMessages);
  const [waiting, setWaiting] = useState<Waiting>();
  const [back, setBack] = useState<Move>();
  const [form] = Form.useForm<{ note: string }>();
  const move = useDealCommand(
    deal.id,
    (body: { to: Move['to']; note?: string }) => unwrap(api.POST('/api/v1/deals/{id}/transitions', { params: { path: { id: deal.id } }, body })),
    {
      done: (answer) => (isPending(answer) ? undefined : t.moved(answer.stageLabel)),
      onSuccess: (answer) => {
        setBack(undefined);
        setWaiting(isPending(answer) ? { approvalId: answer.approvalId, holder: nameOf(answer.holder?.assigneeId) } : undefined);
      },
      onProblem: (problem: ApiProblem) => {
        const missing = (problem.problem as { missing?: Array<{ key: string }> }).missing;
        if (problem.status !== 422 || !missing?.length) return false;
        onMissingFacts(missing.map((m) => m.key));
        return true;
      },
    },
  );

  const funnel = process.stages.filter((s) => s.key !== 'LOST');
  const at = deal.status === 'lost' ? (deal.lost?.fromStage ?? deal.history.at(-1)?.from) : deal.stage;
  const current = Math.max(
    0,
    funnel.findIndex((s) => s.key === at),
  );
  const pending = waiting ?? (deal.pendingApproval ? { approvalId: deal.pendingApproval.approvalId } : undefined);
  const moves = deal.canChange ? deal.allowedMoves.filter((m) => m.kind !== 'lost') : [];

  return (
    <Card>
      <Steps
        aria-label={t.stagePath}
        size="small"
        current={current}
        status={deal.status === 'lost' ? 'error' : deal.status === 'won' ? 'finish' : 'process'}
        items={funnel.map((s) => ({ title: s.label }))}
        responsive
      />
      <Space direction="vertical" style={{ marginTop: 16, width: '100%' }}>
        {deal.next && (
          <div data-testid="next-stage">
            {deal.next.missing.length === 0 ? (
              <Typography.Text type="success">{t.nextReady(deal.next.label)}</Typography.Text>
            ) : (
              <>
                <Typography.Text strong>{t.nextNeeds(deal.next.label)}</Typography.Text>
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {deal.next.missing.map((m) => (
                    <li key={m.key}>
                      {deal.canChange ? <Typography.Link onClick={() => onMissingFacts([m.key])}>{m.label}</Typography.Link> : m.label}
                      {m.problem === 'unmet' && m.requirement && <Typography.Text type="secondary">{t.unmet(m.requirement)}</Typography.Text>}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {pending && (
          <Alert
            type="info"
            showIcon
            title={pending.holder ? t.waitingFor(pending.holder) : t.pendingApproval(deal.pendingApproval?.stageLabel ?? '')}
            action={<Link to={`/approvals/${pending.approvalId}`}>{t.openApproval}</Link>}
          />
        )}
        {moves.length > 0 && !pending && (
          <Space wrap>
            {moves.map((m) => (
              <Button
                key={m.to}
                type={m.kind === 'forward' ? 'primary' : 'default'}
                loading={move.isPending && move.variables?.to === m.to}
                onClick={() => (m.kind === 'back' ? setBack(m) : move.mutate({ to: m.to }))}
              >
                {m.kind === 'forward' ? t.moveTo(m.label) : t.moveBack(m.label)}
              </Button>
            ))}
          </Space>
        )}
      </Space>
      <Modal
        open={!!back}
        title={back && t.moveBack(back.label)}
        onCancel={() => setBack(undefined)}
        onOk={() => form.submit()}
        confirmLoading={move.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => back && move.mutate({ to: back.to, note: v.note })}>
          <Form.Item name="note" label={t.moveNote} rules={[{ required: true, whitespace: true, message: t.moveNoteRequired }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
