import { webPath } from '../../runtime/web-paths';
import { FOLLOW_UP_KINDS, stageDefinition } from '../../process';
import type { Db } from '../../runtime/db';
import type { DealEmailIntent } from '../../state/deal';
import type { EmailRequest, emailActivities } from './send';
import { definitionOf } from '../../runtime/process-versions';

type Send = ReturnType<typeof emailActivities>['sendEmail'];

/** Looks up the names and links an intent's template needs, then sends it once per key. */
export function dealEmailActivities(db: Db, sendEmail: Send, publicUrl: string) {
  const nameOf = async (userId?: string) => (userId ? (await db.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name : undefined);
  const contactOf = async (contactId?: string) =>
    contactId ? (await db.contact.findUnique({ where: { id: contactId }, select: { name: true } }))?.name : undefined;

  async function compose({ template, about, alert: _alert, ...envelope }: DealEmailIntent): Promise<EmailRequest> {
    const deal = { dealTitle: about.dealTitle, dealUrl: publicUrl + webPath.deal(envelope.dealId) };
    const iso = (ms = about.at) => new Date(ms).toISOString();
    const action = about.action ?? FOLLOW_UP_KINDS[about.kind ?? 'next_step'];
    const dueAt = iso(about.dueAt);
    switch (template) {
      case 'followup_due':
        return { ...envelope, template, vars: { ...deal, action, dueAt, customerName: await contactOf(about.contactId) } };
      case 'followup_reminder':
        return {
          ...envelope,
          template,
          vars: { ...deal, action, dueAt, customerName: await contactOf(about.contactId), dueAgo: about.at - (about.dueAt ?? about.at) },
        };
      case 'followup_escalated':
        return { ...envelope, template, vars: { ...deal, action, dueAt, repName: (await nameOf(about.ownerId)) ?? '?' } };
      case 'tender_handover': {
        const h = about.handover!;
        const account = await db.deal.findUnique({ where: { id: envelope.dealId }, select: { account: { select: { name: true } }, ownerId: true } });
        const vars = {
          ...deal,
          tenderNo: h.tenderNo,
          customerName: account?.account.name ?? '',
          contractRef: h.contractRef,
          documents: h.documents,
          notes: about.note,
          repName: (await nameOf(account?.ownerId)) ?? '?',
        };
        return { ...envelope, template, vars };
      }
      case 'callback_due':
        return { ...envelope, template, vars: { ...deal, at: dueAt, contactName: await contactOf(about.contactId), note: about.note } };
      case 'stall_owner':
      case 'stall_supervisor': {
        const stage = stageDefinition(await definitionOf(db, about.processVersion), about.stage ?? 'LEAD').label;
        const idleDays = Math.floor((about.at - (about.idleSince ?? about.at)) / 86_400_000);
        return template === 'stall_owner'
          ? { ...envelope, template, vars: { ...deal, stage, idleDays } }
          : { ...envelope, template, vars: { ...deal, stage, idleDays, repName: (await nameOf(about.ownerId)) ?? '?' } };
      }
    }
  }

  return {
    /** Sends one email a deal's workflow decided on; idempotent on the intent's key. */
    async sendDealEmail(intent: DealEmailIntent) {
      return sendEmail(await compose(intent));
    },
  };
}
