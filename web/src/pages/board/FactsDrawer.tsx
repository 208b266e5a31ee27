import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Form, Space } from 'antd';
import { api } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { dayjs } from '../../format/time';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/messages';
import { FactInput } from './FactInput';
import { boardWords } from './messages';
import type { EntryFact } from './queries';
import type { MissingFact, Move } from './useMoveDeal';

interface Props {
  move: Move;
  missing: MissingFact[];
  catalogue: Map<string, EntryFact>;
  stageLabel: string;
  onClose: () => void;
  onSaved: () => void;
}

/** Dates as the API takes them (YYYY-MM-DD), inside objects too. */
const asFacts = (value: unknown): unknown =>
  dayjs.isDayjs(value)
    ? value.format('YYYY-MM-DD')
    : value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asFacts(v)]))
      : value;

/** Exactly the facts the move lacks, each with its input; saving records them, then the move is asked again. */
export function FactsDrawer({ move, missing, catalogue, stageLabel, onClose, onSaved }: Props) {
  const t = useMessages(boardWords);
  const c = useMessages(common);
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (facts: Record<string, unknown>) =>
      unwrap(api.PATCH('/api/v1/deals/{id}/facts', { params: { path: { id: move.card.id } }, body: asFacts(facts) as Record<string, unknown> })),
    onSuccess: () => {
      void message.success(c.saved);
      onSaved();
    },
    onError: (error) => {
      if (!(error instanceof ApiProblem)) return;
      form.setFields(error.fieldErrors.map((e) => ({ name: e.field.replace(/^body\./, '').split('.'), errors: [e.message] })));
    },
  });
  const facts = missing.flatMap((m) => {
    const fact = catalogue.get(m.key);
    return fact && !fact.system ? [fact] : [];
  });
  return (
    <Drawer
      open
      size={480}
      title={t.missingTitle(stageLabel)}
      onClose={onClose}
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>{c.cancel}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t.saveAndMove}
          </Button>
        </Space>
      }
    >
      {save.error && <Alert role="alert" type="error" showIcon title={save.error.message} style={{ marginBottom: 16 }} />}
      <Form form={form} name="deal-facts" layout="vertical" requiredMark={false} onFinish={(values: Record<string, unknown>) => save.mutate(values)}>
        {facts.map((fact) => (
          <FactInput key={fact.key} fact={fact} accountId={move.card.accountId} />
        ))}
      </Form>
    </Drawer>
  );
}
