import { Card, Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { useUser } from '../../auth/session';
import { formatMoney } from '../../format/money';
import { formatDateTime, fromNow } from '../../format/time';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import { ApprovalChain } from './ApprovalChain';
import { DealFacts } from './DealFacts';
import { DecisionButtons } from './DecisionButtons';
import { approvalMessages, statusLabels } from './messages';
import { WithdrawButton } from './WithdrawButton';

/** One request with the deal's context, and what the signed-in user may do with it. */
export function ApprovalCard({ approval, titleLink }: { approval: Schemas['Approval']; titleLink?: boolean }) {
  const t = useMessages(approvalMessages);
  const status = useMessages(statusLabels);
  const { locale } = useLocale();
  const me = useUser();
  const pending = approval.status === 'pending';
  const mine = pending && approval.holder?.assigneeId === me.id;
  const requester = approval.people[approval.requesterId] ?? approval.requesterId;
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
          {titleLink ? <Link to={`/approvals/${approval.id}`}>{approval.kindLabel}</Link> : approval.kindLabel} ·{' '}
          <Link to={`/deals/${approval.deal.id}`}>{approval.deal.title}</Link>
        </Typography.Title>
      }
      extra={<Tag color={pending ? 'blue' : approval.status === 'approved' ? 'green' : 'default'}>{status[approval.status]}</Tag>}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'amount', label: t.amount, children: formatMoney(approval.amount, approval.currency, locale) },
          ...(approval.stageLabel ? [{ key: 'stage', label: t.stageAsked, children: approval.stageLabel }] : []),
          { key: 'requester', label: t.requester, children: requester },
          {
            key: 'at',
            label: t.requestedAt,
            children: `${formatDateTime(approval.requestedAt, me.timezone)} · ${fromNow(approval.requestedAt)}`,
          },
          ...(approval.note ? [{ key: 'note', label: t.note, children: approval.note }] : []),
        ]}
      />
      <DealFacts dealId={approval.deal.id} stage={approval.stage} />
      <ApprovalChain approval={approval} />
      {mine && <DecisionButtons approvalId={approval.id} dealTitle={approval.deal.title} />}
      {pending && !mine && approval.requesterId === me.id && <WithdrawButton approvalId={approval.id} />}
    </Card>
  );
}
