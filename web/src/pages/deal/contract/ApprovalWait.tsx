import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useMessages } from '../../../i18n/messages';
import { contractWords } from './messages';
import { useUserName } from './people';

/** "等待 <holder> 审批", with the request a click away. */
export function ApprovalWait({ approvalId }: { approvalId: string }) {
  const t = useMessages(contractWords);
  const approval = useQuery({
    queryKey: ['approval', approvalId],
    queryFn: () => unwrap(api.GET('/api/v1/approvals/{id}', { params: { path: { id: approvalId } } })),
  });
  const holder = useUserName(approval.data?.holder?.assigneeId);
  return (
    <Alert
      type="info"
      showIcon
      data-testid="approval-wait"
      title={t.awaiting(holder ?? '…')}
      action={<Link to={`/approvals/${approvalId}`}>{t.openApproval}</Link>}
      style={{ marginBottom: 16 }}
    />
  );
}
