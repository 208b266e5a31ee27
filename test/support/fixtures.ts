import { randomUUID } from 'node:crypto';
import type { TestApp } from './app';
import { grantToken } from './tokens';
import { CURRENT_PROCESS_VERSION, DEFAULT_WORKING_HOURS, minor } from '../../process';
import type { DealCreation } from '../../state/deal';
import { dealWorkflowId } from '../../workflows/deal/messages';

/** What an app under test offers the fixtures: its admin's client, its database and a client per token. */
type Staffed = Pick<TestApp, 'admin' | 'db' | 'as'>;

/**
 * People and customers made through the real API, as an admin would. A user is made without an
 * invitation email (invite: false, unless `extra` says otherwise) and gets a token straight away.
 */
export async function makeUser(app: Staffed, role: string, extra: Record<string, unknown> = {}) {
  const res = await app.admin('POST', '/api/v1/users', {
    name: `${role} ${randomUUID().slice(0, 6)}`,
    email: `${role}-${randomUUID()}@test.local`,
    role,
    locale: 'en',
    invite: false,
    ...extra,
  });
  if (res.status !== 201) throw new Error(`could not make a ${role}: ${res.status} ${JSON.stringify(res.body)}`);
  const token = await grantToken(app.db, res.body.id);
  return { ...res.body, token, api: app.as(token) } as { id: string; name: string; email: string; token: string; api: ReturnType<TestApp['as']> };
}

export async function makeAccount(app: Staffed) {
  const account = await app.admin('POST', '/api/v1/accounts', { name: `Acme ${randomUUID().slice(0, 6)}`, industry: 'Manufacturing' });
  const contact = await app.admin('POST', '/api/v1/contacts', { accountId: account.body.id, name: 'Wang Lei', title: 'CFO', email: 'wang@acme.test' });
  if (account.status !== 201 || contact.status !== 201) throw new Error(`could not make an account: ${JSON.stringify([account.body, contact.body])}`);
  return { accountId: account.body.id as string, contactId: contact.body.id as string };
}

/** Waits until `probe` returns something truthy: for the read model, which follows the workflow. */
export async function eventually<T>(probe: () => Promise<T | undefined | false | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const factsFor = {
  INTENT: (contactId: string) => ({
    industry: 'Manufacturing',
    companySize: '200-999',
    itBaseline: { hardware: 'On-prem servers', software: 'ERP 2012', network: '100 Mbit' },
    needSummary: 'Replace paper-based quoting',
    contactIds: [contactId],
    interestConfirmed: true,
    sponsor: 'CFO Wang',
  }),
  PROJECT_INITIATED: (teamMemberId: string) => ({
    requirements: 'Quotes, contracts, payment tracking',
    budget: 800000,
    selectionTeam: ['CFO Wang', 'IT lead Li'],
    decisionTimeline: '2027-03-01',
    competitors: ['Kingdee'],
    projectTeam: [teamMemberId],
  }),
  PRELIMINARY_APPROVAL: (now = new Date()) => ({
    solutionAccepted: true,
    shortlisted: true,
    preliminaryQuote: { software: 500000, implementation: 200000, service: 100000 },
    expectedSignDate: new Date(now.getTime() + 45 * 86_400_000).toISOString().slice(0, 10),
    winProbability: 60,
  }),
  NEGOTIATION: () => ({
    candidateVendorConfirmed: true,
    negotiationSchedule: { bidAt: '2027-01-10', signingAt: '2027-02-01' },
  }),
};

/** What POST /deals hands a deal's workflow, for a deal started without the API. */
export function dealCreation(ownerId: string, accountId: string, title = 'Started deal'): DealCreation {
  return {
    dealId: randomUUID(),
    processVersion: CURRENT_PROCESS_VERSION,
    title,
    accountId,
    ownerId,
    amount: minor(1000_00),
    currency: 'CNY',
    amountsIn: 'minor',
    facts: {},
    createdBy: { id: ownerId, role: 'rep' },
    fingerprint: 'f',
    owner: { hours: DEFAULT_WORKING_HOURS, supervisorId: null },
  };
}

/** A deal's workflow started straight on Temporal, for what the API does not offer: a short history limit. */
export async function startDeal(app: Staffed & Pick<TestApp, 'temporal' | 'taskQueue'>, input: { maxHistoryLength?: number } = {}) {
  const rep = await makeUser(app, 'rep');
  const { accountId } = await makeAccount(app);
  const creation = dealCreation(rep.id, accountId);
  const handle = await app.temporal.workflow.start('dealWorkflow', {
    workflowId: dealWorkflowId(creation.dealId),
    taskQueue: app.taskQueue,
    args: [{ creation, ...input }],
  });
  return { dealId: creation.dealId, handle, rep, actor: { id: rep.id, role: 'rep' } };
}
