import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { ApiProblem } from '../../../api/problem';
import { useMessages } from '../../../i18n/messages';
import { versionWords } from './messages';
import { type ProcessDocument, type ProcessVersion, useSaveDraft } from './queries';

const PREFIX = 'body.document.';

/** The server's field errors as lines naming where in the document each problem is ("stages.0.entryFacts.0: …"). */
const documentProblems = (err: unknown): string[] =>
  err instanceof ApiProblem ? err.fieldErrors.map((e) => (e.field.startsWith(PREFIX) ? `${e.field.slice(PREFIX.length)}: ${e.message}` : e.message)) : [];

/** A draft's document as JSON, saved for the server to check; its problems are listed on the field. */
export function DraftEditor({ draft }: { draft: ProcessVersion }) {
  const t = useMessages(versionWords);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ document: string }>();
  const save = useSaveDraft(draft.version);

  const submit = ({ document }: { document: string }) => {
    let parsed: ProcessDocument;
    try {
      parsed = JSON.parse(document) as ProcessDocument;
    } catch (err) {
      form.setFields([{ name: 'document', errors: [t.notJson((err as Error).message)] }]);
      return;
    }
    save.mutate(parsed, {
      onSuccess: (saved) => {
        form.setFields([{ name: 'document', errors: [] }]);
        void message.success(t.savedDraft(saved.version));
      },
      onError: (err) => form.setFields([{ name: 'document', errors: documentProblems(err) }]),
    });
  };
  const problems = documentProblems(save.error);

  return (
    <Card title={<h3 style={{ fontSize: 15, margin: 0 }}>{t.document}</h3>}>
      <Typography.Paragraph type="secondary">{t.documentText}</Typography.Paragraph>
      {save.error && problems.length === 0 && (
        <Alert role="alert" type="error" showIcon title={t.notSaved} description={save.error.message} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" initialValues={{ document: JSON.stringify(draft.document, null, 2) }} onFinish={submit}>
        <Form.Item name="document" label={t.document}>
          <Input.TextArea autoSize={{ minRows: 12, maxRows: 30 }} spellCheck={false} style={{ fontFamily: 'monospace', fontSize: 12 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t.saveDraft}
        </Button>
      </Form>
    </Card>
  );
}
