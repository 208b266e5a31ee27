import { useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useMessages } from '../../i18n/messages';
import { approvalMessages } from './messages';
import { useApprovalSettled } from './queries';

/** The requester takes a pending request back; the deal stays where it is. */
export function WithdrawButton({ approvalId }: { approvalId: string }) {
  const t = useMessages(approvalMessages);
  const { message } = App.useApp();
  const settled = useApprovalSettled();
  const withdraw = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/approvals/{id}/withdraw', { params: { path: { id: approvalId } }, body: {} })),
    onSuccess: (approval) => {
      void message.success(t.withdrawn);
      settled(approval);
    },
    onError: (err) => void message.error(err.message),
  });
  return (
    <Popconfirm title={t.withdrawConfirm} okText={t.withdraw} onConfirm={() => withdraw.mutate()}>
      <Button loading={withdraw.isPending}>{t.withdraw}</Button>
    </Popconfirm>
  );
}
