import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { fastApprovals, orgChart } from '../support/approvals';
import { eventually, factsFor, makeAccount, makeUser } from '../support/fixtures';

let app: TestApp;
let org: Awaited<ReturnType<typeof orgChart>>;
let otherRep: Awaited<ReturnType<typeof makeUser>>;
let customer: Awaited<ReturnType<typeof makeAccount>>;
let other: Awaited<ReturnType<typeof makeAccount>>;
const ids: Record<string, string> = {};

type Client = Awaited<ReturnType<typeof makeUser>>['api'];
const open = async (api: Client, body: Record<string, unknown>) => {
  const res = await api('POST', '/api/v1/deals', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
};
const columnOf = (board: { columns: { stage: string }[] }, stage: string) => board.columns.find((c) => c.stage === stage);

beforeAll(async () => {
  app = await startTestApp({ approvalTiming: fastApprovals() });
  org = await orgChart(app);
  otherRep = await makeUser(app, 'rep');
  customer = await makeAccount(app);
  other = await makeAccount(app);
  ids.a = await open(org.rep.api, { title: 'Board alpha', accountId: customer.accountId, amount: '100.05' });
  ids.b = await open(org.rep.api, { title: 'Board beta', accountId: customer.accountId, amount: '200.10' });
  ids.c = await open(org.rep.api, { title: 'Board gamma', accountId: other.accountId, amount: '999.99', currency: 'USD' });
  ids.d = await open(otherRep.api, { title: 'Someone else’s', accountId: customer.accountId, amount: '5000' });
  await org.rep.api('PATCH', `/api/v1/deals/${ids.b}/facts`, factsFor.INTENT(customer.contactId));
  expect((await org.rep.api('POST', `/api/v1/deals/${ids.b}/transitions`, { to: 'INTENT' })).status).toBe(200);
  await eventually(
    async () =>
      (await app.db.deal.count({ where: { id: { in: Object.values(ids) } } })) === 4 &&
      (await app.db.deal.findUnique({ where: { id: ids.b } }))?.stage === 'INTENT',
  );
});
afterAll(() => app?.stop());

describe('GET /board', () => {
  it('sums each open stage per currency, exactly, in the funnel’s order, and totals them', async () => {
    const res = await org.rep.api('GET', '/api/v1/board');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.columns.map((c: { stage: string }) => c.stage)).toEqual(['LEAD', 'INTENT', 'PROJECT_INITIATED', 'PRELIMINARY_APPROVAL', 'NEGOTIATION']);
    // 100.05 at 10% and 999.99 USD at 10%; 200.10 at 20%.
    expect(columnOf(res.body, 'LEAD')).toEqual({
      stage: 'LEAD',
      count: 2,
      sums: [
        { currency: 'CNY', amount: '100.05', weighted: '10.01' },
        { currency: 'USD', amount: '999.99', weighted: '100.00' },
      ],
    });
    expect(columnOf(res.body, 'INTENT')).toEqual({ stage: 'INTENT', count: 1, sums: [{ currency: 'CNY', amount: '200.10', weighted: '40.02' }] });
    expect(res.body.totals).toEqual({
      count: 3,
      sums: [
        { currency: 'CNY', amount: '300.15', weighted: '50.03' },
        { currency: 'USD', amount: '999.99', weighted: '100.00' },
      ],
    });
  });

  it('shows a rep only their own deals, and filters by account, text and team', async () => {
    expect((await otherRep.api('GET', '/api/v1/board')).body.totals).toEqual({ count: 1, sums: [{ currency: 'CNY', amount: '5000.00', weighted: '500.00' }] });
    expect((await org.rep.api('GET', `/api/v1/board?accountId=${other.accountId}`)).body.totals.count).toBe(1);
    expect((await org.rep.api('GET', '/api/v1/board?q=ALPHA')).body.totals.count).toBe(1);
    expect((await org.rep.api('GET', `/api/v1/board?ownerId=${otherRep.id}`)).body.totals.count).toBe(0);
    expect((await app.admin('GET', `/api/v1/board?teamOf=${org.supervisor.id}`)).body.totals.count).toBe(3);
    expect((await app.admin('GET', `/api/v1/board?accountId=${customer.accountId}`)).body.totals.count).toBe(3);
  });
});

describe('GET /board/cards', () => {
  it('pages one column’s cards with owner, account and badges, and hides other reps’ deals', async () => {
    const first = await org.rep.api('GET', '/api/v1/board/cards?stage=LEAD&limit=1');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.items).toHaveLength(1);
    const second = await org.rep.api('GET', `/api/v1/board/cards?stage=LEAD&limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.nextCursor).toBeNull();
    const cards = [...first.body.items, ...second.body.items];
    expect(cards.map((c: { id: string }) => c.id).sort()).toEqual([ids.a, ids.c].sort());
    expect(cards.find((c: { id: string }) => c.id === ids.a)).toMatchObject({
      title: 'Board alpha',
      ownerName: org.rep.name,
      amount: '100.05',
      currency: 'CNY',
      overdueFollowUps: 0,
      stalled: false,
      pendingApproval: null,
    });
    const team = await app.admin('GET', `/api/v1/board/cards?stage=LEAD&accountId=${customer.accountId}`);
    expect(team.body.items.map((c: { id: string }) => c.id).sort()).toEqual([ids.a, ids.d].sort());
    expect((await org.rep.api('GET', `/api/v1/board/cards?stage=LEAD&ownerId=${otherRep.id}`)).body.items).toEqual([]);
  });

  it('shows who holds a pending stage approval', async () => {
    await org.rep.api('PATCH', `/api/v1/deals/${ids.b}/facts`, factsFor.PROJECT_INITIATED(org.rep.id));
    const moved = await org.rep.api('POST', `/api/v1/deals/${ids.b}/transitions`, { to: 'PROJECT_INITIATED' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(202);
    const card = await eventually(async () => {
      const res = await org.rep.api('GET', '/api/v1/board/cards?stage=INTENT');
      return res.body.items.find((c: { id: string; pendingApproval: unknown }) => c.id === ids.b && c.pendingApproval);
    });
    expect(card.pendingApproval).toEqual({ approvalId: moved.body.approvalId, holderName: org.supervisor.name, stageRequested: 'PROJECT_INITIATED' });
  });
});
