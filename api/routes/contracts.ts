import { randomUUID } from 'node:crypto';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { UpdateDefinition } from '@temporalio/common';
import { Router } from 'express';
import { z } from 'zod';
import { PERMISSIONS, formatMoney, planInstallments, signingErrors } from '../../process';
import type { Db } from '../../runtime/db';
import {
  disputeUpdate,
  pauseCollectionUpdate,
  promiseUpdate,
  recordPaymentUpdate,
  reportMilestoneUpdate,
  resolveDisputeUpdate,
  resumeCollectionUpdate,
} from '../../workflows/collection/messages';
import type { CollectionView } from '../../state/collection';
import type { DealView } from '../../state/deal';
import { draftContractUpdate, signContractUpdate } from '../../workflows/deal/messages';
import { routedUpdate } from '../../workflows/approval/messages';
import type { ApprovalGateway } from '../approvals/gateway';
import type { AuthedUser } from '../auth/authenticate';
import { assertMay } from '../auth/permission';
import { assertCanChange, assertCanSee } from '../auth/policy';
import type { CollectionGateway } from '../contracts/gateway';
import { Contract, presentContract } from '../contracts/present';
import * as S from '../contracts/schemas';
import { changeableDeal } from '../deals/commands';
import type { DealGateway } from '../deals/gateway';
import { ownerCalendarOf } from '../deals/owner-calendar';
import { REFUSALS } from '../http/refusal-problem';
import { Problem, conflict, notFound, unprocessable } from '../http/problem';
import { route } from '../http/route';
import { localeOf } from '../i18n/locale';
import { definitionOf } from '../../runtime/process-versions';

const actorOf = (user: AuthedUser) => ({ id: user.id, role: user.role });
const ms = (iso: string) => Date.parse(iso);

