import express, { Router, type Request, type Response } from 'express';
import { type LinkClaims, verifyLink } from '../../activities/approvals/link-token';
import { APPROVAL_KINDS, LOCALES, type Locale, stageDefinition } from '../../process';
import type { Db } from '../../runtime/db';
import type { Logger } from '../../runtime/logger';
import { decideUpdate } from '../../workflows/approval/messages';
import type { ApprovalView } from '../../state/approval';
import type { ApprovalGateway } from '../approvals/gateway';
import { type LinkFailure, type LinkRequestSummary, FAILURE_STATUS, confirmPage, decidedPage, failurePage } from '../approvals/link-pages';
import { approvalView } from '../approvals/reads';
import { Refused } from '../http/workflow-gateway';
import { Problem } from '../http/problem';
import { definitionOf } from '../../runtime/process-versions';

/**
 * The approve and reject links in approval emails. GET only shows what the link would do (mail
 * scanners follow links); the form on that page POSTs the decision. Every failure is a page that
 * says what happened and that nothing changed.
 */
export function approvalLinksRouter(db: Db, gateway: ApprovalGateway, secret: string, log: Logger): Router {
  const router = Router();
  const path = '/approvals/links/:token';

  const readerOf = async (req: Request, userId?: string) => {
    const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { locale: true, role: true, name: true } }) : null;
    const locale: Locale =
      user && (LOCALES as readonly string[]).includes(user.locale)
        ? (user.locale as Locale)
        : req.acceptsLanguages('zh-CN', 'zh', 'en') === 'en'
          ? 'en'
          : 'zh-CN';
    return { locale, user };
  };

  const nameOf = async (id: string | undefined) => (id ? (await db.user.findUnique({ where: { id }, select: { name: true } }))?.name : undefined);

  async function summaryOf(view: ApprovalView, claims: LinkClaims): Promise<LinkRequestSummary> {
    const { request } = view;
    const level = view.levels[claims.level - 1];
    const assignment = level?.assignments[claims.assignment - 1];
    return {
      dealTitle: request.deal.title,
      kind: APPROVAL_KINDS[request.kind],
      amount: request.amount,
      currency: request.currency,
      requesterName: (await nameOf(request.requester.id)) ?? '?',
      stage: request.stage && stageDefinition(await definitionOf(db, request.processVersion), request.stage).label,
      level: claims.level,
      levels: view.levels.length,
      note: request.note,
      approverName: (await nameOf(claims.approverId)) ?? '?',
      onBehalfOfName: await nameOf(assignment?.onBehalfOf),
    };
  }

  /** Why this link can no longer decide, or undefined when it still can. */
  async function staleness(view: ApprovalView, claims: LinkClaims, linkId: string) {
    const level = view.levels[claims.level - 1];
    if (!level) return { failure: 'not_found' as const };
    if (level.decision?.linkId === linkId) return { failure: 'used' as const, at: level.decision.at };
    if (view.status === 'withdrawn' || view.status === 'cancelled') return { failure: 'withdrawn' as const, at: view.decidedAt };
    if (level.decision) return { failure: 'decided' as const, by: level.decision.by, at: level.decision.at };
    if (view.status !== 'pending' || level.status !== 'pending') return { failure: 'decided' as const, at: view.decidedAt };
    if (level.assignments.length !== claims.assignment)
      return { failure: 'escalated' as const, by: level.assignments[level.assignments.length - 1].assigneeId };
    return undefined;
  }

  async function fail(
    res: Response,
    locale: Locale,
    failure: LinkFailure,
    detail: { view?: ApprovalView; claims?: LinkClaims; by?: string; at?: number } = {},
  ) {
    const summary = detail.view && detail.claims ? await summaryOf(detail.view, detail.claims) : undefined;
    const page = failurePage(locale, failure, {
      summary,
      by: await nameOf(detail.by),
      at: detail.at === undefined ? undefined : new Date(detail.at).toISOString(),
    });
    res.status(FAILURE_STATUS[failure]).type('html').send(page);
  }

  /** The link's claims and the request it is for, or a failure page already sent. */
  async function open(req: Request, res: Response) {
    const check = verifyLink(String(req.params.token), secret, Date.now());
    const { locale, user } = await readerOf(req, check.claims?.approverId);
    if (!check.ok) {
      await fail(res, locale, check.problem);
      return undefined;
    }
    try {
      const view = await approvalView(db, gateway, check.claims.approvalId);
      const stale = await staleness(view, check.claims, check.linkId);
      if (stale) {
        await fail(res, locale, stale.failure, { view, claims: check.claims, ...stale });
        return undefined;
      }
      return { ...check, view, locale, role: user?.role ?? 'rep' };
    } catch (err) {
      if (err instanceof Problem && err.status === 404) await fail(res, locale, 'not_found');
      else if (err instanceof Problem && err.status === 503) await fail(res, locale, 'unavailable');
      else throw err;
      return undefined;
    }
  }

  router.get(path, async (req, res) => {
    const link = await open(req, res);
    if (!link) return;
    res.type('html').send(confirmPage(link.locale, await summaryOf(link.view, link.claims), link.claims.decision, req.originalUrl));
  });

  router.post(path, express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    const link = await open(req, res);
    if (!link) return;
    const { claims, locale } = link;
    const comment = typeof req.body?.comment === 'string' ? req.body.comment.trim().slice(0, 2000) : undefined;
    try {
      const view = await gateway.command(claims.approvalId, decideUpdate, {
        actor: { id: claims.approverId, role: link.role },
        decision: claims.decision,
        comment: comment || undefined,
        link: { level: claims.level, assignment: claims.assignment, approverId: claims.approverId, linkId: link.linkId },
      });
      res.type('html').send(decidedPage(locale, await summaryOf(view, claims), claims.decision));
    } catch (err) {
      if (!(err instanceof Refused || err instanceof Problem)) throw err;
      const refusal = err instanceof Refused ? err.detail.refusal : undefined;
      if (refusal === 'invalid_input') return fail(res, locale, 'comment_required', { view: link.view, claims });
      if (refusal === 'stale_link') return fail(res, locale, 'escalated', { view: link.view, claims });
      if (err instanceof Problem && err.status === 503) return fail(res, locale, 'unavailable');
      if (refusal !== 'already_decided' && !(err instanceof Problem && err.status === 404))
        log.warn({ err: err.message, approvalId: claims.approvalId }, 'approval link refused');
      const now = await approvalView(db, gateway, claims.approvalId).catch(() => link.view);
      const stale = await staleness(now, claims, link.linkId);
      return fail(res, locale, stale?.failure ?? 'decided', { view: now, claims, ...stale });
    }
  });

  return router;
}
