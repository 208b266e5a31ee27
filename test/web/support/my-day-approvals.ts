import { expect } from 'vitest';
import type { TestApp } from '../../support/app';
import { eventually, makeAccount } from '../../support/fixtures';
import { userWithPassword } from '../../support/session';

export type SignedUser = Awaited<ReturnType<typeof userWithPassword>> & { name: string };

/** A reporting line whose people can sign in: an executive, a supervisor under them and a rep under the supervisor. */
export async function signedInOrg(app: TestApp, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const executive = (await userWithPassword(app, 'executive', { locale })) as SignedUser;
  const supervisor = (await userWithPassword(app, 'supervisor', { locale, supervisorId: executive.id })) as SignedUser;
  const rep = (await userWithPassword(app, 'rep', { locale, supervisorId: supervisor.id })) as SignedUser;
  return { executive, supervisor, rep };
}

/** A rep's deal with a follow-up that is already overdue and a call-back three hours from now. */
export async function dealWithDueWork(app: TestApp, customer: Awaited<ReturnType<typeof makeAccount>>, rep: SignedUser, title: string) {
  const created = await rep.api('POST', '/api/v1/deals', { title, accountId: customer.accountId, amount: 120_000 });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const dealId = created.body.id as string;
  const action = `Send the quote ${title}`;
  const logged = await rep.api('POST', `/api/v1/deals/${dealId}/activities`, {
    type: 'call',
    summary: 'Asked for a quote',
    nextStep: { action, dueAt: new Date(Date.now() + 3_600_000).toISOString() },
  });
  expect(logged.status, JSON.stringify(logged.body)).toBe(201);
  const callbackAt = new Date(Math.ceil((Date.now() + 3 * 3_600_000 + 600_000) / 60_000) * 60_000).toISOString();
  const callback = await rep.api('POST', `/api/v1/deals/${dealId}/callbacks`, { at: callbackAt, contactId: customer.contactId, note: 'Wants the price' });
  expect(callback.status, JSON.stringify(callback.body)).toBe(201);
  // Made overdue in the read model only: the API refuses a next step in the past, as it should.
  const overdue = await eventually(() => app.db.followUp.findFirst({ where: { dealId, action } }));
  await app.db.followUp.update({ where: { id: overdue.id }, data: { dueAt: new Date(Date.now() - 2 * 3_600_000) } });
  return { dealId, action, callbackAt };
}