/** Contracts (drafted on a deal, approved, signed) and their collection: milestones, payments, disputes, promises, pauses. */
export function contractsRouter(db: Db, deals: DealGateway, collections: CollectionGateway, approvals: ApprovalGateway, registry: OpenAPIRegistry): Router {
  const router = Router();

  async function onDeal<A>(dealId: string, update: UpdateDefinition<DealView, [A]>, arg: A): Promise<DealView> {
    return deals.command(dealId, update, arg);
  }

  /** A collection whose installments are all paid has finished: it takes nothing more. */
  async function onCollection<A>(contractId: string, update: UpdateDefinition<CollectionView, [A]>, arg: A): Promise<CollectionView> {
    return collections.command(contractId, update, arg).catch(async (err) => {
      if (err instanceof Problem && err.status === 404 && (await db.contract.count({ where: { id: contractId, signedAt: { not: null } } })))
        throw conflict('collection-closed', `contract ${contractId} is paid in full; its collection has ended`);
      if (err instanceof Problem && err.status === 404) throw conflict('not-signed', `contract ${contractId} is not signed yet: nothing is being collected`);
      throw err;
    });
  }

  async function contractRow(id: string) {
    const row = await db.contract.findUnique({ where: { id }, select: { id: true, dealId: true, ownerId: true, collection: true } });
    if (!row) throw notFound(`contract ${id}`);
    return row;
  }

  /** The contract an installment belongs to, from the contract's own row (projected since its draft). */
  async function installmentRow(id: string) {
    const [row] = await db.$queryRaw<Array<{ contractId: string; ownerId: string }>>`
      SELECT "id" AS "contractId", "ownerId" FROM "Contract" WHERE "detail"->'installments' @> ${JSON.stringify([{ id }])}::jsonb LIMIT 1`;
    if (!row) throw notFound(`installment ${id}`);
    return row;
  }

  /** The contract, live: its deal's side, and its collection once signed (the last snapshot if the workflow cannot answer). */
  async function show(contractId: string, dealId: string, locale: ReturnType<typeof localeOf>, deal?: DealView, collection?: CollectionView) {
    const d = deal ?? (await deals.view(dealId));
    const signed = d.contract?.status === 'signed';
    const live = signed
      ? (collection ?? (await collections.view(contractId).catch(async () => (await contractRow(contractId)).collection as unknown as CollectionView)))
      : undefined;
    return presentContract(dealId, d.contract!, live ?? undefined, locale);
  }

  route(router, registry, {
    method: 'post',
    path: '/deals/:id/contract',
    tag: 'contracts',
    summary: 'Draft the contract (deal in NEGOTIATION) and send it for approval, routed by amount; a returned draft is redrafted the same way',
    params: S.IdParams,
    body: S.ContractDraft,
    responses: {
      ...REFUSALS,
      202: { description: 'Drafted; its approval request is with its holder (GET approvalId), and the contract waits', schema: Contract },
      409: { description: 'Not in NEGOTIATION, or the contract is past draft' },
      422: { description: 'The installments do not add up to the amount (names the difference)' },
    },
    handler: async ({ params, body, user, req }) => {
      const deal = await changeableDeal(db, deals, user, params.id);
      const amount = body.amount;
      const plan = planInstallments(amount, body.schedule ?? (await definitionOf(db, deal.processVersion)).paymentSchedule);
      if (!plan.ok)
        throw unprocessable('schedule-mismatch', 'Installments do not add up', plan.message, [{ field: 'body.schedule', message: plan.message }], {
          difference: formatMoney(plan.difference),
        });
      const view = await onDeal(params.id, draftContractUpdate, {
        actor: actorOf(user),
        contract: {
          amount,
          currency: body.currency,
          technicalAgreement: body.technicalAgreement,
          warrantyMonths: body.warrantyMonths,
          region: body.region,
          installments: plan.installments,
        },
      });
      const contract = view.contract!;
      if (contract.approvalId) await approvals.waitFor(contract.approvalId, routedUpdate);
      return {
        status: 202,
        body: await show(contract.id, params.id, localeOf(req, user.locale), view),
        headers: { Location: `/api/v1/contracts/${contract.id}` },
      };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/contracts/:id',
    tag: 'contracts',
    summary: 'The contract: installments with what is paid and outstanding, the next reminder, payments and the whole chasing history',
    params: S.IdParams,
    responses: { 200: { description: 'The contract', schema: Contract }, 404: { description: 'No such contract' } },
    handler: async ({ params, user, req }) => {
      const row = await contractRow(params.id);
      await assertCanSee(db, user, row.ownerId);
      return { body: await show(params.id, row.dealId, localeOf(req, user.locale)) };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/contracts/:id/sign',
    tag: 'contracts',
    summary: 'Record the signature of an approved contract, and the manager present; chasing payment starts',
    params: S.IdParams,
    body: S.Signing,
    responses: {
      ...REFUSALS,
      200: { description: 'The signed contract', schema: Contract },
      409: { description: 'Not approved (yet)' },
      422: { description: 'signedBy is not a manager, or the implementation lead is no active user' },
    },
    handler: async ({ params, body, user, req }) => {
      const row = await contractRow(params.id);
      await assertCanChange(db, user, row.ownerId);
      const witness = await db.user.findUnique({ where: { id: body.signedBy }, select: { role: true, active: true } });
      const { processVersion } = await db.deal.findUniqueOrThrow({ where: { id: row.dealId }, select: { processVersion: true } });
      const errors = signingErrors((await definitionOf(db, processVersion)).contracts, { signedAt: ms(body.signedAt), witness }, Date.now());
      if (errors.some((e) => e.field === 'signedBy'))
        throw unprocessable(
          'not-a-manager',
          'Invalid signing',
          'the handbook wants a manager at signing',
          errors.filter((e) => e.field === 'signedBy').map((e) => ({ ...e, field: `body.${e.field}` })),
        );
      if (errors.length)
        throw unprocessable(
          'invalid-signing',
          'Invalid signing',
          'a contract is recorded as signed once it is',
          errors.map((e) => ({ ...e, field: `body.${e.field}` })),
        );
      if (body.implementationLeadId && !(await db.user.count({ where: { id: body.implementationLeadId, active: true } })))
        throw unprocessable('unknown-reference', 'Unknown reference', 'the implementation lead runs the after-sales service: an active user', [
          { field: 'body.implementationLeadId', message: 'no active user with this id' },
        ]);
      const lead =
        body.implementationLeadId ??
        (await db.user.findFirst({ where: { role: 'service', active: true }, orderBy: { createdAt: 'asc' }, select: { id: true } }))?.id;
      const view = await onDeal(row.dealId, signContractUpdate, {
        actor: actorOf(user),
        signedAt: ms(body.signedAt),
        signedBy: body.signedBy,
        implementationLeadId: lead,
        implementationLeadCalendar: lead ? await ownerCalendarOf(db, lead) : undefined,
      });
      return { body: await show(params.id, row.dealId, localeOf(req, user.locale), view) };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/contracts/:id/milestones',
    tag: 'contracts',
    summary: 'Report a milestone (acceptance, go_live, warranty_end): installments due after it start their clock',
    params: S.IdParams,
    body: S.MilestoneReport,
    responses: { ...REFUSALS, 200: { description: 'The contract', schema: Contract }, 409: { description: 'Already reported, or not signed' } },
    handler: async ({ params, body, user, req }) => {
      const row = await contractRow(params.id);
      await assertMay(db, user, 'report_milestone', { ownerId: row.ownerId });
      const view = await onCollection(params.id, reportMilestoneUpdate, { actor: actorOf(user), milestone: body.milestone, at: ms(body.at) });
      return { body: await show(params.id, row.dealId, localeOf(req, user.locale), undefined, view) };
    },
  });

  for (const [path, update, summary] of [
    ['/contracts/:id/pause', pauseCollectionUpdate, 'Pause chasing the whole contract (finance)'],
    ['/contracts/:id/resume', resumeCollectionUpdate, 'Resume chasing, from the rung each installment reached (finance)'],
  ] as const) {
    route(router, registry, {
      method: 'post',
      path,
      tag: 'contracts',
      summary,
      roles: PERMISSIONS.pause_collection.roles,
      params: S.IdParams,
      body: path.endsWith('pause') ? S.Pause : z.strictObject({}),
      responses: { ...REFUSALS, 200: { description: 'The contract', schema: Contract }, 409: { description: 'Already so' } },
      handler: async ({ params, body, user, req }) => {
        const row = await contractRow(params.id);
        const view = await onCollection(params.id, update as typeof pauseCollectionUpdate, {
          actor: actorOf(user),
          reason: (body as { reason?: string }).reason ?? '',
        });
        return { body: await show(params.id, row.dealId, localeOf(req, user.locale), undefined, view) };
      },
    });
  }

  /** An installment command: the contract's collection decides; the answer is the whole contract. */
  function installmentRoute<B extends z.ZodType, A>(spec: {
    path: string;
    summary: string;
    body: B;
    action: 'record_payment' | 'handle_installment';
    update: UpdateDefinition<CollectionView, [A]>;
    arg: (body: z.infer<B>, user: AuthedUser, installmentId: string) => A;
  }) {
    route(router, registry, {
      method: 'post',
      path: spec.path,
      tag: 'installments',
      summary: spec.summary,
      roles: PERMISSIONS[spec.action].dealTeam ? undefined : PERMISSIONS[spec.action].roles,
      params: S.IdParams,
      body: spec.body,
      responses: {
        ...REFUSALS,
        200: { description: 'The contract', schema: Contract },
        404: { description: 'No such installment' },
        409: { description: 'Paid, or not in that state' },
        422: { description: 'Invalid' },
      },
      handler: async ({ params, body, user, req }) => {
        const row = await installmentRow(params.id);
        await assertMay(db, user, spec.action, { ownerId: row.ownerId });
        const contract = await contractRow(row.contractId);
        const view = await onCollection(row.contractId, spec.update, spec.arg(body, user, params.id));
        return { body: await show(row.contractId, contract.dealId, localeOf(req, user.locale), undefined, view) };
      },
    });
  }

  installmentRoute({
    path: '/installments/:id/payments',
    summary:
      'Record a payment received (finance only). Partial payments reduce what is outstanding; a full one stops chasing at once; more than outstanding is 422',
    body: S.NewPayment,
    action: 'record_payment',
    update: recordPaymentUpdate,
    arg: (b, user, installmentId) => ({
      actor: actorOf(user),
      installmentId,
      paymentId: randomUUID(),
      amount: b.amount,
      receivedAt: ms(b.receivedAt),
      reference: b.reference,
    }),
  });
  installmentRoute({
    path: '/installments/:id/dispute',
    summary: 'The customer disputes the installment: chasing it pauses',
    body: S.Dispute,
    action: 'handle_installment',
    update: disputeUpdate,
    arg: (b, user, installmentId) => ({ actor: actorOf(user), installmentId, reason: b.reason }),
  });
  installmentRoute({
    path: '/installments/:id/resolve',
    summary: 'The dispute is settled: chasing resumes from the rung it reached, never replaying earlier ones',
    body: S.Resolution,
    action: 'handle_installment',
    update: resolveDisputeUpdate,
    arg: (b, user, installmentId) => ({ actor: actorOf(user), installmentId, note: b.note }),
  });
  installmentRoute({
    path: '/installments/:id/promise',
    summary: 'The customer promised to pay by `until`: chasing pauses until then, and resumes if it is still unpaid',
    body: S.Promise_,
    action: 'handle_installment',
    update: promiseUpdate,
    arg: (b, user, installmentId) => ({ actor: actorOf(user), installmentId, until: ms(b.until), note: b.note }),
  });

  return router;
}
