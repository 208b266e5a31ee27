import { webPath } from '../../runtime/web-paths';
import type { Label } from '../../process';
import type { Db } from '../../runtime/db';
import type { TenderStart } from '../../state/tender';
import type { EmailRequest, emailActivities } from '../email/send';

/** What a tender decides to send: ids and its own dates; names and links are looked up here. */
export interface TenderEmailIntent {
  key: string;
  template: 'tender_deadline' | 'tender_presentation' | 'tender_missed';
  to: string[];
  cc?: string[];
  start: Pick<TenderStart, 'tenderId' | 'tenderNo' | 'deal' | 'submissionDeadline' | 'openingAt' | 'presentationAt'>;
  openItems: Array<{ label: Label; ownerId: string }>;
  reviewStatus: 'none' | 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'cancelled' | 'unroutable';
  daysLeft?: number;
}

type Send = ReturnType<typeof emailActivities>['sendEmail'];

export function tenderEmailActivities(db: Db, sendEmail: Send, publicUrl: string) {
  async function compose(intent: TenderEmailIntent): Promise<EmailRequest> {
    const { start } = intent;
    const iso = (ms: number) => new Date(ms).toISOString();
    const [account, owners] = await Promise.all([
      db.account.findUnique({ where: { id: start.deal.accountId }, select: { name: true } }),
      db.user.findMany({ where: { id: { in: intent.openItems.map((i) => i.ownerId) } }, select: { id: true, name: true } }),
    ]);
    const nameOf = new Map(owners.map((o) => [o.id, o.name]));
    const about = {
      dealTitle: start.deal.title,
      dealUrl: publicUrl + webPath.deal(start.deal.dealId),
      tenderUrl: publicUrl + webPath.tender(start.tenderId),
      tenderNo: start.tenderNo,
      customerName: account?.name ?? '',
      submissionDeadline: iso(start.submissionDeadline),
      openingAt: iso(start.openingAt),
    };
    const openItems = intent.openItems.map((i) => ({ label: i.label, ownerName: nameOf.get(i.ownerId) ?? '?' }));
    const envelope = { key: intent.key, dealId: start.deal.dealId, to: intent.to, cc: intent.cc };
    switch (intent.template) {
      case 'tender_deadline': {
        const reviewStatus =
          intent.reviewStatus === 'pending' || intent.reviewStatus === 'approved' || intent.reviewStatus === 'rejected' ? intent.reviewStatus : 'none';
        return { ...envelope, template: intent.template, vars: { ...about, daysLeft: intent.daysLeft ?? 0, openItems, reviewStatus } };
      }
      case 'tender_presentation':
        return { ...envelope, template: intent.template, vars: { ...about, presentationAt: iso(start.presentationAt ?? start.openingAt) } };
      case 'tender_missed':
        return { ...envelope, template: intent.template, vars: { ...about, openItems } };
    }
  }

  return {
    /** Sends one tender reminder or notice, once per key. */
    async sendTenderEmail(intent: TenderEmailIntent) {
      return sendEmail(await compose(intent));
    },
  };
}
