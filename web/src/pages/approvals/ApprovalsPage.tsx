import { Space, Tabs, Typography } from 'antd';
import { PageEmpty, PageError, PageLoading } from '../../components/PageState';
import { useMessages } from '../../i18n/messages';
import { ApprovalCard } from './ApprovalCard';
import { DelegationForm } from './DelegationForm';
import { approvalMessages } from './messages';
import { useApproval, useInbox } from './queries';

/** The approvals inbox: waiting on me, requests I made, and who decides for me while I am away. */
export function ApprovalsPage() {
  const t = useMessages(approvalMessages);
  return (
    <div style={{ maxWidth: 960 }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t.title}
      </Typography.Title>
      <Tabs
        size="small"
        tabBarGutter={20}
        items={[
          { key: 'waiting', label: t.waitingOnMe, children: <Requests query={{ assignee: 'me', status: 'pending' }} empty={t.noneWaiting} /> },
          { key: 'mine', label: t.requestsIMade, children: <Requests query={{ requester: 'me' }} empty={t.noneMade} /> },
          { key: 'delegation', label: t.delegation, children: <DelegationForm /> },
        ]}
      />
    </div>
  );
}

function Requests({ query, empty }: { query: Parameters<typeof useInbox>[0]; empty: string }) {
  const inbox = useInbox(query);
  if (inbox.isError) return <PageError error={inbox.error} onRetry={() => void inbox.refetch()} />;
  if (!inbox.data) return <PageLoading />;
  if (!inbox.data.items.length) return <PageEmpty>{empty}</PageEmpty>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {inbox.data.items.map((item) => (
        <Request key={item.id} id={item.id} />
      ))}
    </Space>
  );
}

function Request({ id }: { id: string }) {
  const approval = useApproval(id);
  if (approval.isError) return <PageError error={approval.error} />;
  if (!approval.data) return <PageLoading />;
  return <ApprovalCard approval={approval.data} titleLink />;
}
