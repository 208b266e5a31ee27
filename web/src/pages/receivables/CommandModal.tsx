import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { ApiProblem } from '../../api/problem';
import { useMessages } from '../../i18n/messages';
import { receivablesWords } from './messages';

/**
 * A command as a form in a modal: the server's field errors land on their fields, its other
 * refusals above the form, and a toast says when it is done.
 */
export function CommandModal<V extends object>({
  title,
  initialValues,
  onSubmit,
  onDone,
  onClose,
  children,
}: {
  title: string;
  initialValues?: Partial<V>;
  onSubmit: (values: V) => Promise<unknown>;
  onDone: () => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useMessages(receivablesWords);
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const command = useMutation({
    mutationFn: onSubmit,
    onSuccess: async () => {
      void message.success(t.done);
      onClose();
      await onDone();
    },
    onError: (err) => {
      if (!(err instanceof ApiProblem)) return;
      form.setFields(err.fieldErrors.map((e) => ({ name: e.field.replace(/^body\./, '') as never, errors: [e.message] })));
    },
  });
  const fieldless = command.error instanceof ApiProblem && command.error.fieldErrors.length > 0 ? undefined : command.error;
  return (
    <Modal open title={title} okText={title} onOk={() => form.submit()} confirmLoading={command.isPending} onCancel={onClose} destroyOnHidden>
      {fieldless && <Alert role="alert" type="error" showIcon title={fieldless.message} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} initialValues={initialValues} onFinish={(values) => command.mutate(values)}>
        {children}
      </Form>
    </Modal>
  );
}
