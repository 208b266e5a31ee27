import { type ChecklistItemKey, type Label, VISIT_KINDS, type VisitKind } from '../../process';
import type { Db } from '../../runtime/db';
import { webPath } from '../../runtime/web-paths';
import type { ServiceStart } from '../../state/service';
import type { EmailRequest, emailActivities } from '../email/send';
import { upTheLine } from '../email/reporting-line';

/** What a contract's service decides to send: ids and its own facts; names and addresses are looked up here. */
export interface ServiceEmailIntent {
  key: string;
  template: 'service_alert' | 'acceptance_request';
  contractId: string;
  reference: string;
  processVersion: number;
  deal: ServiceStart['deal'];
  engineerId: string;
  supervisorId: string | null;
  about:
    | { kind: 'item'; item: ChecklistItemKey; label: Label; round: number }
    | { kind: 'visit'; visitId: string; visitKind: VisitKind; assigneeId: string }
    | { kind: 'acceptance' };
  level?: 'due' | 'reminder' | 'supervisor' | 'executive';
  dueAt?: number;
  timezone: string;
}

type Send = ReturnType<typeof emailActivities>['sendEmail'];

export function serviceEmailActivities(db: Db, sendEmail: Send, publicUrl: string) {
  /** Who acceptance is asked of: a contact of the account with an email, the billing one last. */
  async function acceptorOf(accountId: string) {
    const contacts = await db.contact.findMany({ where: { accountId, email: { not: null } }, orderBy: [{ isBilling: 'asc' }, { createdAt: 'asc' }], take: 1 });
    return contacts[0];
  }

  /** The engineer (or the visit's assignee) first; then up their line, copying those below. */
  async function addressed(intent: ServiceEmailIntent, doer: string): Promise<{ to: string[]; cc: string[] }> {
    const supervisor = async () => intent.supervisorId ?? (await upTheLine(db, doer, 'supervisor'));
    if (intent.level === 'supervisor') {
      const s = await supervisor();
      return s ? { to: [s], cc: [doer] } : { to: [doer], cc: [] };
    }
    if (intent.level === 'executive') {
      const [s, e] = [await supervisor(), await upTheLine(db, doer, 'executive')];
      return e ? { to: [e], cc: [doer, ...(s ? [s] : [])] } : { to: [doer], cc: s ? [s] : [] };
    }
    return { to: [doer], cc: [] };
  }

  async function compose(intent: ServiceEmailIntent): Promise<EmailRequest> {
    const { deal, about } = intent;
    const doer = about.kind === 'visit' ? about.assigneeId : intent.engineerId;
    const [account, engineer] = await Promise.all([
      db.account.findUnique({ where: { id: deal.accountId }, select: { name: true } }),
      db.user.findUniqueOrThrow({ where: { id: doer }, select: { name: true, email: true } }),
    ]);
    const customerName = account?.name ?? '';
    if (about.kind === 'acceptance') {
      const contact = await acceptorOf(deal.accountId);
      return {
        key: intent.key,
        dealId: deal.dealId,
        template: 'acceptance_request',
        toContacts: contact ? [contact.id] : [],
        to: contact ? [] : [doer],
        cc: [doer],
        vars: { contractRef: intent.reference, customerName, engineerName: engineer.name, engineerEmail: engineer.email },
      };
    }
    const vars = {
      level: intent.level!,
      what: about.kind === 'item' ? about.label : VISIT_KINDS[about.visitKind],
      contractRef: intent.reference,
      customerName,
      dealTitle: deal.title,
      dealUrl: publicUrl + webPath.deal(deal.dealId, 'service'),
      engineerName: engineer.name,
      dueAt: new Date(intent.dueAt!).toISOString(),
    };
    return { key: intent.key, dealId: deal.dealId, template: 'service_alert', ...(await addressed(intent, doer)), vars };
  }

  return {
    /** Sends one alert about late service work, or the request for acceptance, once per key. */
    async sendServiceEmail(intent: ServiceEmailIntent) {
      return sendEmail(await compose(intent));
    },
  };
}
