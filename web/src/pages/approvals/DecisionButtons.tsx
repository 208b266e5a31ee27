import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useMessages } from '../../i18n/messages';
import { approvalMessages } from './messages';
import { useApprovalSettled } from './queries';

type Decision = { decision: 'approve' | 'reject'; comment?: string };

/** Approve (after a confirmation) or reject (with a comment); the server's refusal is shown as it said it. */
export function DecisionButtons({ approvalId, dealTitle }: { approvalId: string; dealTitle: string }) {
  const t = useMessages(approvalMessages);
  const { message, modal } = App.useApp();
  const settled = useApprovalSettled();
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const decide = useMutation({
    mutationFn: (body: Decision) => unwrap(api.POST('/api/v1/approvals/{id}/decision', { params: { path: { id: approvalId } }, body })),
    onSuccess: (approval, body) => {
      void message.success(body.decision === 'approve' ? t.approved : t.rejected);
      setRejecting(false);
      settled(approval);
    },
  });

  const approve = () => {
    void modal.confirm({
      title: t.approveConfirm,
      content: t.approveConfirmText(dealTitle),
      okText: t.approve,
      onOk: () => decide.mutate({ decision: 'approve' }),
    });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {decide.error && <Alert type="error" showIcon title={decide.error.message} />}
      <Space wrap>
        <Button type="primary" onClick={approve} loading={decide.isPending && decide.variables?.decision === 'approve'}>
          {t.approve}
        </Button>
        <Button onClick={() => setRejecting(true)}>{t.reject}</Button>
      </Space>
      <Modal
        open={rejecting}
        title={t.rejectTitle}
        okText={t.reject}
        okButtonProps={{ loading: decide.isPending }}
        onCancel={() => setRejecting(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        {decide.error && <Alert type="error" showIcon title={decide.error.message} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={({ comment }) => decide.mutate({ decision: 'reject', comment })}>
          <Form.Item name="comment" label={t.rejectComment} rules={[{ required: true, whitespace: true, message: t.rejectCommentRequired }]}>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
