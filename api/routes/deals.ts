import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import {
  type ApprovalTiming,
  type CollectionTiming,
  type ServiceTiming,
  type SupportPolicy,
  type TenderTiming,
  type FactPatch,
  type FollowUpTiming,
  type ProcessDefinition,
  checkFactPatch,
} from '../../process';
import type { Db } from '../../runtime/db';
import { advanceUpdate, markLostUpdate, recordFactsUpdate, reopenUpdate } from '../../workflows/deal/messages';
import { DEAL_OWNER_ROLES, assertCanChange, assertCanSee, visibleDeals } from '../auth/policy';
import { routedUpdate } from '../../workflows/approval/messages';
import type { ApprovalGateway } from '../approvals/gateway';
import { presentHolder } from '../approvals/present';
import { DealGateway } from '../deals/gateway';
import { changeableDeal, dealCommands, presentFor } from '../deals/commands';
import { dealHeader } from '../deals/header';
import { dealIdFor, fingerprintOf } from '../deals/identity';
import { calendarForWorkflows } from '../../runtime/calendar-years';
import { ownerCalendarOf } from '../deals/owner-calendar';
import { dealTimeline, listDeals } from '../deals/reads';
import { checkFactReferences, checkOwner } from '../deals/references';
import { REFUSALS, refusalProblem } from '../http/refusal-problem';
import { Refused } from '../http/workflow-gateway';
import * as S from '../deals/schemas';
import { type FieldError, unprocessable } from '../http/problem';
import { route } from '../http/route';
import { localeOf } from '../i18n/locale';
import { pageSchema } from '../http/page';
import { currentDefinition, definitionOf } from '../../runtime/process-versions';

const rejectFacts = (errors: FieldError[]) => unprocessable('invalid-facts', 'Invalid facts', 'some facts are not valid', errors);

/** Durations new deals run on when they differ from the process definition's (tests run them in seconds). */
export interface TimingOverrides {
  followUps?: Partial<FollowUpTiming>;
  approvals?: Partial<ApprovalTiming>;
  collection?: Partial<CollectionTiming>;
  tenders?: Partial<TenderTiming>;
  service?: Partial<ServiceTiming>;
  support?: Partial<SupportPolicy>;
}

