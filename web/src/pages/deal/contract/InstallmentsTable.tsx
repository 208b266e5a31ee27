import { Table, Tag, Timeline, Typography } from 'antd';
import { useUser } from '../../../auth/session';
import { formatMoney } from '../../../format/money';
import { formatDate, formatDateTime, fromNow } from '../../../format/time';
import { useLocale } from '../../../i18n/LocaleProvider';
import { useMessages } from '../../../i18n/messages';
import { contractWords } from './messages';
import type { Contract } from './queries';

type Installment = Contract['installments'][number];

/** Each installment with what is paid and outstanding; expanded, the reminders sent for it and the one to come. */
export function InstallmentsTable({ contract }: { contract: Contract }) {
  const t = useMessages(contractWords);
  const { locale } = useLocale();
  const money = (a: string) => formatMoney(a, contract.currency, locale);
  const { timezone } = useUser();
  const dueText = (i: Installment) =>
    i.dueAt
      ? formatDate(i.dueAt, timezone)
      : i.due.kind === 'on_date'
        ? i.due.date
        : i.due.kind === 'after_signing'
          ? t.afterSigningText(i.due.days)
          : t.afterMilestoneText(t.milestoneName(i.due.milestone), i.due.days);
  return (
    <Table<Installment>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={contract.installments}
      expandable={{ expandedRowRender: (i) => <Chasing contract={contract} installment={i} />, rowExpandable: () => true }}
      columns={[
        { title: t.installmentLabel, dataIndex: 'label' },
        { title: t.exactAmount, align: 'right', render: (_, i) => money(i.amount) },
        { title: t.due, render: (_, i) => dueText(i) },
        { title: t.paid, align: 'right', render: (_, i) => money(i.paid) },
        { title: t.outstanding, align: 'right', render: (_, i) => money(i.outstanding) },
        {
          title: t.status,
          render: (_, i) => (
            <>
              <Tag color={i.status === 'paid' ? 'green' : i.status === 'open' ? 'blue' : undefined}>{t.installmentStatus(i.status)}</Tag>
              {i.paused && <Tag color="orange">{t.pausedBy(i.paused)}</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}

/** What was sent for one installment, to whom and when, and what comes next. */
function Chasing({ contract, installment }: { contract: Contract; installment: Installment }) {
  const t = useMessages(contractWords);
  const { locale } = useLocale();
  const { timezone } = useUser();
  const steps = contract.history.filter((h) => h.installmentId === installment.id);
  const next = installment.nextReminder;
  return (
    <div data-testid="chasing">
      <Typography.Text strong>{t.chasing}</Typography.Text>
      {steps.length === 0 && <Typography.Paragraph type="secondary">{t.noChasing}</Typography.Paragraph>}
      <Timeline
        style={{ marginTop: 12 }}
        items={steps.map((h) => ({
          key: h.seq,
          content: (
            <>
              {formatDateTime(h.at, timezone)} · {t.stepName(h.type)}
              {typeof h.data.rung === 'string' && ` · ${t.rungName(h.data.rung)} · ${t.sentTo}`}
              {typeof h.data.outstanding === 'string' && ` · ${t.outstanding} ${formatMoney(h.data.outstanding, contract.currency, locale)}`}
            </>
          ),
        }))}
      />
      <Typography.Text type="secondary">
        {next ? t.nextReminder(t.rungName(next.rung), formatDateTime(next.at, timezone), fromNow(next.at)) : t.noNextReminder}
      </Typography.Text>
    </div>
  );
}
