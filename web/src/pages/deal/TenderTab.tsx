import { App, Button, Card, Empty, Space } from 'antd';
import type { Schemas } from '../../api/client';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { PageError, PageLoading } from '../../components/PageState';
import { useMessages } from '../../i18n/messages';
import { problemText } from './contract/form-errors';
import { tenderWords } from './tender/messages';
import { type Tender, useTender, useTenderCommand } from './tender/queries';
import { StartTenderForm } from './tender/StartTenderForm';
import { TenderChecklist } from './tender/TenderChecklist';
import { TenderDates } from './tender/TenderDates';
import { TenderResult } from './tender/TenderResult';
import { TenderReview } from './tender/TenderReview';

const FINISHED = ['won', 'lost', 'cancelled'];

/** The deal's tender: registering one, then its dates, checklist, review, submission and result. */
export function TenderTab({ deal }: { deal: Schemas['Deal'] }) {
  const t = useMessages(tenderWords);
  if (deal.tender) return <TenderView deal={deal} id={deal.tender.id} />;
  return deal.canChange ? <StartTenderForm deal={deal} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noTender} />;
}

function TenderView({ deal, id }: { deal: Schemas['Deal']; id: string }) {
  const t = useMessages(tenderWords);
  const query = useTender(id);
  if (query.isLoading) return <PageLoading />;
  if (!query.data) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const tender = query.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="tender-view">
      <Card title={t.deadlines} extra={tender.status === 'open' && <SubmitBid tender={tender} />}>
        <TenderDates tender={tender} />
      </Card>
      <Card title={t.checklist}>
        <TenderChecklist tender={tender} />
      </Card>
      <Card title={t.review}>
        <TenderReview tender={tender} currency={deal.currency} />
      </Card>
      {(tender.status === 'submitted' || FINISHED.includes(tender.status)) && (
        <Card title={t.result}>
          <TenderResult tender={tender} />
        </Card>
      )}
    </Space>
  );
}

function SubmitBid({ tender }: { tender: Tender }) {
  const t = useMessages(tenderWords);
  const { message, modal } = App.useApp();
  const submit = useTenderCommand(
    tender.dealId,
    () => unwrap(api.POST('/api/v1/tenders/{id}/submit', { params: { path: { id: tender.id } }, body: {} })),
    () => void message.success(t.submitted),
  );
  return (
    <Button
      type="primary"
      loading={submit.isPending}
      onClick={() =>
        void modal.confirm({
          title: t.submitConfirmTitle,
          content: t.submitConfirmText,
          onOk: () => submit.mutateAsync(undefined).catch((err: unknown) => void message.error(problemText(err))),
        })
      }
    >
      {t.submit}
    </Button>
  );
}
