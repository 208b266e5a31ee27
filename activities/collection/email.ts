import { type DunningParty, type Label, type Minor, type RungKey, formatMoney, localDate, subtractMoney } from '../../process';
import type { Db } from '../../runtime/db';
import type { CollectionStart } from '../../state/collection';
import type { EmailRequest, emailActivities } from '../email/send';
import { upTheLine } from '../email/up-the-line';

/** What a contract's collection decides to send: ids and its own numbers; names, addresses and links are looked up here. */
export interface CollectionEmailIntent {
  key: string;
  template: `dunning_${RungKey}` | 'payment_receipt';
  contractId: string;
  reference: string;
  processVersion: number;
  deal: CollectionStart['deal'];
  currency: string;
  installment: { id: string; seq: number; label: string | Label; amount: Minor; paid: Minor; dueAt?: number };
  rung?: RungKey;
  /** The rung's distance from the due date, in days: -3 for the courtesy notice. */
  daysOverdue?: number;
  /** Where the due date is a calendar day. */
  timezone: string;
  /** Who is copied besides the customer. */
  cc?: readonly DunningParty[];
  payment?: { id: string; amount: Minor; receivedAt: number; reference: string };
}

type Send = ReturnType<typeof emailActivities>['sendEmail'];

export function collectionEmailActivities(db: Db, sendEmail: Send) {
  /** The account's billing contact, else any contact of it with an email. */
  async function customerOf(accountId: string) {
    const contacts = await db.contact.findMany({ where: { accountId, email: { not: null } }, orderBy: [{ isBilling: 'desc' }, { createdAt: 'asc' }], take: 1 });
    return contacts[0];
  }

  async function copied(parties: readonly DunningParty[], ownerId: string): Promise<string[]> {
    const ids = await Promise.all(
      parties.map(async (party) => {
        if (party === 'rep') return [ownerId];
        if (party === 'finance') return (await db.user.findMany({ where: { role: 'finance', active: true }, select: { id: true } })).map((u) => u.id);
        const found = await upTheLine(db, ownerId, party);
        return found ? [found] : [];
      }),
    );
    return [...new Set(ids.flat())];
  }

  async function compose(intent: CollectionEmailIntent): Promise<EmailRequest> {
    const { deal, installment: i } = intent;
    const [account, customer, rep] = await Promise.all([
      db.account.findUnique({ where: { id: deal.accountId }, select: { name: true } }),
      customerOf(deal.accountId),
      db.user.findUniqueOrThrow({ where: { id: deal.ownerId }, select: { name: true, email: true } }),
    ]);
    const common = {
      customerName: account?.name ?? '',
      contactName: customer?.name,
      contractRef: intent.reference,
      dealTitle: deal.title,
      installmentLabel: i.label,
      currency: intent.currency,
    };
    const envelope = { key: intent.key, dealId: deal.dealId, toContacts: customer ? [customer.id] : [], to: customer ? [] : [deal.ownerId] };
    if (intent.template === 'payment_receipt') {
      const p = intent.payment!;
      const vars = {
        ...common,
        amountPaid: formatMoney(p.amount),
        outstanding: formatMoney(subtractMoney(i.amount, i.paid)),
        receivedAt: new Date(p.receivedAt).toISOString(),
        reference: p.reference,
      };
      return { ...envelope, cc: [deal.ownerId], template: 'payment_receipt', vars };
    }
    const vars = {
      ...common,
      amountDue: formatMoney(subtractMoney(i.amount, i.paid)),
      amountTotal: formatMoney(i.amount),
      paidSoFar: i.paid > 0 ? formatMoney(i.paid) : undefined,
      dueDate: localDate(i.dueAt!, intent.timezone),
      daysOverdue: intent.daysOverdue ?? 0,
      repName: rep.name,
      repEmail: rep.email,
    };
    return { ...envelope, cc: await copied(intent.cc ?? [], deal.ownerId), template: intent.template, vars };
  }

  return {
    /** Sends one dunning rung or receipt, once per key. A customer without an email address gets the rep instead. */
    async sendCollectionEmail(intent: CollectionEmailIntent) {
      return sendEmail(await compose(intent));
    },
  };
}
