import { Alert, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { ApiProblem } from '../../api/problem';
import { showFieldErrors } from '../deal/problem-form';
import { type TicketDetail, useTicketCommand } from './queries';

/**
 * A command on a ticket as a form in a dialog: the server's field errors land on their fields, its
 * other refusals above the form, and a toast says when it is done.
 */
export function TicketCommandModal<V extends object>({
  ticketId,
  title,
  done,
  initialValues,
  onSubmit,
  onClose,
  children,
}: {
  ticketId: string;
  title: string;
  done: string;
  initialValues?: Partial<V>;
  onSubmit: (values: V) => Promise<TicketDetail>;
  onClose: () => void;
  children: ReactNode;
}) {
  const [form] = Form.useForm<V>();
  const command = useTicketCommand(ticketId, onSubmit, { done, onSuccess: onClose, onProblem: (p) => showFieldErrors(form, p) });
  const refusal = command.error instanceof ApiProblem && command.error.fieldErrors.length === 0 ? command.error : undefined;
  return (
    <Modal open title={title} okText={title} onOk={() => form.submit()} confirmLoading={command.isPending} onCancel={onClose} destroyOnHidden>
      {refusal && <Alert role="alert" type="error" showIcon title={refusal.message} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} initialValues={initialValues} onFinish={(values) => command.mutate(values)}>
        {children}
      </Form>
    </Modal>
  );
}
