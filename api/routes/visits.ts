import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import type { Db } from '../../runtime/db';
import type { Visit } from '../../state/service';
import { recordVisitUpdate, scheduleVisitUpdate } from '../../workflows/service/messages';
import type { AuthedUser } from '../auth/authenticate';
import { assertMay } from '../auth/permission';
import { visibleDeals } from '../auth/policy';
import { IdParams } from '../contracts/schemas';
import { PageQuery, after, decodeCursor, pageOf, pageSchema } from '../http/page';
import { Problem, conflict, notFound, unprocessable } from '../http/problem';
import { REFUSALS } from '../http/refusal-problem';
import { route } from '../http/route';
import { localeOf } from '../i18n/locale';
import type { ServiceGateway } from '../service/gateway';
import { ListedVisit, listedVisits } from '../service/listed-visits';
import { VisitOut, presentVisit } from '../service/present';
import * as S from '../service/schemas';

const actorOf = (user: AuthedUser) => ({ id: user.id, role: user.role });
const ms = (iso: string) => Date.parse(iso);

/** Return visits (回访): the lists of who visits whom when, recording a visit, scheduling an ad-hoc one. */
export function visitsRouter(db: Db, services: ServiceGateway, registry: OpenAPIRegistry): Router {
  const router = Router();

  const notSigned = (contractId: string) => (err: unknown) => {
    if (err instanceof Problem && err.status === 404) throw conflict('not-signed', `contract ${contractId} is not signed: it has no service yet`);
    throw err;
  };
  const visitOf = (contractId: string, view: { visits: Visit[] }, id: string, user: AuthedUser, req: Parameters<typeof localeOf>[0]) =>
    presentVisit(
      contractId,
      view.visits.find((v) => v.id === id)!,
      localeOf(req, user.locale),
    );

  route(router, registry, {
    method: 'get',
    path: '/visits',
    tag: 'visits',
    summary:
      'Visits, soonest due first, with their customer, deal and contract: `assignee=me` for one’s own, `dueBefore` for those due by then; planned ones unless `status=recorded`. A supervisor sees their team’s deals and engineers',
    query: S.VisitQuery.extend(PageQuery),
    responses: { 200: { description: 'A page of visits', schema: pageSchema(ListedVisit) } },
    handler: async ({ query, user, req }) => {
      const scope = await visibleDeals(db, user);
      const assigneeId = query.assignee === 'me' ? user.id : query.assignee;
      const rows = await db.visit.findMany({
        where: {
          AND: [
            { status: query.status },
            assigneeId ? { assigneeId } : {},
            query.dueBefore ? { dueAt: { lt: new Date(query.dueBefore) } } : {},
            scope.all ? {} : { OR: [{ ownerId: { in: scope.ownerIds } }, { assigneeId: { in: scope.ownerIds } }] },
            after('dueAt', decodeCursor(query.cursor), 'asc'),
          ],
        },
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
      });
      const page = pageOf(rows, query.limit, (r) => ({ at: r.dueAt, id: r.id }));
      const items = await listedVisits(db, page.items, localeOf(req, user.locale));
      return { body: { items, nextCursor: page.nextCursor } };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/visits',
    tag: 'visits',
    summary: 'Schedule an ad-hoc technical visit (技术性回访) for a signed contract, the contract’s engineer’s unless another is named',
    body: S.NewVisit,
    responses: {
      ...REFUSALS,
      201: { description: 'The visit', schema: VisitOut },
      404: { description: 'No such contract' },
      409: { description: 'Not signed' },
      422: { description: 'An unknown assignee, or a time past' },
    },
    handler: async ({ body, user, req }) => {
      const row = await db.contract.findUnique({ where: { id: body.contractId }, select: { ownerId: true } });
      if (!row) throw notFound(`contract ${body.contractId}`);
      await assertMay(db, user, 'work_on_service', { ownerId: row.ownerId });
      if (body.assigneeId && !(await db.user.count({ where: { id: body.assigneeId, active: true } })))
        throw unprocessable('unknown-reference', 'Unknown reference', 'the visit names a person who is not an active user', [
          { field: 'body.assigneeId', message: 'no active user with this id' },
        ]);
      const before = new Set((await services.view(body.contractId).catch(notSigned(body.contractId))).visits.map((v) => v.id));
      const view = await services
        .command(body.contractId, scheduleVisitUpdate, { actor: actorOf(user), dueAt: ms(body.dueAt), assigneeId: body.assigneeId, purpose: body.purpose })
        .catch(notSigned(body.contractId));
      const made = view.visits.find((v) => !before.has(v.id) && v.kind === 'technical')!;
      return { status: 201, body: visitOf(body.contractId, view, made.id, user, req), headers: { Location: `/api/v1/visits/${made.id}` } };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/visits/:id/record',
    tag: 'visits',
    summary:
      'Record a visit (《工程回访记录》): what was checked, problems found, actions taken, satisfaction, the customer’s confirmation; `ticket` opens one',
    params: IdParams,
    body: S.VisitRecordBody,
    responses: { ...REFUSALS, 200: { description: 'The visit, recorded', schema: VisitOut }, 409: { description: 'Recorded already' } },
    handler: async ({ params, body, user, req }) => {
      const row = await db.visit.findUnique({ where: { id: params.id }, select: { contractId: true, ownerId: true, assigneeId: true } });
      if (!row) throw notFound(`visit ${params.id}`);
      await assertMay(db, user, 'work_on_service', row);
      const { ticket, ...record } = body;
      const view = await services.command(row.contractId, recordVisitUpdate, {
        actor: actorOf(user),
        visitId: params.id,
        record: { ...record, visitedAt: ms(record.visitedAt), confirmedBy: { name: record.confirmedBy.name, at: ms(record.confirmedBy.at) } },
        ticket,
      });
      return { body: visitOf(row.contractId, view, params.id, user, req) };
    },
  });

  return router;
}
