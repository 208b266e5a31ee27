import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { idempotencyKey } from '../../api/idempotency';
import { ApiProblem, unwrap } from '../../api/problem';
import { useMessages } from '../../i18n/messages';
import { AccountSelect } from './AccountSelect';
import { boardWords } from './messages';
import { NewAccountModal } from './NewAccountModal';
import { boardKeys } from './queries';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD'];
interface NewDeal {
  title: string;
  accountId: string;
  amount: string;
  currency: string;
}

/** Opens a deal in LEAD; the Idempotency-Key makes a retried submit open it once. */
export function NewDealModal({ onClose }: { onClose: () => void }) {
  const t = useMessages(boardWords);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<NewDeal>();
  const [key] = useState(idempotencyKey);
  const [addingAccount, setAddingAccount] = useState(false);
  const [newAccount, setNewAccount] = useState<{ value: string; label: string }>();
  const create = useMutation({
    mutationFn: (body: NewDeal) => unwrap(api.POST('/api/v1/deals', { body, params: { header: { 'idempotency-key': key } } })),
    onSuccess: () => {
      void message.success(t.created);
      void client.invalidateQueries({ queryKey: boardKeys.all });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiProblem && error.fieldErrors.length)
        form.setFields(error.fieldErrors.map((e) => ({ name: e.field.replace(/^body\./, '') as keyof NewDeal, errors: [e.message] })));
      else void message.error(error.message);
    },
  });
  return (
    <Modal open title={t.newDeal} okButtonProps={{ loading: create.isPending }} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form
        form={form}
        name="new-deal"
        layout="vertical"
        requiredMark={false}
        initialValues={{ currency: 'CNY', amount: '0' }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item name="title" label={t.dealTitle} rules={[{ required: true, whitespace: true, message: t.required }]}>
          <Input autoFocus maxLength={300} />
        </Form.Item>
        <Form.Item label={t.account} htmlFor="new-deal_accountId" required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="accountId" noStyle rules={[{ required: true, message: t.required }]}>
              <AccountSelect id="new-deal_accountId" extra={newAccount} style={{ flex: 1 }} />
            </Form.Item>
            <Button onClick={() => setAddingAccount(true)}>{t.newAccount}</Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="amount" label={t.amount} rules={[{ required: true, message: t.required }]}>
          <InputNumber stringMode min="0" precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="currency" label={t.currency}>
          <Select options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
      </Form>
      {addingAccount && (
        <NewAccountModal
          onClose={() => setAddingAccount(false)}
          onCreated={(account) => {
            setNewAccount({ value: account.id, label: account.name });
            form.setFieldValue('accountId', account.id);
            setAddingAccount(false);
          }}
        />
      )}
    </Modal>
  );
}
