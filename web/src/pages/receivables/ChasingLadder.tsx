import { Timeline, Typography } from 'antd';
import type { Schemas } from '../../api/client';
import { PageError, PageLoading } from '../../components/PageState';
import { useUser } from '../../auth/session';
import { formatMoney } from '../../format/money';
import { formatDate, formatDateTime, fromNow } from '../../format/time';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import { receivablesWords } from './messages';
import { type Receivable, useContract, useDunningLadder } from './queries';

type Step = Schemas['Contract']['history'][number];

/** The collection workflow records why it passed a rung over in English; these are the reasons it gives. */
const SKIP_REASONS: Record<string, 'skippedDueDateCame' | 'skippedLaterRung'> = {
  'the due date has come': 'skippedDueDateCame',
  'a later rung came due at the same time': 'skippedLaterRung',
};

/** An installment's chasing: each reminder sent (and to whom), what else changed its chasing, and the next rung. */
export function ChasingLadder({ row }: { row: Receivable }) {
  const t = useMessages(receivablesWords);
  const { locale } = useLocale();
  const { timezone } = useUser();
  const contract = useContract(row.contractId);
  const ladder = useDunningLadder();
  if (contract.isPending || ladder.isPending) return <PageLoading />;
  if (contract.isError || ladder.isError) return <PageError error={contract.error ?? ladder.error} onRetry={() => void contract.refetch()} />;

  const rungs = new Map(ladder.data.map((r) => [r.key, r]));
  const rungLabel = (key: unknown) => rungs.get(String(key))?.label ?? String(key);
  const installment = contract.data.installments.find((i) => i.id === row.id);
  const steps = contract.data.history.filter((h) => h.installmentId === row.id || (h.installmentId === null && (h.type === 'paused' || h.type === 'resumed')));

  const describe = (h: Step): { text: string; detail?: string } | undefined => {
    const d = h.data as Record<string, string | undefined>;
    switch (h.type) {
      case 'dunning_sent':
        return {
          text: t.sent(rungLabel(d.rung)),
          detail: t.to(t.list((rungs.get(String(d.rung))?.cc ?? []).map(t.party))),
        };
      case 'dunning_skipped':
        return { text: t.skipped(rungLabel(d.rung)), detail: d.reason && d.reason in SKIP_REASONS ? t[SKIP_REASONS[d.reason]] : d.reason };
      case 'payment_recorded':
        return {
          text: t.paymentRecorded(formatMoney(installment?.payments.find((p) => p.id === d.paymentId)?.amount ?? '0', contract.data.currency, locale)),
          detail: d.reference,
        };
      case 'installment_paid':
        return { text: t.installmentPaid };
      case 'dispute_opened':
        return { text: t.disputeOpened(d.reason ?? '') };
      case 'dispute_resolved':
        return { text: t.disputeResolved, detail: d.note };
      case 'promise_made':
        return { text: t.promiseMade(formatDate(new Date(Number(d.until)).toISOString(), timezone)), detail: d.note };
      case 'promise_lapsed':
        return { text: t.promiseLapsed };
      case 'paused':
        return { text: t.contractPaused(d.reason ?? '') };
      case 'resumed':
        return { text: t.contractResumed };
      case 'email_failed':
        return { text: t.emailFailed };
      default:
        return undefined;
    }
  };

  const next = installment?.nextReminder;
  const items = steps.flatMap((h) => {
    const said = describe(h);
    return said
      ? [
          {
            key: h.seq,
            color: h.type === 'dunning_sent' ? 'blue' : h.type === 'email_failed' ? 'red' : 'gray',
            content: (
              <>
                <Typography.Text strong>{said.text}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {formatDateTime(h.at, timezone)}
                    {said.detail ? ` · ${said.detail}` : ''}
                  </Typography.Text>
                </div>
              </>
            ),
          },
        ]
      : [];
  });
  items.push({
    key: -1,
    color: 'green',
    content: (
      <Typography.Text strong>
        {next ? t.next(rungLabel(next.rung), formatDateTime(next.at, timezone), fromNow(next.at)) : installment?.paused ? t.nextPaused : t.nextNone}
      </Typography.Text>
    ),
  });

  return (
    <section aria-label={`${t.ladder}: ${row.label}`}>
      <Typography.Title level={5}>{t.ladder}</Typography.Title>
      <Timeline items={items} />
    </section>
  );
}
