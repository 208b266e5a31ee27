import { Alert, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { useUser } from '../../auth/session';
import { PageError, PageLoading } from '../../components/PageState';
import { useMessages } from '../../i18n/messages';
import { ApprovalCard } from './ApprovalCard';
import { approvalMessages } from './messages';
import { useApproval } from './queries';

/** /approvals/<id>, where approval emails point: the request, decidable when it is mine to decide. */
export function ApprovalPage() {
  const t = useMessages(approvalMessages);
  const { id = '' } = useParams();
  const me = useUser();
  const approval = useApproval(id);
  if (approval.isError) return <PageError error={approval.error} onRetry={() => void approval.refetch()} />;
  if (!approval.data) return <PageLoading />;
  const mine = approval.data.status === 'pending' && approval.data.holder?.assigneeId === me.id;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t.title}
      </Typography.Title>
      {!mine && <Alert type="info" showIcon title={t.readOnly} />}
      <ApprovalCard approval={approval.data} />
    </Space>
  );
}
