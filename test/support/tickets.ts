import { randomUUID } from 'node:crypto';
import { type SupportPolicy, label } from '../../process';
import { type TicketStart, ticketWorkflowId } from '../../state/ticket';
import { dealWorkflowId } from '../../workflows/deal/messages';
import { TICKET_WORKFLOW_OPTIONS, ticketQuery } from '../../workflows/ticket/messages';
import type { TestApp } from './app';
import { makeAccount, makeUser } from './fixtures';

/**
 * One SLA policy for every ticket, on the 24×7 clock, in seconds: warned at 75 %, escalated to the
 * supervisor at the breach and to the executive `executiveAfter` later.
 */
export function secondsPolicy(response: number, restore: number, executiveAfter = 2): Partial<SupportPolicy> {
  return {
    policies: [
      { key: 'test', label: label('Test', '测试'), calendar: 'around_the_clock', targets: { response: { seconds: response }, restore: { seconds: restore } } },
    ],
    escalation: [
      { key: 'supervisor', after: { seconds: 0 } },
      { key: 'executive', after: { seconds: executiveAfter } },
    ],
  };
}

/**
 * A customer with a deal owned by a rep (under a supervisor, under an executive) and a service
 * engineer under its own supervisor, to open tickets for. Tickets start straight on Temporal, as
 * the ServiceWorkflow will start them.
 */
export async function ticketScene(app: Pick<TestApp, 'admin' | 'db' | 'as' | 'temporal' | 'taskQueue'>) {
  const executive = await makeUser(app, 'executive');
  const supervisor = await makeUser(app, 'supervisor', { supervisorId: executive.id });
  const rep = await makeUser(app, 'rep', { supervisorId: supervisor.id });
  const serviceLead = await makeUser(app, 'supervisor', { supervisorId: executive.id });
  const engineer = await makeUser(app, 'service', { supervisorId: serviceLead.id });
  const { accountId } = await makeAccount(app);
  const deal = (await rep.api('POST', '/api/v1/deals', { title: `Ticket customer ${randomUUID().slice(0, 6)}`, accountId, amount: 100_000 })).body;
  if (!deal.id) throw new Error(`could not make a deal: ${JSON.stringify(deal)}`);

  async function openTicket(extra: Partial<TicketStart> = {}) {
    const ticketId = randomUUID();
    const start: TicketStart = {
      ticketId,
      contractId: randomUUID(),
      reference: `T-${ticketId.slice(0, 8).toUpperCase()}`,
      processVersion: 1,
      deal: { dealId: deal.id, workflowId: dealWorkflowId(deal.id), title: deal.title, ownerId: rep.id, accountId },
      title: 'Conveyor stops after 10 minutes',
      description: 'The line halts with error E42',
      priority: 'urgent',
      reportedBy: 'Wang Lei',
      reportedAt: Date.now(),
      openedBy: engineer.id,
      warranty: 'in_warranty',
      assigneeId: engineer.id,
      timezone: 'Asia/Shanghai',
      ...extra,
    };
    const handle = await app.temporal.workflow.start('ticketWorkflow', {
      ...TICKET_WORKFLOW_OPTIONS,
      taskQueue: app.taskQueue,
      workflowId: ticketWorkflowId(ticketId),
      args: [start],
    });
    return { ...start, handle, live: () => handle.query(ticketQuery) };
  }

  return { executive, supervisor, rep, serviceLead, engineer, accountId, deal, openTicket };
}

export type TicketScene = Awaited<ReturnType<typeof ticketScene>>;
