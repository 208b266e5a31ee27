import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { UpdateDefinition } from '@temporalio/common';
import { Router } from 'express';
import { z } from 'zod';
import { PositiveMoneyInput, TENDER_OUTCOMES, tenderDateErrors } from '../../process';
import type { Db } from '../../runtime/db';
import { startTenderUpdate } from '../../workflows/deal/messages';
import { requestReviewUpdate, submitBidUpdate, tenderResultUpdate, updateChecklistUpdate } from '../../workflows/tender/messages';
import type { TenderView } from '../../state/tender';
import { routedUpdate } from '../../workflows/approval/messages';
import type { ApprovalGateway } from '../approvals/gateway';
import type { AuthedUser } from '../auth/authenticate';
import { assertMay } from '../auth/permission';
import { assertCanSee, visibleDeals } from '../auth/policy';
import { changeableDeal } from '../deals/commands';
import type { DealGateway } from '../deals/gateway';
import { REFUSALS } from '../http/refusal-problem';
import { PageQuery, after, decodeCursor, pageOf, pageSchema } from '../http/page';
import { Problem, unprocessable } from '../http/problem';
import { route } from '../http/route';
import { localeOf } from '../i18n/locale';
import type { TenderGateway } from '../tenders/gateway';
import { Tender, TenderListItem, presentTender } from '../tenders/present';
import { definitionOf } from '../../runtime/process-versions';

const instant = z.iso.datetime({ offset: true });
const NewTender = z
  .strictObject({
    tenderNo: z.string().trim().min(1).max(100),
    issuedAt: instant,
    submissionDeadline: instant,
    openingAt: instant,
    presentationAt: instant.optional(),
    documents: z
      .array(z.strictObject({ name: z.string().trim().min(1).max(200), url: z.url().max(2000) }))
      .max(50)
      .default([]),
    bidBond: z.strictObject({ amount: PositiveMoneyInput, dueAt: instant }).optional(),
    presalesId: z.uuid().meta({ description: 'The presales engineer who writes the bid' }),
  })
  .meta({ id: 'NewTender' });
const ChecklistChange = z.strictObject({ done: z.boolean(), note: z.string().trim().max(2000).optional() });
const ReviewRequest = z.strictObject({
  price: PositiveMoneyInput,
  discountPercent: z.number().min(0).max(100).optional(),
  note: z.string().trim().max(2000).optional(),
});
const Result = z.strictObject({
  outcome: z.enum(TENDER_OUTCOMES),
  winner: z.string().trim().min(1).max(200).optional(),
  ourRank: z.number().int().min(1).max(100).optional(),
  note: z.string().trim().min(1).max(4000),
  keepOpen: z.boolean().optional().meta({ description: 'Lost, but the customer re-tenders: keep the deal open' }),
});
const IdParams = z.strictObject({ id: z.uuid() });
const ms = (iso: string) => Date.parse(iso);
const actorOf = (user: AuthedUser) => ({ id: user.id, role: user.role });

