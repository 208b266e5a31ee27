import { randomUUID } from 'node:crypto';
import type { Api } from '../../support/http';

/** A rep's own customer and a fresh lead for it, made through the API as that rep; the lead has its industry on record. */
export async function repLead(rep: { api: Api }, title = `Lead ${randomUUID().slice(0, 6)}`) {
  const account = await rep.api('POST', '/api/v1/accounts', { name: `Acme ${randomUUID().slice(0, 6)}`, industry: 'Manufacturing' });
  const contact = await rep.api('POST', '/api/v1/contacts', { accountId: account.body.id, name: 'Wang Lei', title: 'CFO', email: 'wang@acme.test' });
  const deal = await rep.api('POST', '/api/v1/deals', { title, accountId: account.body.id, amount: '680000.00', facts: { industry: 'Manufacturing' } });
  if (account.status !== 201 || contact.status !== 201 || deal.status !== 201)
    throw new Error(`could not make a lead: ${JSON.stringify([account.body, contact.body, deal.body])}`);
  return { id: deal.body.id as string, title, accountName: account.body.name as string, contactId: contact.body.id as string };
}
