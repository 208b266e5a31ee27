import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { FOLLOW_UP_KINDS } from '../../process';
import type { Db } from '../../runtime/db';
import type { ActivityInput } from '../../workflows/deal/followups';
import {
  cancelFollowUpUpdate,
  completeFollowUpUpdate,
  logActivityUpdate,
  moveCallbackUpdate,
  scheduleCallbackUpdate,
  snoozeFollowUpUpdate,
} from '../../workflows/deal/messages';
import type { AuthedUser } from '../auth/authenticate';
import { assertCanSee } from '../auth/policy';
import { changeableDeal, dealCommands } from '../deals/commands';
import type { DealGateway } from '../deals/gateway';
import { checkFactReferences } from '../deals/references';
import { REFUSALS } from '../http/refusal-problem';
import * as S from '../deals/schemas';
import { after, decodeCursor, pageOf, pageSchema } from '../http/page';
import { notFound, unprocessable } from '../http/problem';
import { localeOf, say } from '../i18n/locale';
import { presentLoggedActivity } from '../deals/present-activity';
import { presentFollowUp } from '../deals/present-followups';
import { route } from '../http/route';
import type { z } from 'zod';
import { definitionOf } from '../../runtime/process-versions';

const ms = (iso: string) => Date.parse(iso);
const actorOf = (user: AuthedUser) => ({ id: user.id, role: user.role });

