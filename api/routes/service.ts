import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { UpdateDefinition } from '@temporalio/common';
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../runtime/db';
import type { ServiceView } from '../../state/service';
import { completeItemUpdate, openTicketUpdate, recordAcceptanceUpdate, recordTrainingUpdate, reopenItemUpdate } from '../../workflows/service/messages';
import type { AuthedUser } from '../auth/authenticate';
import { assertMay, mayScope } from '../auth/permission';
import { assertCanSee } from '../auth/policy';
import { IdParams } from '../contracts/schemas';
import { keyedId } from '../deals/identity';
import { IdempotencyHeaders } from '../deals/schemas';
import { Problem, conflict, notFound, unprocessable } from '../http/problem';
import { REFUSALS } from '../http/refusal-problem';
import { pageSchema } from '../http/page';
import { route } from '../http/route';
import { localeOf } from '../i18n/locale';
import type { ServiceGateway } from '../service/gateway';
import { ServiceOut, presentService } from '../service/present';
import { ServicedContract, ServicedContractQuery, servicedContracts } from '../service/serviced-contracts';
import * as S from '../service/schemas';

const actorOf = (user: AuthedUser) => ({ id: user.id, role: user.role });
const ms = (iso: string) => Date.parse(iso);

const Ticket = z.object({ id: z.uuid(), contractId: z.uuid(), warranty: z.enum(['in_warranty', 'out_of_warranty']) }).meta({ id: 'TicketOpened' });

