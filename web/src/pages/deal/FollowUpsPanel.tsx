import { Button, Card, Form, Input, List, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useUser } from '../../auth/session';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/messages';
import { dayjs, formatDateTime, fromNow } from '../../format/time';
import { dealMessages } from './messages';
import { showFieldErrors } from './problem-form';
import { type Deal, useDealCommand } from './queries';
import { WhenField } from './WhenPicker';
import { instantOf, pickerValueOf } from './zoned-time';

type FollowUp = Schemas['FollowUp'];
type Dialog = { mode: 'snooze' | 'move'; followUp: FollowUp } | { mode: 'new' };

const SNOOZE_PRESETS = [{ hours: 1 }, { hours: 4 }, { days: 1 }, { days: 3 }];

/** The deal's open follow-ups and call-backs, with what a rep does about them: on any, when they may change the deal; else on their own. */
export function FollowUpsPanel({
  deal,
  contacts,
  nameOf,
}: {
  deal: Deal;
  contacts: Schemas['Contact'][];
  nameOf: (id: string | undefined) => string | undefined;
}) {
  const t = useMessages(dealMessages);
  const user = useUser();
  const [dialog, setDialog] = useState<Dialog>();
  const open = deal.followUps.filter((f) => f.state === 'open' || f.state === 'snoozed').sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const path = (f: FollowUp) => ({ path: { id: deal.id, followUpId: f.id } });
  const done = useDealCommand(deal.id, (f: FollowUp) => unwrap(api.POST('/api/v1/deals/{id}/followups/{followUpId}/done', { params: path(f), body: {} })), {
    done: () => t.markedDone,
  });
  const cancel = useDealCommand(deal.id, (f: FollowUp) => unwrap(api.POST('/api/v1/deals/{id}/followups/{followUpId}/cancel', { params: path(f), body: {} })), {
    done: () => t.followUpCancelled,
  });

  return (
    <Card
      title={t.followUps}
      extra={
        deal.status === 'open' &&
        deal.canChange && (
          <Button onClick={() => setDialog({ mode: 'new' })} disabled={contacts.length === 0}>
            {t.newCallback}
          </Button>
        )
      }
    >
      <List
        dataSource={open}
        locale={{ emptyText: t.noFollowUps }}
        renderItem={(f) => (
          <List.Item
            actions={
              !deal.canChange && f.ownerId !== user.id
                ? []
                : [
                    <Button key="done" size="small" type="primary" ghost loading={done.isPending && done.variables?.id === f.id} onClick={() => done.mutate(f)}>
                      {t.done}
                    </Button>,
                    <Button key="snooze" size="small" onClick={() => setDialog({ mode: 'snooze', followUp: f })}>
                      {t.snooze}
                    </Button>,
                    ...(f.kind === 'callback'
                      ? [
                          <Button key="move" size="small" onClick={() => setDialog({ mode: 'move', followUp: f })}>
                            {t.moveCallback}
                          </Button>,
                        ]
                      : []),
                    <Popconfirm key="cancel" title={t.cancelFollowUpConfirm} onConfirm={() => cancel.mutate(f)}>
                      <Button size="small" danger>
                        {t.cancelFollowUp}
                      </Button>
                    </Popconfirm>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <span>{f.action ?? f.kindLabel}</span>
                  {f.action && <Tag>{f.kindLabel}</Tag>}
                  {f.state === 'snoozed' && <Tag color="gold">{t.snoozed}</Tag>}
                </Space>
              }
              description={
                <Space direction="vertical" size={0}>
                  <Typography.Text type={dayjs(f.dueAt).isBefore(dayjs()) ? 'danger' : undefined}>
                    {t.due}: {formatDateTime(f.dueAt, user.timezone)} · {fromNow(f.dueAt)}
                  </Typography.Text>
                  {f.contactId && (
                    <span>
                      {t.contact}: {nameOf(f.contactId)}
                    </span>
                  )}
                  {f.note && <span>{f.note}</span>}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {dialog && <FollowUpDialog deal={deal} dialog={dialog} contacts={contacts} onClose={() => setDialog(undefined)} />}
    </Card>
  );
}

function FollowUpDialog({ deal, dialog, contacts, onClose }: { deal: Deal; dialog: Dialog; contacts: Schemas['Contact'][]; onClose: () => void }) {
  const t = useMessages(dealMessages);
  const c = useMessages(common);
  const { timezone } = useUser();
  const [form] = Form.useForm();
  const after = { onSuccess: onClose, onProblem: (p: Parameters<typeof showFieldErrors>[1]) => showFieldErrors(form, p) };
  const run = useDealCommand(
    deal.id,
    (values: { at?: dayjs.Dayjs; preset?: number; contactId?: string; note?: string }): Promise<unknown> => {
      if (dialog.mode === 'new')
        return unwrap(
          api.POST('/api/v1/deals/{id}/callbacks', {
            params: { path: { id: deal.id } },
            body: { at: instantOf(values.at!, timezone), contactId: values.contactId!, note: values.note || undefined },
          }),
        );
      const path = { path: { id: deal.id, followUpId: dialog.followUp.id } };
      if (dialog.mode === 'move')
        return unwrap(api.PATCH('/api/v1/deals/{id}/callbacks/{followUpId}', { params: path, body: { at: instantOf(values.at!, timezone) } }));
      const preset = values.preset !== undefined ? SNOOZE_PRESETS[values.preset] : undefined;
      const until = preset
        ? dayjs()
            .add(preset.hours ?? 0, 'hour')
            .add(preset.days ?? 0, 'day')
            .toISOString()
        : instantOf(values.at!, timezone);
      return unwrap(api.POST('/api/v1/deals/{id}/followups/{followUpId}/snooze', { params: path, body: { until } }));
    },
    { done: () => (dialog.mode === 'new' ? t.callbackScheduled : dialog.mode === 'move' ? t.callbackMoved : t.snoozed), ...after },
  );
  const title = dialog.mode === 'new' ? t.newCallback : dialog.mode === 'move' ? t.moveCallback : t.snooze;
  const preset = Form.useWatch('preset', form) as number | undefined;
  const initial = dialog.mode === 'move' ? { at: pickerValueOf(dialog.followUp.dueAt, timezone) } : dialog.mode === 'snooze' ? { preset: 2 } : {};

  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} okText={c.save} cancelText={c.cancel} confirmLoading={run.isPending}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => run.mutate(v)}>
        {dialog.mode === 'new' && (
          <Form.Item name="contactId" label={t.contact} htmlFor="callback-contact" rules={[{ required: true, message: t.required }]}>
            <Select id="callback-contact" options={contacts.map((ct) => ({ value: ct.id, label: ct.title ? `${ct.name} · ${ct.title}` : ct.name }))} />
          </Form.Item>
        )}
        {dialog.mode === 'snooze' && (
          <Form.Item name="preset" label={t.snoozeUntil} htmlFor="snooze-preset">
            <Select
              id="snooze-preset"
              allowClear
              options={SNOOZE_PRESETS.map((p, i) => ({ value: i, label: p.hours ? t.snoozeHours(p.hours) : t.snoozeDays(p.days!) }))}
            />
          </Form.Item>
        )}
        {(dialog.mode !== 'snooze' || preset === undefined) && (
          <WhenField name="at" id="follow-up-at" label={t.exactTime} required requiredMessage={t.required} />
        )}
        {dialog.mode === 'new' && (
          <Form.Item name="note" label={t.note} htmlFor="callback-note">
            <Input.TextArea id="callback-note" autoSize={{ minRows: 2 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
