import { Alert, Button, Drawer, Form, Space } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/messages';
import { type DealFact, factsPatch } from './deal-facts';
import { type FactChoices, FactField } from './FactField';
import { dealMessages } from './messages';
import { showFieldErrors } from './problem-form';
import { type Deal, useDealCommand } from './queries';

/** Edits the facts in a drawer; `focus` names the ones a refused move needs, shown first. */
export function FactsEditor({
  deal,
  facts,
  choices,
  focus,
  open,
  onClose,
}: {
  deal: Deal;
  facts: DealFact[];
  choices: FactChoices;
  focus: string[];
  open: boolean;
  onClose: () => void;
}) {
  const t = useMessages(dealMessages);
  const c = useMessages(common);
  const [form] = Form.useForm<Record<string, unknown>>();
  const save = useDealCommand(
    deal.id,
    (patch: Record<string, unknown>) => unwrap(api.PATCH('/api/v1/deals/{id}/facts', { params: { path: { id: deal.id } }, body: patch })),
    {
      done: () => t.factsSaved,
      onSuccess: onClose,
      onProblem: (problem) => showFieldErrors(form, problem),
    },
  );
  const ordered = [...facts.filter((f) => focus.includes(f.key)), ...facts.filter((f) => !focus.includes(f.key))];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(Object.fromEntries(facts.map((f) => [f.key, deal.facts[f.key] ?? undefined])));
    if (focus[0]) setTimeout(() => form.focusField(focus[0]), 300);
  }, [open, deal.facts, facts, focus, form]);

  const submit = (values: Record<string, unknown>) => {
    const patch = factsPatch(deal.facts, values);
    if (Object.keys(patch).length === 0) onClose();
    else save.mutate(patch);
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t.facts}
      size="large"
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{c.cancel}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {c.save}
          </Button>
        </Space>
      }
    >
      {focus.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t.missingFacts}
          description={facts
            .filter((f) => focus.includes(f.key))
            .map((f) => f.label)
            .join('、')}
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        {ordered.map((f) => (
          <FactField key={f.key} name={[f.key]} label={f.label} kind={f.kind} choices={choices} />
        ))}
      </Form>
    </Drawer>
  );
}
