import { App, Button, DatePicker, Form, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { dayjs } from '../../../format/time';
import { useMessages } from '../../../i18n/messages';
import { problemText, showFieldErrors } from './form-errors';
import { contractWords } from './messages';
import { PersonSelect } from './people';
import { type Contract, useContractCommand } from './queries';

const MANAGERS = ['supervisor', 'executive', 'admin'] as const;

/** Records the signature: when, and the manager present. Irreversible, so it asks first. */
export function SignContract({ contract }: { contract: Contract }) {
  const t = useMessages(contractWords);
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ signedAt: dayjs.Dayjs; signedBy: string }>();
  const sign = useContractCommand(
    contract.dealId,
    (v: { signedAt: dayjs.Dayjs; signedBy: string }) =>
      unwrap(
        api.POST('/api/v1/contracts/{id}/sign', { params: { path: { id: contract.id } }, body: { signedAt: v.signedAt.toISOString(), signedBy: v.signedBy } }),
      ),
    () => {
      setOpen(false);
      void message.success(t.signedOk);
    },
  );
  const confirm = (v: { signedAt: dayjs.Dayjs; signedBy: string }) =>
    void modal.confirm({
      title: t.signConfirmTitle,
      content: t.signConfirmText,
      onOk: () =>
        sign.mutateAsync(v).catch((err: unknown) => {
          showFieldErrors(form, err);
          void message.error(problemText(err));
        }),
    });
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t.sign}
      </Button>
      <Modal title={t.sign} open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t.sign} confirmLoading={sign.isPending} forceRender>
        <Form form={form} layout="vertical" initialValues={{ signedAt: dayjs() }} onFinish={confirm}>
          <Form.Item label={t.signedAt} name="signedAt" rules={[{ required: true, message: t.required }]}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item label={t.signedBy} name="signedBy" rules={[{ required: true, message: t.required }]}>
            <PersonSelect roles={MANAGERS} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
