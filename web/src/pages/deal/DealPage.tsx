import { Col, Row, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { PageError, PageLoading } from '../../components/PageState';
import { useMessages } from '../../i18n/messages';
import { ActivityForm } from './ActivityForm';
import { ContractTab } from './ContractTab';
import { DealHeader } from './DealHeader';
import { recordableFacts } from './deal-facts';
import { FactsEditor } from './FactsEditor';
import { ContactsPanel } from './ContactsPanel';
import { FactsPanel } from './FactsPanel';
import { FollowUpsPanel } from './FollowUpsPanel';
import { dealMessages } from './messages';
import { useAccount, useContacts, useDeal, useProcess, useUsers } from './queries';
import { ServiceTab } from './service/ServiceTab';
import { StagePath } from './StagePath';
import { TenderTab } from './TenderTab';
import { TimelineTab } from './TimelineTab';

/** A contract in these states has its after-sales service. */
const SIGNED = ['signed', 'paid'];

// Ant Design's greys for labels and hints, and its red, fall short of WCAG AA contrast on white; these pass.
/** One deal: where it stands on the process, its facts, follow-ups, timeline, contract and tender. */
export function DealPage() {
  const { id = '' } = useParams();
  const tab = useSearchParams()[0].get('tab');
  const t = useMessages(dealMessages);
  const deal = useDeal(id);
  const process = useProcess(deal.data?.processVersion);
  const account = useAccount(deal.data?.accountId);
  const contacts = useContacts(deal.data?.accountId);
  const { users, nameOf: userName } = useUsers();
  const [editing, setEditing] = useState<{ focus: string[] }>();

  if (deal.isError) return <PageError error={deal.error} onRetry={() => void deal.refetch()} />;
  if (process.isError) return <PageError error={process.error} onRetry={() => void process.refetch()} />;
  if (!deal.data || !process.data) return <PageLoading />;

  const d = deal.data;
  const facts = recordableFacts(process.data);
  const contactList = contacts.data ?? [];
  const nameOf = (personId: string | null | undefined) => contactList.find((c) => c.id === personId)?.name ?? userName(personId);
  const choices = {
    contacts: contactList.map((c) => ({ value: c.id, label: c.name })),
    users: users.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name })),
  };
  const changeable = d.status === 'open' && d.canChange;
  const edit = (focus: string[] = []) => setEditing({ focus });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <DealHeader deal={d} process={process.data} accountName={account.data?.name} ownerName={userName(d.ownerId)} />
      <StagePath deal={d} process={process.data} nameOf={nameOf} onMissingFacts={edit} />
      <Tabs
        defaultActiveKey={tab ?? 'overview'}
        items={[
          {
            key: 'overview',
            label: t.tabOverview,
            children: (
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={14}>
                  <FactsPanel deal={d} facts={facts} nameOf={nameOf} onEdit={changeable ? () => edit() : undefined} />
                </Col>
                <Col xs={24} xl={10}>
                  <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                    <FollowUpsPanel deal={d} contacts={contactList} nameOf={nameOf} />
                    <ContactsPanel accountId={d.accountId} contacts={contactList} />
                    {changeable && <ActivityForm deal={d} process={process.data} contacts={contactList} />}
                  </Space>
                </Col>
              </Row>
            ),
          },
          { key: 'timeline', label: t.tabTimeline, children: <TimelineTab context={{ deal: d, process: process.data, facts, nameOf }} /> },
          { key: 'contract', label: t.tabContract, children: <ContractTab deal={d} /> },
          { key: 'tender', label: t.tabTender, children: <TenderTab deal={d} /> },
          ...(d.contract && SIGNED.includes(d.contract.status)
            ? [{ key: 'service', label: t.tabService, children: <ServiceTab contractId={d.contract.id} nameOf={userName} /> }]
            : []),
        ]}
      />
      <FactsEditor deal={d} facts={facts} choices={choices} focus={editing?.focus ?? []} open={!!editing} onClose={() => setEditing(undefined)} />
    </Space>
  );
}
