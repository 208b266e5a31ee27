import { Col, Row as Grid, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { mayOpen } from '../../app/navigation';
import { useUser } from '../../auth/session';
import { PageError, PageLoading } from '../../components/PageState';
import { formatMoney } from '../../format/money';
import { formatDateTime, fromNow } from '../../format/time';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import { dayBounds } from './day';
import { FollowUpRow } from './FollowUpRow';
import { myDayMessages } from './messages';
import { Row, Section } from './Section';
import { MyOpenTickets, VisitsDue } from './ServiceWork';
import { useMyDay } from './useMyDay';

/**
 * 我的待办: what is overdue and due today, call-backs, this week's tender deadlines, approvals waiting on me,
 * and for those who work after-sales this week's visits and their open tickets. Each part shows to the roles
 * whose work it is; a follow-up part also to anyone it has rows for (a next step may name anyone).
 */
export function MyDayPage() {
  const t = useMessages(myDayMessages);
  const { locale } = useLocale();
  const { timezone, role } = useUser();
  const bounds = useMemo(() => dayBounds(timezone), [timezone]);
  const sees = { deals: mayOpen('/board', role), tenders: mayOpen('/tenders', role), service: mayOpen('/visits', role) };
  const { followUps, tenders, approvals } = useMyDay(bounds.inAWeek, sees.tenders);

  const failed = [followUps, tenders, approvals].find((q) => q.isError);
  if (failed) return <PageError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!followUps.data || (sees.tenders && !tenders.data) || !approvals.data) return <PageLoading />;

  const due = (f: { dueAt: string }) => Date.parse(f.dueAt);
  const all = followUps.data.items;
  const overdue = all.filter((f) => due(f) < bounds.now);
  const today = all.filter((f) => f.kind !== 'callback' && due(f) >= bounds.now && due(f) <= bounds.endOfToday);
  const callbacks = all.filter((f) => f.kind === 'callback' && due(f) >= bounds.now);
  const waiting = approvals.data.items;

  const followUpParts = [
    { title: t.overdue, rows: overdue, empty: t.nothingOverdue },
    { title: t.dueToday, rows: today, empty: t.nothingDueToday },
    { title: t.callbacks, rows: callbacks, empty: t.noCallbacks },
  ].filter((part) => sees.deals || part.rows.length > 0);

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t.title}
      </Typography.Title>
      <Grid gutter={[16, 16]}>
        {sees.service && (
          <>
            <Col xs={24} lg={12}>
              <VisitsDue endOfWeek={bounds.endOfWeek} />
            </Col>
            <Col xs={24} lg={12}>
              <MyOpenTickets />
            </Col>
          </>
        )}
        {followUpParts.map((part) => (
          <Col key={part.title} xs={24} lg={12}>
            <Section title={part.title} count={part.rows.length} empty={part.empty}>
              {part.rows.map((f) => (
                <FollowUpRow key={f.id} followUp={f} />
              ))}
            </Section>
          </Col>
        ))}
        <Col xs={24} lg={12}>
          <Section title={t.approvals} count={waiting.length} empty={t.noApprovals}>
            {waiting.map((a) => (
              <Row key={a.id}>
                <Link to={`/approvals/${a.id}`}>{a.dealTitle}</Link> · {formatMoney(a.amount, a.currency, locale)}
                <div>
                  <Typography.Text type="secondary">
                    {t.requestedAt} {formatDateTime(a.requestedAt, timezone)} · {fromNow(a.requestedAt)}
                  </Typography.Text>
                </div>
              </Row>
            ))}
          </Section>
        </Col>
        {tenders.data && (
          <Col xs={24} lg={12}>
            <Section title={t.tenders} count={tenders.data.items.length} empty={t.noTenders}>
              {tenders.data.items.map((tender) => (
                <Row key={tender.id}>
                  <Link to={`/deals/${tender.dealId}`}>
                    {t.openTender} {tender.tenderNo}
                  </Link>
                  <div>
                    <Typography.Text type="secondary">
                      {t.tenderDeadline} {formatDateTime(tender.submissionDeadline, timezone)} · {fromNow(tender.submissionDeadline)}
                    </Typography.Text>
                  </div>
                </Row>
              ))}
            </Section>
          </Col>
        )}
      </Grid>
    </div>
  );
}