/** A contract's after-sales service: the checklist, training, acceptance, the warranty; and opening tickets. */
export function serviceRouter(db: Db, services: ServiceGateway, registry: OpenAPIRegistry): Router {
  const router = Router();

  async function contractRow(id: string) {
    const row = await db.contract.findUnique({ where: { id }, select: { id: true, dealId: true, ownerId: true } });
    if (!row) throw notFound(`contract ${id}`);
    return row;
  }

  /** A contract not signed has no service yet. */
  async function onService<A>(contractId: string, update: UpdateDefinition<ServiceView, [A]>, arg: A): Promise<ServiceView> {
    return services.command(contractId, update, arg).catch((err) => {
      if (err instanceof Problem && err.status === 404) throw conflict('not-signed', `contract ${contractId} is not signed: it has no service yet`);
      throw err;
    });
  }

  /** The live service, or its last projected snapshot when the workflow cannot answer. */
  async function live(contractId: string): Promise<ServiceView> {
    return services.view(contractId).catch(async (err) => {
      const row = await db.service.findUnique({ where: { contractId }, select: { detail: true } });
      if (row) return row.detail as unknown as ServiceView;
      if (err instanceof Problem && err.status === 404) throw notFound(`the service of contract ${contractId}`);
      throw err;
    });
  }

  const answer = (view: ServiceView, user: AuthedUser, req: Parameters<typeof localeOf>[0]) => ({
    body: presentService(view, localeOf(req, user.locale), Date.now()),
  });

  route(router, registry, {
    method: 'get',
    path: '/contracts/:id/service',
    tag: 'service',
    summary: 'After-sales of a signed contract: checklist, trainings, acceptance, warranty, the next visits and the tickets opened',
    params: IdParams,
    responses: { 200: { description: 'The service', schema: ServiceOut } },
    handler: async ({ params, user, req }) => {
      const row = await contractRow(params.id);
      await assertCanSee(db, user, row.ownerId);
      return answer(await live(params.id), user, req);
    },
  });

  route(router, registry, {
    method: 'patch',
    path: '/contracts/:id/service/checklist/:item',
    tag: 'service',
    summary: 'Complete (done: true) or reopen (done: false, with a reason) an item of the implementation plan; acceptance is recorded on its own',
    params: S.ItemParams,
    body: S.ChecklistChange,
    responses: { ...REFUSALS, 200: { description: 'The service', schema: ServiceOut }, 409: { description: 'Already so, or accepted' } },
    handler: async ({ params, body, user, req }) => {
      const row = await contractRow(params.id);
      await assertMay(db, user, 'work_on_service', { ownerId: row.ownerId });
      if (!body.done && !body.reason)
        throw unprocessable('reason-required', 'A reason is required', 'say why the item reopens', [
          { field: 'body.reason', message: 'say why the item reopens' },
        ]);
      const view = body.done
        ? await onService(params.id, completeItemUpdate, { actor: actorOf(user), item: params.item, note: body.note })
        : await onService(params.id, reopenItemUpdate, { actor: actorOf(user), item: params.item, reason: body.reason! });
      return answer(view, user, req);
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/contracts/:id/service/trainings',
    tag: 'service',
    summary: 'Record a training session (培训) and its assessment: each trainee passes at the pass mark',
    params: IdParams,
    body: S.NewTraining,
    responses: {
      ...REFUSALS,
      201: { description: 'The service, with the session', schema: ServiceOut, location: false },
      422: { description: 'A score off the scale' },
    },
    handler: async ({ params, body, user, req }) => {
      const row = await contractRow(params.id);
      await assertMay(db, user, 'work_on_service', { ownerId: row.ownerId });
      const view = await onService(params.id, recordTrainingUpdate, { actor: actorOf(user), training: { ...body, heldAt: ms(body.heldAt) } });
      return { status: 201, ...answer(view, user, req) };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/contracts/:id/service/acceptance',
    tag: 'service',
    summary: 'Record the customer’s acceptance (验收): collection hears of it, the warranty and its visit programme start',
    params: IdParams,
    body: S.NewAcceptance,
    responses: { ...REFUSALS, 200: { description: 'The service', schema: ServiceOut }, 409: { description: 'Accepted already' } },
    handler: async ({ params, body, user, req }) => {
      const row = await contractRow(params.id);
      await assertMay(db, user, 'work_on_service', { ownerId: row.ownerId });
      const view = await onService(params.id, recordAcceptanceUpdate, { actor: actorOf(user), ...body, signedAt: ms(body.signedAt) });
      return answer(view, user, req);
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/services',
    tag: 'service',
    summary:
      'Signed contracts in service, most recently signed first, by customer or contract reference (`q`): those one may open a ticket for; reps see their own customers, supervisors their team’s',
    query: ServicedContractQuery,
    responses: { 200: { description: 'A page of contracts in service', schema: pageSchema(ServicedContract) } },
    handler: async ({ query, user }) => ({ body: await servicedContracts(db, await mayScope(db, user, 'open_ticket'), query) }),
  });

  route(router, registry, {
    method: 'post',
    path: '/tickets',
    tag: 'tickets',
    summary:
      'Open a support ticket for a signed contract; its SLA clocks start when the customer reported it. With an Idempotency-Key, a retried request opens no second ticket',
    body: S.NewTicket,
    headers: IdempotencyHeaders,
    responses: {
      ...REFUSALS,
      201: { description: 'The ticket opened', schema: Ticket },
      404: { description: 'No such contract' },
      409: { description: 'The contract is not signed' },
    },
    handler: async ({ body, user, req }) => {
      const row = await contractRow(body.contractId);
      await assertMay(db, user, 'open_ticket', { ownerId: row.ownerId });
      const { contractId, reportedAt, ...ticket } = body;
      const ticketId = keyedId(`ticket:${user.id}:${contractId}`, req.get('idempotency-key'));
      const view = await onService(contractId, openTicketUpdate, { actor: actorOf(user), ticket: { ...ticket, ticketId, reportedAt: ms(reportedAt) } });
      const opened = view.tickets.find((t) => t.ticketId === ticketId)!;
      return { status: 201, body: { id: ticketId, contractId, warranty: opened.warranty }, headers: { Location: `/api/v1/tickets/${ticketId}` } };
    },
  });

  return router;
}
