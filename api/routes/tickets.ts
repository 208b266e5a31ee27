import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { UpdateDefinition } from '@temporalio/common';
import { Router } from 'express';
import type { z } from 'zod';
import { type Action, PERMISSIONS } from '../../process';
import type { Db } from '../../runtime/db';
import type { TicketView } from '../../state/ticket';
import type { Actor } from '../../state/deal';
import {
  assignUpdate,
  changePriorityUpdate,
  reopenUpdate,
  respondUpdate,
  restoreUpdate,
  resumeUpdate,
  waitForCustomerUpdate,
} from '../../workflows/ticket/messages';
import type { AuthedUser } from '../auth/authenticate';
import { after, decodeCursor, pageOf, pageSchema } from '../http/page';
import { conflict, unprocessable } from '../http/problem';
import { REFUSALS } from '../http/refusal-problem';
import { route } from '../http/route';
import { readableTicket, visibleTickets } from '../tickets/access';
import type { TicketGateway } from '../tickets/gateway';
import { presentTicket, presentTicketDetail } from '../tickets/present';
import * as S from '../tickets/schemas';

const actorOf = (user: AuthedUser): Actor => ({ id: user.id, role: user.role });

/** Support tickets after they are opened: lists, the live SLA clocks, and the work on each ticket. */
export function ticketsRouter(db: Db, tickets: TicketGateway, registry: OpenAPIRegistry): Router {
  const router = Router();

  route(router, registry, {
    method: 'get',
    path: '/tickets',
    tag: 'tickets',
    summary: 'Tickets, newest report first; reps see their own customers’ tickets',
    query: S.TicketList,
    responses: { 200: { description: 'A page of tickets', schema: pageSchema(S.Ticket) } },
    handler: async ({ query, user }) => {
      const rows = await db.ticket.findMany({
        where: {
          AND: [
            await visibleTickets(db, user),
            query.state ? { status: query.state } : {},
            query.breached ? { breached: query.breached === 'true' } : {},
            query.assignee ? { assigneeId: query.assignee === 'me' ? user.id : query.assignee } : {},
            after('reportedAt', decodeCursor(query.cursor)),
          ],
        },
        orderBy: [{ reportedAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      const page = pageOf(rows, query.limit, (r) => ({ at: r.reportedAt, id: r.id }));
      const now = Date.now();
      return { body: { items: page.items.map((r) => presentTicket(r, now)), nextCursor: page.nextCursor } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/tickets/:id',
    tag: 'tickets',
    summary: 'One ticket with its SLA clocks, live from its workflow (the last snapshot once closed)',
    params: S.IdParams,
    responses: { 200: { description: 'The ticket', schema: S.TicketDetail } },
    handler: async ({ params, user }) => {
      const ticket = await readableTicket(db, tickets, user, params.id);
      const view = ticket.status === 'closed' ? ticket.snapshot : await tickets.view(params.id);
      return { body: presentTicketDetail(view, Date.now()) };
    },
  });

  /** One command on a ticket: its permission, a body, and the workflow update it becomes. */
  function command<B extends z.ZodType, A>(spec: {
    path: string;
    summary: string;
    action: Action;
    body: B;
    update: UpdateDefinition<TicketView, [A]>;
    arg: (body: z.infer<B>, actor: Actor) => A;
    check?: (body: z.infer<B>) => Promise<void>;
  }) {
    route(router, registry, {
      method: 'post',
      path: `/tickets/:id/${spec.path}`,
      tag: 'tickets',
      summary: spec.summary,
      roles: PERMISSIONS[spec.action].roles,
      params: S.IdParams,
      body: spec.body,
      responses: {
        ...REFUSALS,
        200: { description: 'The ticket', schema: S.TicketDetail },
        409: { description: 'Not in a state that allows it; a closed ticket takes nothing (open a new one)' },
      },
      handler: async ({ params, body, user }) => {
        const ticket = await readableTicket(db, tickets, user, params.id);
        if (ticket.status === 'closed') throw conflict('ticket-closed', `ticket ${ticket.reference} is closed; open a new ticket for a new fault`);
        await spec.check?.(body);
        const view = await tickets.command(params.id, spec.update, spec.arg(body, actorOf(user)));
        return { body: presentTicketDetail(view, Date.now()) };
      },
    });
  }

  command({
    path: 'respond',
    summary: 'The first response to the customer: stops the response clock',
    action: 'work_ticket',
    body: S.Respond,
    update: respondUpdate,
    arg: (b, actor) => ({ actor, note: b.note }),
  });
  command({
    path: 'wait',
    summary: 'Waiting for the customer: the SLA clocks stand still until work resumes',
    action: 'work_ticket',
    body: S.Wait,
    update: waitForCustomerUpdate,
    arg: (b, actor) => ({ actor, reason: b.reason }),
  });
  command({
    path: 'resume',
    summary: 'Work resumes after waiting for the customer: the clocks run on from the time they had consumed',
    action: 'work_ticket',
    body: S.Resume,
    update: resumeUpdate,
    arg: (_b, actor) => ({ actor }),
  });
  command({
    path: 'restore',
    summary: 'The fault is removed: stops the restore clock (a breached target stays breached); the ticket may be reopened for 7 days',
    action: 'work_ticket',
    body: S.Restore,
    update: restoreUpdate,
    arg: (b, actor) => ({ actor, resolution: b.resolution }),
  });
  command({
    path: 'reopen',
    summary: 'The fault came back within the reopen window: the restore clock runs on from where it stood',
    action: 'work_ticket',
    body: S.Reopen,
    update: reopenUpdate,
    arg: (b, actor) => ({ actor, reason: b.reason }),
  });
  command({
    path: 'assign',
    summary: 'Hands the ticket to a service engineer, who is warned before its targets run out',
    action: 'assign_ticket',
    body: S.Assign,
    update: assignUpdate,
    arg: (b, actor) => ({ actor, assigneeId: b.assigneeId }),
    check: async ({ assigneeId }) => {
      const engineer = await db.user.findUnique({ where: { id: assigneeId }, select: { role: true, active: true } });
      if (!engineer?.active || engineer.role !== 'service')
        throw unprocessable('invalid-input', 'Invalid input', 'tickets are assigned to active service engineers', [
          { field: 'body.assigneeId', message: 'not an active service engineer' },
        ]);
    },
  });
  command({
    path: 'priority',
    summary: 'A new priority, maybe a new SLA policy: deadlines are recomputed from the time already consumed',
    action: 'work_ticket',
    body: S.Priority,
    update: changePriorityUpdate,
    arg: (b, actor) => ({ actor, priority: b.priority }),
  });

  return router;
}
