import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Form, Input, List, Modal, Tag } from 'antd';
import { useState } from 'react';
import { api, type Schemas } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { useMessages } from '../../i18n/messages';
import { dealMessages } from './messages';
import { showFieldErrors } from './problem-form';

type NewContact = Omit<Schemas['NewContact'], 'accountId'>;

/** The account's contact people, and adding one: call-backs and the contact facts choose from them. */
export function ContactsPanel({ accountId, contacts }: { accountId: string; contacts: Schemas['Contact'][] }) {
  const t = useMessages(dealMessages);
  const [adding, setAdding] = useState(false);
  return (
    <Card title={t.contacts} extra={<Button onClick={() => setAdding(true)}>{t.addContact}</Button>} role="region" aria-label={t.contacts}>
      <List
        dataSource={contacts}
        locale={{ emptyText: t.noContacts }}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta
              title={
                <>
                  {c.title ? `${c.name} · ${c.title}` : c.name} {c.isBilling && <Tag>{t.billing}</Tag>}
                </>
              }
              description={[c.email, c.phone].filter(Boolean).join(' · ') || undefined}
            />
          </List.Item>
        )}
      />
      {adding && <AddContactModal accountId={accountId} onClose={() => setAdding(false)} />}
    </Card>
  );
}

function AddContactModal({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const t = useMessages(dealMessages);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<NewContact>();
  const add = useMutation({
    mutationFn: (body: NewContact) => unwrap(api.POST('/api/v1/contacts', { body: { ...body, accountId } })),
    onSuccess: () => {
      void message.success(t.contactAdded);
      void client.invalidateQueries({ queryKey: ['contacts', accountId] });
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiProblem && showFieldErrors(form, error))) void message.error(error.message);
    },
  });
  const optional = (v?: string) => v?.trim() || undefined;
  return (
    <Modal open title={t.addContact} okButtonProps={{ loading: add.isPending }} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form
        form={form}
        name="new-contact"
        layout="vertical"
        requiredMark={false}
        initialValues={{ isBilling: false }}
        onFinish={(v) => add.mutate({ name: v.name, title: optional(v.title), email: optional(v.email), phone: optional(v.phone), isBilling: v.isBilling })}
      >
        <Form.Item name="name" label={t.contactName} rules={[{ required: true, whitespace: true, message: t.required }]}>
          <Input autoFocus maxLength={200} />
        </Form.Item>
        <Form.Item name="title" label={t.contactTitle}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="email" label={t.contactEmail}>
          <Input type="email" maxLength={320} />
        </Form.Item>
        <Form.Item name="phone" label={t.contactPhone}>
          <Input type="tel" maxLength={32} />
        </Form.Item>
        <Form.Item name="isBilling" valuePropName="checked">
          <Checkbox>{t.billingContact}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
