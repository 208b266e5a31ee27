import { Alert, Card, Descriptions, Empty, Space, Tag } from 'antd';
import type { Schemas } from '../../api/client';
import { PageError, PageLoading } from '../../components/PageState';
import { useUser } from '../../auth/session';
import { formatMoney } from '../../format/money';
import { formatDateTime } from '../../format/time';
import { useLocale } from '../../i18n/LocaleProvider';
import { useMessages } from '../../i18n/messages';
import { ApprovalWait } from './contract/ApprovalWait';
import { ContractDraftForm } from './contract/ContractDraftForm';
import { InstallmentsTable } from './contract/InstallmentsTable';
import { contractWords } from './contract/messages';
import { MilestoneReport } from './contract/MilestoneReport';
import { useContract } from './contract/queries';
import { SignContract } from './contract/SignContract';

/** The deal's contract: a draft form until there is one (for those who may change the deal), then its approval, signature, milestones and installments. */
export function ContractTab({ deal }: { deal: Schemas['Deal'] }) {
  const t = useMessages(contractWords);
  if (deal.contract) return <ContractView deal={deal} id={deal.contract.id} />;
  return deal.canChange ? <ContractDraftForm deal={deal} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noContract} />;
}

function ContractView({ deal, id }: { deal: Schemas['Deal']; id: string }) {
  const t = useMessages(contractWords);
  const { locale } = useLocale();
  const { timezone } = useUser();
  const query = useContract(id);
  if (query.isLoading) return <PageLoading />;
  if (!query.data) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  const signed = c.status === 'signed' || c.status === 'paid';
  if (c.status === 'draft')
    return (
      <>
        {c.returned && <Alert type="warning" showIcon title={t.returned(c.returned.comment ?? c.returned.status)} style={{ marginBottom: 16 }} />}
        {deal.canChange && <ContractDraftForm deal={deal} />}
      </>
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="contract-view">
      {c.status === 'pending_approval' && c.approvalId && <ApprovalWait approvalId={c.approvalId} />}
      <Card title={`${t.reference} ${c.reference}`} extra={c.status === 'approved' && deal.canChange && <SignContract contract={c} />}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'status', label: t.status, children: <Tag data-testid="contract-status">{t.statuses(c.status)}</Tag> },
            { key: 'amount', label: t.amount, children: formatMoney(c.amount, c.currency, locale) },
            { key: 'signed', label: t.signedAt, children: c.signedAt ? formatDateTime(c.signedAt, timezone) : '—' },
            ...(c.technicalAgreement ? [{ key: 'ta', label: t.technicalAgreement, children: c.technicalAgreement }] : []),
          ]}
        />
      </Card>
      {signed && (
        <Card title={t.milestones}>
          <MilestoneReport contract={c} />
        </Card>
      )}
      <Card title={t.installments}>
        <InstallmentsTable contract={c} />
      </Card>
    </Space>
  );
}
