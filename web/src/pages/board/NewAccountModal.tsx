import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { api, type Schemas } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { useMessages } from '../../i18n/messages';
import { showFieldErrors } from '../deal/problem-form';
import { boardWords } from './messages';

type NewAccount = Schemas['NewAccount'];

/** Creates a customer account, from the new-deal form, and hands it back to be chosen. */
export function NewAccountModal({ onCreated, onClose }: { onCreated: (account: Schemas['Account']) => void; onClose: () => void }) {
  const t = useMessages(boardWords);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<NewAccount>();
  const create = useMutation({
    mutationFn: (body: NewAccount) => unwrap(api.POST('/api/v1/accounts', { body })),
    onSuccess: (account) => {
      void message.success(t.accountCreated);
      void client.invalidateQueries({ queryKey: ['accounts'] });
      onCreated(account);
    },
    onError: (error) => {
      if (!(error instanceof ApiProblem && showFieldErrors(form, error))) void message.error(error.message);
    },
  });
  return (
    <Modal open title={t.newAccount} okButtonProps={{ loading: create.isPending }} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form
        form={form}
        name="new-account"
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => create.mutate({ name: v.name, industry: v.industry || undefined, website: v.website || undefined })}
      >
        <Form.Item name="name" label={t.accountName} rules={[{ required: true, whitespace: true, message: t.required }]}>
          <Input autoFocus maxLength={300} />
        </Form.Item>
        <Form.Item name="industry" label={t.industry}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="website" label={t.website} rules={[{ type: 'url', message: t.websiteInvalid }]}>
          <Input maxLength={500} placeholder="https://" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