/** The activity log, call-backs and follow-ups: what a rep does with a deal day to day. */
export function followUpsRouter(db: Db, gateway: DealGateway, registry: OpenAPIRegistry): Router {
  const router = Router();
  const { command, send } = dealCommands(db, gateway);

  /** Turns the API's activity into the workflow's, checking what only the database knows. */
  async function activityInput(user: AuthedUser, dealId: string, a: z.infer<typeof S.NewActivity>, at: string): Promise<ActivityInput> {
    const deal = await changeableDeal(db, gateway, user, dealId);
    const errors = a.contactIds
      ? await checkFactReferences(db, await definitionOf(db, deal.processVersion), deal.accountId, { contactIds: a.contactIds }, at)
      : [];
    let escalateTo: string | null | undefined;
    if (a.nextStep?.ownerId) {
      const owner = await db.user.findUnique({ where: { id: a.nextStep.ownerId }, select: { supervisorId: true, active: true } });
      if (!owner?.active) errors.push({ field: `${at}.nextStep.ownerId`, message: 'no such active user' });
      escalateTo = owner?.supervisorId ?? null;
    }
    if (errors.length) throw unprocessable('unknown-reference', 'Unknown reference', 'the activity names records that do not exist', errors);
    return {
      type: a.type,
      at: a.at ? ms(a.at) : undefined,
      summary: a.summary,
      outcome: a.outcome,
      contactIds: a.contactIds,
      followUpDays: a.followUpDays,
      revisitAt: a.revisitAt ? ms(a.revisitAt) : undefined,
      nextStep: a.nextStep && { action: a.nextStep.action, dueAt: ms(a.nextStep.dueAt), ownerId: a.nextStep.ownerId, escalateTo },
    };
  }

  route(router, registry, {
    method: 'post',
    path: '/deals/:id/activities',
    tag: 'follow-ups',
    summary: 'Log a call, email, meeting, demo…; resets the stall clock and schedules the follow-ups its rules call for',
    params: S.IdParams,
    body: S.NewActivity,
    responses: {
      ...REFUSALS,
      201: { description: 'The activity, with the follow-ups it scheduled', schema: S.Activity },
      409: { description: 'The deal is closed' },
      422: { description: 'Invalid activity' },
    },
    handler: async ({ params, body, user, req }) => {
      const activity = await activityInput(user, params.id, body, 'body');
      const view = await send(params.id, req, user, logActivityUpdate, { actor: actorOf(user), activity });
      const logged = presentLoggedActivity(view, activity, localeOf(req, user.locale));
      return { status: 201, body: logged, headers: { Location: `/api/v1/deals/${params.id}/timeline?cursor=${logged.seq - 1}&limit=1` } };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/deals/:id/callbacks',
    tag: 'follow-ups',
    summary: 'Schedule a call-back (回电) at the exact instant the customer asked for',
    params: S.IdParams,
    body: S.NewCallback,
    responses: {
      ...REFUSALS,
      201: { description: 'The call-back', schema: S.FollowUp },
      409: { description: 'The deal is closed' },
      422: { description: 'In the past, or an unknown contact' },
    },
    handler: async ({ params, body, user, req }) => {
      const deal = await changeableDeal(db, gateway, user, params.id);
      const errors = await checkFactReferences(db, await definitionOf(db, deal.processVersion), deal.accountId, { contactIds: [body.contactId] }, 'body');
      if (errors.length)
        throw unprocessable('unknown-reference', 'Unknown contact', 'contactId names no contact of this account', [
          { field: 'body.contactId', message: errors[0].message },
        ]);
      const view = await send(params.id, req, user, scheduleCallbackUpdate, {
        actor: actorOf(user),
        at: ms(body.at),
        contactId: body.contactId,
        note: body.note,
      });
      const callback = presentFollowUp(params.id, view.followUps[view.followUps.length - 1], localeOf(req, user.locale));
      return { status: 201, body: callback, headers: { Location: `/api/v1/deals/${params.id}/followups/${callback.id}` } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/deals/:id/followups/:followUpId',
    tag: 'follow-ups',
    summary: 'One follow-up of a deal, call-backs included',
    params: S.FollowUpParams,
    responses: { 200: { description: 'The follow-up', schema: S.FollowUp } },
    handler: async ({ params, user, req }) => {
      const view = await gateway.view(params.id);
      if (!view.followUps.some((f) => f.id === params.followUpId && f.ownerId === user.id)) await assertCanSee(db, user, view.ownerId);
      const followUp = view.followUps.find((f) => f.id === params.followUpId);
      if (!followUp) throw notFound(`follow-up ${params.followUpId} of deal ${params.id}`);
      return { body: presentFollowUp(params.id, followUp, localeOf(req, user.locale)) };
    },
  });

  route(router, registry, {
    method: 'patch',
    path: '/deals/:id/callbacks/:followUpId',
    tag: 'follow-ups',
    summary: 'Move a call-back that has not fired yet',
    params: S.FollowUpParams,
    body: S.MoveCallback,
    responses: {
      ...REFUSALS,
      200: { description: 'The deal', schema: S.Deal },
      404: { description: 'No such call-back' },
      409: { description: 'Already fired, done or cancelled' },
    },
    handler: async ({ params, body, user, req }) =>
      command(params.id, req, user, moveCallbackUpdate, { actor: actorOf(user), followUpId: params.followUpId, at: ms(body.at) }, params.followUpId),
  });

  route(router, registry, {
    method: 'delete',
    path: '/deals/:id/callbacks/:followUpId',
    tag: 'follow-ups',
    summary: 'Cancel a call-back',
    params: S.FollowUpParams,
    responses: {
      ...REFUSALS,
      200: { description: 'The deal', schema: S.Deal },
      404: { description: 'No such call-back' },
      409: { description: 'Already done or cancelled' },
    },
    handler: async ({ params, user, req }) =>
      command(params.id, req, user, cancelFollowUpUpdate, { actor: actorOf(user), followUpId: params.followUpId }, params.followUpId),
  });

  route(router, registry, {
    method: 'post',
    path: '/deals/:id/followups/:followUpId/done',
    tag: 'follow-ups',
    summary: 'Mark a follow-up done, optionally logging the activity that did it',
    params: S.FollowUpParams,
    body: S.Done,
    responses: {
      ...REFUSALS,
      200: { description: 'The deal', schema: S.Deal },
      404: { description: 'No such follow-up' },
      409: { description: 'Already done or cancelled' },
    },
    handler: async ({ params, body, user, req }) =>
      command(
        params.id,
        req,
        user,
        completeFollowUpUpdate,
        {
          actor: actorOf(user),
          followUpId: params.followUpId,
          note: body.note,
          activity: body.activity && (await activityInput(user, params.id, body.activity, 'body.activity')),
        },
        params.followUpId,
      ),
  });

  route(router, registry, {
    method: 'post',
    path: '/deals/:id/followups/:followUpId/snooze',
    tag: 'follow-ups',
    summary: 'Snooze a follow-up until a later instant; its reminders start over then',
    params: S.FollowUpParams,
    body: S.Snooze,
    responses: {
      ...REFUSALS,
      200: { description: 'The deal', schema: S.Deal },
      404: { description: 'No such follow-up' },
      409: { description: 'Already done or cancelled' },
    },
    handler: async ({ params, body, user, req }) =>
      command(params.id, req, user, snoozeFollowUpUpdate, { actor: actorOf(user), followUpId: params.followUpId, until: ms(body.until) }, params.followUpId),
  });

  route(router, registry, {
    method: 'post',
    path: '/deals/:id/followups/:followUpId/cancel',
    tag: 'follow-ups',
    summary: 'Cancel a follow-up',
    params: S.FollowUpParams,
    body: S.Cancel,
    responses: {
      ...REFUSALS,
      200: { description: 'The deal', schema: S.Deal },
      404: { description: 'No such follow-up' },
      409: { description: 'Already done or cancelled' },
    },
    handler: async ({ params, body, user, req }) =>
      command(params.id, req, user, cancelFollowUpUpdate, { actor: actorOf(user), followUpId: params.followUpId, note: body.note }, params.followUpId),
  });

  route(router, registry, {
    method: 'get',
    path: '/followups',
    tag: 'follow-ups',
    summary: 'A rep’s follow-ups, soonest first: `assignee=me&state=pending&dueBefore=<end of today>` is the day',
    query: S.FollowUpsQuery,
    responses: { 200: { description: 'A page of follow-ups', schema: pageSchema(S.FollowUpRow) } },
    handler: async ({ query, user, req }) => {
      const assignee = query.assignee === 'me' ? user.id : query.assignee;
      if (assignee !== user.id) await assertCanSee(db, user, assignee);
      const rows = await db.followUp.findMany({
        where: {
          ownerId: assignee,
          state: query.state === 'pending' ? { in: ['open', 'snoozed'] } : query.state,
          dealId: query.dealId,
          ...(query.dueBefore ? { dueAt: { lt: new Date(query.dueBefore) } } : {}),
          ...after('dueAt', decodeCursor(query.cursor), 'asc'),
        },
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
        include: { deal: { select: { title: true } } },
      });
      const page = pageOf(rows, query.limit, (f) => ({ at: f.dueAt, id: f.id }));
      return {
        body: {
          nextCursor: page.nextCursor,
          items: page.items.map(({ deal, createdAt: _c, updatedAt: _u, ...f }) => ({
            ...f,
            dealTitle: deal.title,
            kindLabel: say(FOLLOW_UP_KINDS[f.kind as keyof typeof FOLLOW_UP_KINDS], localeOf(req, user.locale)),
          })),
        },
      };
    },
  });

  return router;
}