/** Tenders (招投标) on deals: start one, tick the bid checklist, ask for the bid review, submit, record the result. */
export function tendersRouter(db: Db, deals: DealGateway, tenders: TenderGateway, approvals: ApprovalGateway, registry: OpenAPIRegistry): Router {
  const router = Router();
  /** Who a tender belongs to: from the calendar's row, or from the tender itself when it started a moment ago. */
  async function tenderRow(id: string) {
    const row = await db.tender.findUnique({ where: { id }, select: { dealId: true, ownerId: true, presalesId: true, detail: true } });
    if (row) return row;
    const view = await tenders.view(id);
    return { dealId: view.start.deal.dealId, ownerId: view.start.deal.ownerId, presalesId: view.start.presalesId, detail: view as unknown };
  }

  route(router, registry, {
    method: 'post',
    path: '/deals/:id/tender',
    tag: 'tenders',
    summary: 'Start a tender on a deal in PRELIMINARY_APPROVAL or NEGOTIATION: one at a time; dates must run issued < deadline ≤ opening',
    params: IdParams,
    body: NewTender,
    responses: {
      ...REFUSALS,
      201: { description: 'The tender', schema: Tender },
      409: { description: 'Wrong stage, or a tender is still running' },
      422: { description: 'Bad dates or presales engineer' },
    },
    handler: async ({ params, body, user, req }) => {
      const deal = await changeableDeal(db, deals, user, params.id);
      const { tenders: policy } = await definitionOf(db, deal.processVersion);
      const [issued, deadline, opening] = [ms(body.issuedAt), ms(body.submissionDeadline), ms(body.openingAt)];
      const presales = await db.user.findUnique({ where: { id: body.presalesId }, select: { role: true, active: true } });
      const errors = [
        ...tenderDateErrors({ issuedAt: issued, submissionDeadline: deadline, openingAt: opening }, Date.now()).map((e) => ({
          ...e,
          field: `body.${e.field}`,
        })),
        ...(presales?.active && presales.role === policy.presalesRole ? [] : [{ field: 'body.presalesId', message: 'an active presales engineer' }]),
      ];
      if (errors.length) throw unprocessable('invalid-tender', 'Invalid tender', 'the tender cannot start with these dates or people', errors);
      const finance = await db.user.findFirst({ where: { role: 'finance', active: true }, orderBy: { createdAt: 'asc' }, select: { id: true } });
      const view = await deals.command(params.id, startTenderUpdate, {
        actor: actorOf(user),
        tender: {
          tenderNo: body.tenderNo,
          issuedAt: issued,
          submissionDeadline: deadline,
          openingAt: opening,
          presentationAt: body.presentationAt === undefined ? undefined : ms(body.presentationAt),
          documents: body.documents,
          bidBond: body.bidBond && { amount: body.bidBond.amount, dueAt: ms(body.bidBond.dueAt) },
          presalesId: body.presalesId,
          financeId: finance?.id ?? null,
        },
      });
      const tenderId = view.tender!.id;
      return {
        status: 201,
        body: presentTender(await tenders.view(tenderId), localeOf(req, user.locale)),
        headers: { Location: `/api/v1/tenders/${tenderId}` },
      };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/tenders',
    tag: 'tenders',
    summary: 'The tender calendar across deals, soonest deadline first',
    query: z.strictObject({ state: z.enum(['open', 'submitted', 'missed', ...TENDER_OUTCOMES]).optional(), dueBefore: instant.optional(), ...PageQuery }),
    responses: { 200: { description: 'A page of tenders', schema: pageSchema(TenderListItem) } },
    handler: async ({ query, user }) => {
      const scope = await visibleDeals(db, user);
      const rows = await db.tender.findMany({
        where: {
          AND: [
            query.state ? { status: query.state } : {},
            query.dueBefore ? { submissionDeadline: { lt: new Date(query.dueBefore) } } : {},
            scope.all ? {} : { OR: [{ ownerId: { in: scope.ownerIds } }, { presalesId: user.id }] },
            after('submissionDeadline', decodeCursor(query.cursor), 'asc'),
          ],
        },
        orderBy: [{ submissionDeadline: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
        select: {
          id: true,
          dealId: true,
          tenderNo: true,
          status: true,
          ownerId: true,
          presalesId: true,
          submissionDeadline: true,
          openingAt: true,
          presentationAt: true,
        },
      });
      const page = pageOf(rows, query.limit, (r) => ({ at: r.submissionDeadline, id: r.id }));
      return { body: { items: page.items, nextCursor: page.nextCursor } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/tenders/:id',
    tag: 'tenders',
    summary: 'The tender: checklist, review, status, reminders to come and history',
    params: IdParams,
    responses: { 200: { description: 'The tender', schema: Tender }, 404: { description: 'No such tender' } },
    handler: async ({ params, user, req }) => {
      const row = await tenderRow(params.id);
      if (user.id !== row.presalesId) await assertCanSee(db, user, row.ownerId);
      const view = await tenders.view(params.id).catch((err) => {
        if (err instanceof Problem && err.status === 404) return row.detail as unknown as TenderView;
        throw err;
      });
      return { body: presentTender(view, localeOf(req, user.locale)) };
    },
  });

  function tenderCommand<B extends z.ZodType, A>(spec: {
    method: 'post' | 'patch';
    path: string;
    summary: string;
    body: B;
    params?: z.ZodObject;
    status?: number;
    update: UpdateDefinition<TenderView, [A]>;
    arg: (body: z.infer<B>, user: AuthedUser, params: Record<string, string>) => A;
  }) {
    route(router, registry, {
      method: spec.method,
      path: spec.path,
      tag: 'tenders',
      summary: spec.summary,
      params: spec.params ?? IdParams,
      body: spec.body,
      responses: {
        ...REFUSALS,
        [spec.status ?? 200]: { description: 'The tender', schema: Tender },
        404: { description: 'No such tender or item' },
        409: { description: 'Not in a state that allows it' },
      },
      handler: async ({ params, body, user, req }) => {
        const p = params as Record<string, string>;
        const row = await tenderRow(p.id);
        await assertMay(db, user, 'work_on_tender', { ownerId: row.ownerId, assigneeId: row.presalesId });
        const view = await tenders.command(p.id, spec.update, spec.arg(body, user, p));
        const asked = spec.status === 202 && view.review ? view.review.approvalId : undefined;
        if (asked) await approvals.waitFor(asked, routedUpdate);
        return {
          status: spec.status ?? 200,
          body: presentTender(view, localeOf(req, user.locale)),
          headers: asked ? { Location: `/api/v1/approvals/${asked}` } : undefined,
        };
      },
    });
  }

  tenderCommand({
    method: 'patch',
    path: '/tenders/:id/checklist/:item',
    summary: 'Tick (or untick) a bid checklist item, with a note',
    params: z.strictObject({ id: z.uuid(), item: z.string().min(1).max(100) }),
    body: ChecklistChange,
    update: updateChecklistUpdate,
    arg: (b, user, p) => ({ actor: actorOf(user), item: p.item, done: b.done, note: b.note }),
  });
  tenderCommand({
    method: 'post',
    path: '/tenders/:id/review',
    summary: 'Ask for the bid review (an approval of kind bid_review, routed by the bid price)',
    body: ReviewRequest,
    status: 202,
    update: requestReviewUpdate,
    arg: (b, user) => ({ actor: actorOf(user), price: b.price, discountPercent: b.discountPercent, note: b.note }),
  });
  tenderCommand({
    method: 'post',
    path: '/tenders/:id/submit',
    summary: 'Record the bid as submitted: needs every checklist item done and an approved review, before the deadline',
    body: z.strictObject({}),
    update: submitBidUpdate,
    arg: (_b, user) => ({ actor: actorOf(user) }),
  });
  tenderCommand({
    method: 'post',
    path: '/tenders/:id/result',
    summary: 'Record the result: won (the deal goes to NEGOTIATION, negotiation follow-up), lost (the deal is lost to the winner unless keepOpen), cancelled',
    body: Result,
    update: tenderResultUpdate,
    arg: (b, user) => ({ actor: actorOf(user), outcome: b.outcome, winner: b.winner, ourRank: b.ourRank, note: b.note, keepOpen: b.keepOpen }),
  });

  return router;
}
