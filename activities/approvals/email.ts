import { webPath } from '../../runtime/web-paths';
import { APPROVAL_KINDS, stageDefinition } from '../../process';
import type { Db } from '../../runtime/db';
import type { ApprovalRequest, Assignment } from '../../state/approval';
import type { EmailRequest, emailActivities } from '../email/send';
import { type LinkDecision, signLink } from './link-token';
import { definitionOf } from '../../runtime/process-versions';

/** What an approval's workflow knows when it decides to send: ids and its own state, no names, URLs or secrets. */
export interface ApprovalEmailIntent {
  key: string;
  template: 'approval_requested' | 'approval_reminder' | 'approval_escalation_notice' | 'approval_decided' | 'approval_withdrawn';
  to: string[];
  cc?: string[];
  request: Pick<ApprovalRequest, 'approvalId' | 'kind' | 'processVersion' | 'deal' | 'stage' | 'amount' | 'currency' | 'requester' | 'note'>;
  level: number;
  levels: number;
  /** The assignment whose holder gets the approve and reject links. */
  assignment?: Pick<Assignment, 'n' | 'assigneeId' | 'onBehalfOf' | 'escalatedFrom' | 'at' | 'linksExpireAt'>;
  escalation?: { fromId: string; toId: string };
  decision?: { outcome: 'approved' | 'rejected'; by: string; onBehalfOf?: string; comment?: string };
  byId?: string;
}

type Send = ReturnType<typeof emailActivities>['sendEmail'];

/** The page behind an emailed approve or reject link. */
export const approvalLinkPath = (token: string) => `/approvals/links/${token}`;

export function approvalEmailActivities(db: Db, sendEmail: Send, publicUrl: string, linkSecret: string) {
  const nameOf = async (id: string | undefined) => (id ? ((await db.user.findUnique({ where: { id }, select: { name: true } }))?.name ?? '?') : undefined);
  const accountOf = async (dealId: string) =>
    (await db.deal.findUnique({ where: { id: dealId }, select: { account: { select: { name: true } } } }))?.account.name;

  async function about(intent: ApprovalEmailIntent) {
    const { request } = intent;
    const def = await definitionOf(db, request.processVersion);
    return {
      dealTitle: request.deal.title,
      dealUrl: publicUrl + webPath.deal(request.deal.dealId),
      approvalUrl: publicUrl + webPath.approval(request.approvalId),
      kind: APPROVAL_KINDS[request.kind],
      amount: request.amount,
      currency: request.currency,
      requesterName: (await nameOf(request.requester.id))!,
      ownerName: (await nameOf(request.deal.ownerId))!,
      accountName: await accountOf(request.deal.dealId),
      stage: request.stage && stageDefinition(def, request.stage).label,
      note: request.note,
      level: intent.level,
      levels: intent.levels,
    };
  }

  function links(intent: ApprovalEmailIntent) {
    const a = intent.assignment!;
    const link = (decision: LinkDecision) =>
      publicUrl +
      approvalLinkPath(
        signLink(
          { approvalId: intent.request.approvalId, level: intent.level, assignment: a.n, approverId: a.assigneeId, decision, expiresAt: a.linksExpireAt },
          linkSecret,
        ),
      );
    return { approveUrl: link('approve'), rejectUrl: link('reject'), expiresAt: new Date(a.linksExpireAt).toISOString() };
  }

  async function compose(intent: ApprovalEmailIntent): Promise<EmailRequest> {
    const { key, to, cc, template } = intent;
    const envelope = { key, to, cc, dealId: intent.request.deal.dealId };
    const common = await about(intent);
    switch (template) {
      case 'approval_requested':
      case 'approval_reminder': {
        const a = intent.assignment!;
        const asked = { ...common, ...links(intent), onBehalfOfName: await nameOf(a.onBehalfOf), escalatedFromName: await nameOf(a.escalatedFrom) };
        return template === 'approval_requested'
          ? { ...envelope, template, vars: asked }
          : { ...envelope, template, vars: { ...asked, waitingSince: new Date(a.at).toISOString() } };
      }
      case 'approval_escalation_notice':
        return {
          ...envelope,
          template,
          vars: { ...common, fromName: (await nameOf(intent.escalation!.fromId))!, toName: (await nameOf(intent.escalation!.toId))! },
        };
      case 'approval_decided': {
        const d = intent.decision!;
        return {
          ...envelope,
          template,
          vars: { ...common, outcome: d.outcome, deciderName: (await nameOf(d.by))!, onBehalfOfName: await nameOf(d.onBehalfOf), comment: d.comment },
        };
      }
      case 'approval_withdrawn':
        return { ...envelope, template, vars: { ...common, byName: (await nameOf(intent.byId)) ?? 'Dealflow' } };
    }
  }

  return {
    /** Sends one email an approval decided on; idempotent on the intent's key. */
    async sendApprovalEmail(intent: ApprovalEmailIntent) {
      return sendEmail(await compose(intent));
    },
  };
}
