import { App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/messages';
import { dealMessages } from './messages';
import { showFieldErrors } from './problem-form';
import { type Deal, type Process, useDealCommand } from './queries';

/** Marks an open deal lost (reason, note, competitor), after a confirmation. */
export function LostButton({ deal, process }: { deal: Deal; process: Process }) {
  const t = useMessages(dealMessages);
  const c = useMessages(common);
  const { modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Schemas['Lost']>();
  const lose = useDealCommand(deal.id, (body: Schemas['Lost']) => unwrap(api.POST('/api/v1/deals/{id}/lost', { params: { path: { id: deal.id } }, body })), {
    done: () => t.markedLost,
    onSuccess: () => setOpen(false),
    onProblem: (problem) => showFieldErrors(form, problem),
  });
  const confirm = (body: Schemas['Lost']) => {
    modal.confirm({ title: t.lostConfirm, okText: c.confirm, cancelText: c.cancel, okButtonProps: { danger: true }, onOk: () => lose.mutateAsync(body) });
  };

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t.markLost}
      </Button>
      <Modal
        open={open}
        title={t.markLost}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t.markLost}
        okButtonProps={{ danger: true }}
        cancelText={c.cancel}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => confirm({ ...v, competitorWon: v.competitorWon || undefined })}>
          <Form.Item name="lostReason" label={t.lostReason} htmlFor="lost-reason" rules={[{ required: true, message: t.required }]}>
            <Select id="lost-reason" options={process.lostReasons.map((r) => ({ value: r.key, label: r.label }))} />
          </Form.Item>
          <Form.Item name="lostNote" label={t.lostNote} htmlFor="lost-note" rules={[{ required: true, whitespace: true, message: t.required }]}>
            <Input.TextArea id="lost-note" autoSize={{ minRows: 2 }} />
          </Form.Item>
          <Form.Item name="competitorWon" label={t.competitorWon} htmlFor="lost-competitor">
            <Input id="lost-competitor" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** Reopens a lost deal into the stage it was lost from, with the reason, after a confirmation. */
export function ReopenButton({ deal }: { deal: Deal }) {
  const t = useMessages(dealMessages);
  const c = useMessages(common);
  const { modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Schemas['Reopen']>();
  const reopen = useDealCommand(
    deal.id,
    (body: Schemas['Reopen']) => unwrap(api.POST('/api/v1/deals/{id}/reopen', { params: { path: { id: deal.id } }, body })),
    {
      done: () => t.reopened,
      onSuccess: () => setOpen(false),
      onProblem: (problem) => showFieldErrors(form, problem),
    },
  );
  const confirm = (body: Schemas['Reopen']) => {
    modal.confirm({ title: t.reopen, content: body.reason, okText: c.confirm, cancelText: c.cancel, onOk: () => reopen.mutateAsync(body) });
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t.reopen}</Button>
      <Modal open={open} title={t.reopen} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t.reopen} cancelText={c.cancel} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={confirm}>
          <Form.Item name="reason" label={t.reopenReason} htmlFor="reopen-reason" rules={[{ required: true, whitespace: true, message: t.required }]}>
            <Input.TextArea id="reopen-reason" autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
