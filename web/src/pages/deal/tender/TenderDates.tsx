import { Descriptions } from 'antd';
import { useUser } from '../../../auth/session';
import { formatDateTime, fromNow } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { tenderWords } from './messages';
import type { Tender } from './queries';

/** The tender's dates in the user's time zone, each with how far off it is. */
export function TenderDates({ tender }: { tender: Tender }) {
  const t = useMessages(tenderWords);
  const { timezone } = useUser();
  const when = (iso: string | null) => (iso ? `${formatDateTime(iso, timezone)}（${fromNow(iso)}）` : '—');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'no', label: t.tenderNo, children: tender.tenderNo },
        { key: 'status', label: t.status, children: <span data-testid="tender-status">{t.statusName(tender.status)}</span> },
        { key: 'issued', label: t.issuedAt, children: when(tender.issuedAt) },
        { key: 'deadline', label: t.submissionDeadline, children: when(tender.submissionDeadline) },
        { key: 'opening', label: t.openingAt, children: when(tender.openingAt) },
        { key: 'presentation', label: t.presentationAt, children: when(tender.presentationAt) },
        ...(tender.bidBond ? [{ key: 'bond', label: t.bidBondDue, children: when(tender.bidBond.dueAt) }] : []),
        ...(tender.submittedAt ? [{ key: 'submitted', label: t.submittedAt, children: when(tender.submittedAt) }] : []),
      ]}
    />
  );
}