export function dealsRouter(db: Db, gateway: DealGateway, approvals: ApprovalGateway, registry: OpenAPIRegistry, timing: TimingOverrides = {}): Router {
  const router = Router();
  const { command } = dealCommands(db, gateway);

  /** Every bad fact at once: the shape of each, and the records named by those whose shape is right. */
  async function checkFacts(def: ProcessDefinition, accountId: string, facts: Record<string, unknown>, at: string) {
    const invalid = checkFactPatch(def, facts);
    const wellFormed = Object.fromEntries(Object.entries(facts).filter(([key]) => !invalid.some((e) => e.key.split('.')[0] === key)));
    const errors = [
      ...invalid.map((e) => ({ field: `${at}.${e.key}`, message: e.message })),
      ...(await checkFactReferences(db, def, accountId, wellFormed, at)),
    ];
    if (errors.length) throw rejectFacts(errors);
  }

  route(router, registry, {
    method: 'post',
    path: '/deals',
    tag: 'deals',
    summary: 'Open a deal in LEAD. With an Idempotency-Key, a retried request returns the same deal',
    roles: [...DEAL_OWNER_ROLES, 'admin'],
    body: S.NewDeal,
    headers: S.IdempotencyHeaders,
    responses: {
      ...REFUSALS,
      201: { description: 'The deal, live', schema: S.Deal },
      422: { description: 'Unknown account or owner, invalid facts, or a reused key' },
    },
    handler: async ({ body, user, req }) => {
      const ownerId = body.ownerId ?? user.id;
      await assertCanChange(db, user, ownerId);
      const errors = [
        ...((await db.account.findUnique({ where: { id: body.accountId }, select: { id: true } }))
          ? []
          : [{ field: 'body.accountId', message: 'no such account' }]),
        ...(await checkOwner(db, ownerId)),
      ];
      if (errors.length) throw unprocessable('unknown-reference', 'Unknown reference', 'the deal names records that do not exist', errors);
      const def = await currentDefinition(db);
      await checkFacts(def, body.accountId, body.facts, 'body.facts');
      const key = req.get('idempotency-key');
      const view = await gateway
        .create(
          {
            dealId: dealIdFor(user.id, key),
            processVersion: def.version,
            title: body.title,
            accountId: body.accountId,
            ownerId,
            amount: body.amount,
            currency: body.currency,
            amountsIn: 'minor',
            facts: body.facts,
            createdBy: { id: user.id, role: user.role },
            fingerprint: fingerprintOf({ ...body, ownerId }),
            owner: await ownerCalendarOf(db, ownerId),
            holidays: await calendarForWorkflows(db, new Date()),
            timing: timing.followUps,
            approvalTiming: timing.approvals,
            collectionTiming: timing.collection,
            tenderTiming: timing.tenders,
            serviceTiming: timing.service,
            supportTiming: timing.support,
          },
          def.document,
        )
        .catch((err) => {
          if (err instanceof Refused) throw refusalProblem(err, localeOf(req, user.locale), def);
          throw err;
        });
      return { status: 201, body: await presentFor(db, view, req, user), headers: { Location: `/api/v1/deals/${view.dealId}` } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/deals',
    tag: 'deals',
    summary: 'List deals you may see, most recently changed first',
    query: S.DealsQuery,
    responses: { 200: { description: 'A page of deals', schema: pageSchema(S.DealListItem) } },
    handler: async ({ query, user }) => ({ body: await listDeals(db, await visibleDeals(db, user), query) }),
  });

  route(router, registry, {
    method: 'get',
    path: '/deals/:id',
    tag: 'deals',
    summary: 'The live state of one deal, with what is missing for the next stage',
    params: S.IdParams,
    responses: { 200: { description: 'The deal', schema: S.Deal }, 404: { description: 'No such deal' } },
    handler: async ({ params, user, req }) => {
      const view = await gateway.view(params.id);
      await assertCanSee(db, user, view.ownerId);
      return { body: await presentFor(db, view, req, user) };
    },
  });

  route(router, registry, {
    method: 'patch',
    path: '/deals/:id/facts',
    tag: 'deals',
    summary: 'Record gate facts; null clears one',
    params: S.IdParams,
    body: S.FactsPatch,
    responses: {
      ...REFUSALS,
      200: { description: 'The deal', schema: S.Deal },
      409: { description: 'The deal is closed' },
      422: { description: 'Invalid facts' },
    },
    handler: async ({ params, body, user, req }) => {
      const deal = await changeableDeal(db, gateway, user, params.id);
      await checkFacts(await definitionOf(db, deal.processVersion), deal.accountId, body, 'body');
      return command(params.id, req, user, recordFactsUpdate, { actor: { id: user.id, role: user.role }, facts: body as FactPatch });
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/deals/:id/transitions',
    tag: 'deals',
    summary: 'Move the deal to another stage; forward moves check entry criteria, backward moves need a note',
    params: S.IdParams,
    body: S.Transition,
    responses: {
      ...REFUSALS,
      200: { description: 'The deal in its new stage', schema: S.Deal },
      202: {
        description: 'Entering the stage needs approval: the request is with its holder, who may decide it at once, and the deal waits',
        schema: S.ApprovalPending,
      },
      409: { description: 'Not allowed from the current stage (names the allowed moves), or an approval is pending' },
      422: { description: 'Entry criteria not met; names every missing or unmet fact' },
    },
    handler: async ({ params, body, user, req }) => {
      const { body: deal } = await command(params.id, req, user, advanceUpdate, { actor: { id: user.id, role: user.role }, to: body.to, note: body.note });
      const pending = deal.pendingApproval;
      if (deal.stage === body.to || pending?.stage !== body.to) return { body: deal };
      const routed = await approvals.waitFor(pending.approvalId, routedUpdate);
      return {
        status: 202,
        body: { approvalId: pending.approvalId, status: routed.status, approvalUrl: pending.url, holder: presentHolder(routed), deal },
        headers: { Location: pending.url },
      };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/deals/:id/lost',
    tag: 'deals',
    summary: 'Mark the deal lost, with the reason',
    params: S.IdParams,
    body: S.Lost,
    responses: { ...REFUSALS, 200: { description: 'The lost deal', schema: S.Deal }, 409: { description: 'The deal is not open' } },
    handler: async ({ params, body, user, req }) =>
      command(params.id, req, user, markLostUpdate, {
        actor: { id: user.id, role: user.role },
        reason: body.lostReason,
        note: body.lostNote,
        competitorWon: body.competitorWon,
      }),
  });

  route(router, registry, {
    method: 'post',
    path: '/deals/:id/reopen',
    tag: 'deals',
    summary: 'Reopen a lost deal into the stage it was lost from (once)',
    params: S.IdParams,
    body: S.Reopen,
    responses: { ...REFUSALS, 200: { description: 'The reopened deal', schema: S.Deal }, 409: { description: 'Not lost, or already reopened once' } },
    handler: async ({ params, body, user, req }) =>
      command(params.id, req, user, reopenUpdate, { actor: { id: user.id, role: user.role }, reason: body.reason }),
  });

  route(router, registry, {
    method: 'get',
    path: '/deals/:id/timeline',
    tag: 'deals',
    summary: 'Every recorded change of the deal, oldest first',
    params: S.IdParams,
    query: S.TimelineQuery,
    responses: { 200: { description: 'A page of timeline events', schema: pageSchema(S.TimelineEvent) } },
    handler: async ({ params, query, user }) => {
      const deal = await dealHeader(db, gateway, params.id);
      await assertCanSee(db, user, deal.ownerId);
      return { body: await dealTimeline(db, params.id, query.cursor, query.limit) };
    },
  });

  return router;
}
