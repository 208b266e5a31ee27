import { expect } from 'vitest';
import type { TestApp } from './app';
import { factsFor, makeUser } from './fixtures';
import type { orgChart } from './approvals';

type Person = Awaited<ReturnType<typeof orgChart>>['rep'];

/** A deal of `owner`'s in INTENT with every fact PROJECT_INITIATED needs, and ways to ask for it and look at it. */
export async function dealAtGate(app: TestApp, customer: { accountId: string; contactId: string }, owner: Person, title: string, amount = 300_000) {
  const presales = await makeUser(app, 'presales');
  const facts = { ...factsFor.INTENT(customer.contactId), ...factsFor.PROJECT_INITIATED(presales.id) };
  const created = await owner.api('POST', '/api/v1/deals', { title, accountId: customer.accountId, amount, facts });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const deal = created.body;
  expect((await owner.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to: 'INTENT' })).status).toBe(200);
  const ask = () => owner.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to: 'PROJECT_INITIATED' });
  const live = async () => (await owner.api('GET', `/api/v1/deals/${deal.id}`)).body;
  const timeline = async () =>
    (await owner.api('GET', `/api/v1/deals/${deal.id}/timeline?limit=100`)).body.items as Array<{ type: string; actorId: string | null; data: any }>;
  return { deal, presales, ask, live, timeline };
}
