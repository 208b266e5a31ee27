import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApp } from './app';
import { approveAll, orgChart } from './approvals';
import { eventually, factsFor, makeAccount, makeUser } from './fixtures';

/** A deal in NEGOTIATION, its people (rep, supervisor, executive, finance) and a customer with a billing contact. */
export async function dealInNegotiation(app: TestApp, title: string, amount = 300_000) {
  const org = await orgChart(app);
  const finance = (await makeUser(app, 'finance')) as Awaited<ReturnType<typeof makeUser>> & { email: string };
  const presales = await makeUser(app, 'presales');
  const { accountId, contactId } = await makeAccount(app);
  const billingEmail = `billing-${randomUUID().slice(0, 8)}@customer.test`;
  const billing = await app.admin('POST', '/api/v1/contacts', { accountId, name: 'Zhou Min', title: 'Accountant', email: billingEmail, isBilling: true });
  expect(billing.status).toBe(201);
  const facts = { ...factsFor.INTENT(contactId), ...factsFor.PROJECT_INITIATED(presales.id) };
  const deal = (await org.rep.api('POST', '/api/v1/deals', { title, accountId, amount, facts })).body;
  const move = (to: string) => org.rep.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to });
  expect((await move('INTENT')).status).toBe(200);
  expect((await move('PROJECT_INITIATED')).status).toBe(202);
  await approveAll(app, deal.id, org.people);
  await org.rep.api('PATCH', `/api/v1/deals/${deal.id}/facts`, { ...factsFor.PRELIMINARY_APPROVAL(), ...factsFor.NEGOTIATION() });
  expect((await move('PRELIMINARY_APPROVAL')).status).toBe(200);
  expect((await move('NEGOTIATION')).status).toBe(200);
  const live = async () => (await org.rep.api('GET', `/api/v1/deals/${deal.id}`)).body;
  const contract = async (id: string) => (await org.rep.api('GET', `/api/v1/contracts/${id}`)).body;
  return { ...org, finance, deal, billingEmail, live, contract };
}

export type ContractScene = Awaited<ReturnType<typeof dealInNegotiation>>;

/** Drafts the contract, has the supervisor approve it and signs it with the supervisor present. */
export async function signedContract(app: TestApp, s: ContractScene, draft: Record<string, unknown>, signing: Record<string, unknown> = {}) {
  const drafted = await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/contract`, draft);
  expect(drafted.status, JSON.stringify(drafted.body)).toBe(202);
  await approveContract(app, s, drafted.body.approvalId);
  await eventually(async () => (await s.contract(drafted.body.id)).status === 'approved');
  const signed = await s.rep.api('POST', `/api/v1/contracts/${drafted.body.id}/sign`, {
    signedAt: new Date().toISOString(),
    signedBy: s.supervisor.id,
    ...signing,
  });
  expect(signed.status, JSON.stringify(signed.body)).toBe(200);
  const contract = await eventually(async () => {
    const c = await s.contract(drafted.body.id);
    return c.installments?.every((i: { status: string }) => i.status !== 'planned') && c;
  });
  return contract;
}

export async function approveContract(app: TestApp, s: ContractScene, approvalId: string) {
  await eventually(async () => (await app.admin('GET', `/api/v1/approvals/${approvalId}`)).body.holder?.assigneeId === s.supervisor.id);
  expect((await s.supervisor.api('POST', `/api/v1/approvals/${approvalId}/decision`, { decision: 'approve' })).status).toBe(200);
}
