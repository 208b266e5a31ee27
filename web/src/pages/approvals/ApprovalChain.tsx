import { Tag, Typography } from 'antd';
import type { Schemas } from '../../api/client';
import { useUser } from '../../auth/session';
import { formatDateTime } from '../../format/time';
import { useMessages } from '../../i18n/messages';
import { approvalMessages, statusLabels } from './messages';

const COLORS: Record<string, string> = { approved: 'green', rejected: 'red', pending: 'blue', skipped: 'default', waiting: 'default' };

/** Each level of the chain: who it went to, who holds it now, who decided what and why. */
export function ApprovalChain({ approval }: { approval: Schemas['Approval'] }) {
  const t = useMessages(approvalMessages);
  const status = useMessages(statusLabels);
  const { timezone } = useUser();
  const name = (id: string | null | undefined) => (id ? (approval.people[id] ?? id) : '');
  return (
    <section aria-label={t.chain}>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t.chain}
      </Typography.Title>
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {approval.chain.map((level) => {
          const last = level.assignments[level.assignments.length - 1];
          return (
            <li key={level.level} style={{ marginBottom: 8 }}>
              <strong>{t.level(level.level)}</strong> <Tag color={COLORS[level.status]}>{status[level.status]}</Tag>
              {level.status === 'pending' && approval.holder && (
                <div>
                  {t.holds}: {name(approval.holder.assigneeId)}
                  {approval.holder.onBehalfOf && ` (${t.onBehalfOf(name(approval.holder.onBehalfOf))})`}
                </div>
              )}
              {level.status === 'waiting' && last && <div>{name(last.approverId)}</div>}
              {level.decision && (
                <div>
                  {name(level.decision.by)}
                  {level.decision.onBehalfOf && ` (${t.onBehalfOf(name(level.decision.onBehalfOf))})`} · {status[level.decision.outcome]} ·{' '}
                  {formatDateTime(level.decision.at, timezone)}
                  {level.decision.comment && <div>“{level.decision.comment}”</div>}
                </div>
              )}
              {level.skipped && <div>{level.skipped.reason}</div>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
