import { Button, Form, Input, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useUser } from '../../auth/session';
import { UserSelect } from '../../components/UserSelect';
import { useMessages } from '../../i18n/messages';
import { TICKET_PRIORITIES, ticketWords } from './messages';
import { type TicketDetail, useTicketCommand } from './queries';
import { TicketCommandModal } from './TicketCommandModal';

type Command = 'respond' | 'wait' | 'restore' | 'reopen' | 'assign' | 'priority';
type State = TicketDetail['state'];

/** The states in which each command is taken, as the ticket workflow allows them. */
const ALLOWED: Record<Command | 'resume', readonly State[]> = {
  respond: ['open'],
  wait: ['responded', 'in_progress'],
  resume: ['waiting_customer'],
  restore: ['responded', 'in_progress', 'waiting_customer'],
  reopen: ['restored'],
  assign: ['open', 'responded', 'in_progress', 'waiting_customer', 'restored'],
  priority: ['open', 'responded', 'in_progress', 'waiting_customer'],
};
const WORKERS = ['service', 'admin'];
const ASSIGNERS = ['service', 'supervisor', 'executive', 'admin'];

/** The commands the ticket's state and the user's role allow, each opening its form. */
export function TicketCommands({ ticket }: { ticket: TicketDetail }) {
  const t = useMessages(ticketWords);
  const { role } = useUser();
  const [open, setOpen] = useState<Command>();
  const path = { params: { path: { id: ticket.id } } };
  const resume = useTicketCommand(ticket.id, () => unwrap(api.POST('/api/v1/tickets/{id}/resume', { ...path, body: {} })), { done: t.done(t.resume) });
  const allowed = (c: Command | 'resume') => ALLOWED[c].includes(ticket.state) && (c === 'assign' ? ASSIGNERS : WORKERS).includes(role);
  const reopenable = ticket.reopenUntil !== null && Date.parse(ticket.reopenUntil) > Date.now();
  const buttons: Array<{ command: Command; label: string; primary?: boolean }> = [
    { command: 'respond', label: t.respond, primary: true },
    { command: 'restore', label: t.restoreAction, primary: true },
    { command: 'wait', label: t.wait },
    ...(reopenable ? [{ command: 'reopen' as const, label: t.reopen }] : []),
    { command: 'assign', label: t.assign },
    { command: 'priority', label: t.changePriority },
  ];
  const close = () => setOpen(undefined);
  const modal = { ticketId: ticket.id, onClose: close };
  return (
    <>
      <Space wrap>
        {buttons
          .filter((b) => allowed(b.command))
          .map((b) => (
            <Button key={b.command} type={b.primary ? 'primary' : 'default'} onClick={() => setOpen(b.command)}>
              {b.label}
            </Button>
          ))}
        {allowed('resume') && (
          <Popconfirm title={t.resumeConfirm} onConfirm={() => resume.mutate(undefined)} okText={t.resume}>
            <Button type="primary" loading={resume.isPending}>
              {t.resume}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {open === 'respond' && (
        <TicketCommandModal<{ note?: string }>
          {...modal}
          title={t.respond}
          done={t.done(t.respond)}
          onSubmit={(body) => unwrap(api.POST('/api/v1/tickets/{id}/respond', { ...path, body }))}
        >
          <Form.Item name="note" label={t.note}>
            <Input.TextArea autoFocus rows={3} maxLength={2000} />
          </Form.Item>
        </TicketCommandModal>
      )}
      {open === 'wait' && (
        <TicketCommandModal<{ reason?: string }>
          {...modal}
          title={t.wait}
          done={t.done(t.wait)}
          onSubmit={(body) => unwrap(api.POST('/api/v1/tickets/{id}/wait', { ...path, body }))}
        >
          <Form.Item name="reason" label={t.reason}>
            <Input.TextArea autoFocus rows={3} maxLength={2000} />
          </Form.Item>
        </TicketCommandModal>
      )}
      {open === 'restore' && (
        <TicketCommandModal<{ resolution: string }>
          {...modal}
          title={t.restoreAction}
          done={t.done(t.restoreAction)}
          initialValues={{ resolution: '' }}
          onSubmit={(body) => unwrap(api.POST('/api/v1/tickets/{id}/restore', { ...path, body }))}
        >
          <Form.Item name="resolution" label={t.resolution} extra={t.resolutionHint}>
            <Input.TextArea autoFocus rows={4} maxLength={4000} />
          </Form.Item>
        </TicketCommandModal>
      )}
      {open === 'reopen' && (
        <TicketCommandModal<{ reason?: string }>
          {...modal}
          title={t.reopen}
          done={t.done(t.reopen)}
          onSubmit={(body) => unwrap(api.POST('/api/v1/tickets/{id}/reopen', { ...path, body }))}
        >
          <Form.Item name="reason" label={t.reason}>
            <Input.TextArea autoFocus rows={3} maxLength={2000} />
          </Form.Item>
        </TicketCommandModal>
      )}
      {open === 'assign' && (
        <TicketCommandModal<{ assigneeId: string }>
          {...modal}
          title={t.assign}
          done={t.done(t.assign)}
          initialValues={{ assigneeId: ticket.assigneeId ?? undefined }}
          onSubmit={(body) => unwrap(api.POST('/api/v1/tickets/{id}/assign', { ...path, body }))}
        >
          <Form.Item name="assigneeId" label={t.assignee} rules={[{ required: true, message: t.required }]}>
            <UserSelect role="service" />
          </Form.Item>
        </TicketCommandModal>
      )}
      {open === 'priority' && (
        <TicketCommandModal<{ priority: TicketDetail['priority'] }>
          {...modal}
          title={t.changePriority}
          done={t.done(t.changePriority)}
          initialValues={{ priority: ticket.priority }}
          onSubmit={(body) => unwrap(api.POST('/api/v1/tickets/{id}/priority', { ...path, body }))}
        >
          <Form.Item name="priority" label={t.priorityLabel}>
            <Select options={TICKET_PRIORITIES.map((p) => ({ value: p, label: t.priority(p) }))} />
          </Form.Item>
        </TicketCommandModal>
      )}
    </>
  );
}
