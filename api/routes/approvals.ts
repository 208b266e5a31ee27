import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import { Money, formatMoney, minorFromBigInt } from '../../process';
import type { Db } from '../../runtime/db';
import { decideUpdate, withdrawUpdate } from '../../workflows/approval/messages';
import type { ApprovalView } from '../../state/approval';
import { assertCanReadApproval, principalsOf } from '../approvals/access';
import type { ApprovalGateway } from '../approvals/gateway';
import { Approval, ApprovalStatus, presentApproval } from '../approvals/present';
import { approvalView, inboxWhere } from '../approvals/reads';
import type { AuthedUser } from '../auth/authenticate';
import { visibleDeals } from '../auth/policy';
import { REFUSALS } from '../http/refusal-problem';
import { PageQuery, after, decodeCursor, pageOf, pageSchema } from '../http/page';
import { Problem, conflict } from '../http/problem';
import { Timestamp } from '../http/formats';
import { route } from '../http/route';
import { localeOf } from '../i18n/locale';

const InboxQuery = z.strictObject({
  status: ApprovalStatus.optional(),
  assignee: z.union([z.literal('me'), z.uuid()]).optional(),
  requester: z.union([z.literal('me'), z.uuid()]).optional(),
  dealId: z.uuid().optional(),
  ...PageQuery,
});

const InboxItem = z
  .object({
    id: z.uuid(),
    dealId: z.uuid(),
    dealTitle: z.string(),
    kind: z.string(),
    status: ApprovalStatus,
    amount: Money,
    currency: z.string(),
    requesterId: z.uuid(),
    assigneeId: z.uuid().nullable(),
    approverId: z.uuid().nullable(),
    currentLevel: z.number().nullable(),
    requestedAt: Timestamp,
    decidedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ApprovalListItem' });

const IdParams = z.strictObject({ id: z.uuid() });
const Decision = z.strictObject({ decision: z.enum(['approve', 'reject']), comment: z.string().trim().max(2000).optional() }).meta({ id: 'ApprovalDecision' });
const Withdrawal = z.strictObject({ reason: z.string().trim().max(2000).optional() }).meta({ id: 'ApprovalWithdrawal' });

const actorOf = (user: AuthedUser) => ({ id: user.id, role: user.role });

export function approvalsRouter(db: Db, gateway: ApprovalGateway, registry: OpenAPIRegistry): Router {
  const router = Router();

  /** A finished request's workflow takes no more Updates: say what became of it. */
  async function answerOf(approvalId: string, send: () => Promise<ApprovalView>) {
    try {
      return await send();
    } catch (err) {
      if (err instanceof Problem && err.status === 404) {
        const row = await db.approval.findUnique({ where: { id: approvalId }, select: { status: true, decidedAt: true } });
        if (row) throw conflict('already-decided', `the request is already ${row.status}`, { approvalStatus: row.status, at: row.decidedAt });
      }
      throw err;
    }
  }

  route(router, registry, {
    method: 'get',
    path: '/approvals',
    tag: 'approvals',
    summary: 'Approval requests, newest first. The inbox is `?status=pending&assignee=me` (includes requests you hold as a delegate)',
    query: InboxQuery,
    responses: { 200: { description: 'A page of requests', schema: pageSchema(InboxItem) } },
    handler: async ({ query, user }) => {
      const me = (v: string | undefined) => (v === 'me' ? user.id : v);
      const assignee = !query.assignee ? undefined : query.assignee === 'me' ? await principalsOf(db, user.id) : [query.assignee];
      const scope = await visibleDeals(db, user);
      const visible = scope.all
        ? {}
        : { OR: [{ participantIds: { has: user.id } }, { dealOwnerId: { in: scope.ownerIds } }, ...(assignee ? [{ assigneeId: { in: assignee } }] : [])] };
      const rows = await db.approval.findMany({
        where: {
          AND: [
            inboxWhere({ status: query.status, assignee, dealId: query.dealId, requesterId: me(query.requester) }),
            visible,
            after('requestedAt', decodeCursor(query.cursor)),
          ],
        },
        orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      const page = pageOf(rows, query.limit, (r) => ({ at: r.requestedAt, id: r.id }));
      return {
        body: {
          items: page.items.map((r) => {
            const detail = r.detail as unknown as ApprovalView;
            return {
              id: r.id,
              dealId: r.dealId,
              dealTitle: detail.request.deal.title,
              kind: r.kind,
              status: r.status,
              amount: formatMoney(minorFromBigInt(r.amountMinor)),
              currency: r.currency,
              requesterId: r.requesterId,
              assigneeId: r.assigneeId,
              approverId: r.approverId,
              currentLevel: r.currentLevel,
              requestedAt: r.requestedAt,
              decidedAt: r.decidedAt,
            };
          }),
          nextCursor: page.nextCursor,
        },
      };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/approvals/:id',
    tag: 'approvals',
    summary: 'One request: the deal, the whole chain with who holds it, and its history',
    params: IdParams,
    responses: { 200: { description: 'The request', schema: Approval }, 403: { description: 'Not yours to see' }, 404: { description: 'No such request' } },
    handler: async ({ params, user, req }) => {
      const view = await approvalView(db, gateway, params.id);
      await assertCanReadApproval(db, user, view);
      return { body: await presentApproval(db, view, localeOf(req, user.locale)) };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/approvals/:id/decision',
    tag: 'approvals',
    summary: 'Approve or reject (a rejection needs a comment). Only the current approver or their delegate may decide',
    params: IdParams,
    body: Decision,
    responses: {
      ...REFUSALS,
      200: { description: 'The request after the decision', schema: Approval },
      403: { description: 'Not the current approver, or your own request or deal' },
      409: { description: 'Already decided, or moved on to someone else' },
      422: { description: 'A rejection without a comment' },
    },
    handler: async ({ params, body, user, req }) => {
      const delegating = (await principalsOf(db, user.id)).filter((id) => id !== user.id);
      const view = await answerOf(params.id, () =>
        gateway.command(params.id, decideUpdate, { actor: actorOf(user), decision: body.decision, comment: body.comment, delegating }),
      );
      return { body: await presentApproval(db, view, localeOf(req, user.locale)) };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/approvals/:id/withdraw',
    tag: 'approvals',
    summary: 'Withdraw a pending request (the requester or the deal owner); the deal stays where it is',
    params: IdParams,
    body: Withdrawal,
    responses: {
      ...REFUSALS,
      200: { description: 'The withdrawn request', schema: Approval },
      403: { description: 'Not your request' },
      409: { description: 'Already decided' },
    },
    handler: async ({ params, body, user, req }) => {
      const view = await answerOf(params.id, () => gateway.command(params.id, withdrawUpdate, { actor: actorOf(user), reason: body.reason }));
      return { body: await presentApproval(db, view, localeOf(req, user.locale)) };
    },
  });

  return router;
}
