import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { dealAtGate as atGate } from '../support/approval-scene';
import { approveAll, fastApprovals, orgChart } from '../support/approvals';
import { eventually, factsFor, makeAccount, makeUser } from '../support/fixtures';
import { type CaughtEmail, addressedTo, mailbox } from '../support/mailbox';

let app: TestApp;
let customer: Awaited<ReturnType<typeof makeAccount>>;
const mail = mailbox(inject('stack').mailWebUrl!);

beforeAll(async () => {
  app = await startTestApp({ approvalTiming: fastApprovals() });
  customer = await makeAccount(app);
});
afterAll(() => app?.stop());

type Org = Awaited<ReturnType<typeof orgChart>>;
type Person = Org['rep'];

const dealAtGate = (owner: Person, title: string, amount?: number) => atGate(app, customer, owner, title, amount);

const about = (who: { email: string }, title: string) => (e: CaughtEmail) => addressedTo(who.email)(e) && e.subject.includes(title);
const request = (who: Person, id: string) => who.api('GET', `/api/v1/approvals/${id}`);

describe('read-your-writes', () => {
  it('names the holder in the 202, who reads, finds and decides the request at once: ten times in a row, no waiting', async () => {
    const org = await orgChart(app);
    for (let i = 0; i < 10; i++) {
      const g = await dealAtGate(org.rep, `At once ${i}`);
      const asked = await g.ask();
      expect(asked.status, JSON.stringify(asked.body)).toBe(202);
      const id = asked.body.approvalId;
      expect(asked.body.holder, `try ${i}`).toMatchObject({ assigneeId: org.supervisor.id });
      expect((await request(org.supervisor, id)).body, `try ${i}`).toMatchObject({ status: 'pending', holder: { assigneeId: org.supervisor.id } });
      const inbox = await org.supervisor.api('GET', '/api/v1/approvals?status=pending&assignee=me');
      expect(
        inbox.body.items.map((r: { id: string }) => r.id),
        `try ${i}`,
      ).toContain(id);
      const decided = await org.supervisor.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'approve' });
      expect(decided.status, `try ${i}: ${JSON.stringify(decided.body)}`).toBe(200);
    }
  });
});

describe('a gated move', () => {
  it('waits for the supervisor: 202 PENDING, other forward moves refused, approval moves the deal', async () => {
    const org = await orgChart(app);
    const g = await dealAtGate(org.rep, 'Gate approve');
    const asked = await g.ask();
    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    expect(asked.body).toMatchObject({
      status: 'pending',
      approvalUrl: `/api/v1/approvals/${asked.body.approvalId}`,
      holder: { approverId: org.supervisor.id, assigneeId: org.supervisor.id },
    });
    expect(asked.headers.get('location')).toBe(`/api/v1/approvals/${asked.body.approvalId}`);
    expect(asked.body.deal).toMatchObject({
      stage: 'INTENT',
      pendingApproval: { approvalId: asked.body.approvalId, stage: 'PROJECT_INITIATED', status: 'pending' },
    });
    const id = asked.body.approvalId;

    const again = await g.ask();
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ approvalId: id, type: 'urn:dealflow:problem:approval-pending' });
    const beyond = await org.rep.api('POST', `/api/v1/deals/${g.deal.id}/transitions`, { to: 'PRELIMINARY_APPROVAL' });
    expect(beyond.status).toBe(409);
    expect(beyond.body.approvalId).toBe(id);

    const email = await mail.waitFor(about(org.supervisor, 'Gate approve'));
    expect(email.subject).toBe('[Approval] Project initiation: Gate approve (CNY 300,000)'.replace(' 300', '\u00a0300'));
    expect(email.text).toContain('/approvals/links/');

    const inbox = await eventually(async () => {
      const res = await org.supervisor.api('GET', '/api/v1/approvals?status=pending&assignee=me');
      return res.body.items.some((i: { id: string }) => i.id === id) && res.body;
    });
    expect(inbox.items.find((i: { id: string }) => i.id === id)).toMatchObject({
      dealId: g.deal.id,
      kind: 'stage_gate',
      status: 'pending',
      amount: '300000.00',
      currency: 'CNY',
      assigneeId: org.supervisor.id,
      currentLevel: 1,
    });
    const repInbox = await org.rep.api('GET', '/api/v1/approvals?status=pending&assignee=me');
    expect(repInbox.body.items.map((i: { id: string }) => i.id)).not.toContain(id);

    const shown = await request(org.rep, id);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      status: 'pending',
      stage: 'PROJECT_INITIATED',
      amount: '300000.00',
      currency: 'CNY',
      holder: { assigneeId: org.supervisor.id },
      chain: [{ level: 1, status: 'pending' }],
    });
    expect(shown.body.people[org.supervisor.id]).toBe(org.supervisor.name);

    const decided = await org.supervisor.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'approve', comment: 'Go ahead' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'approved',
      chain: [{ status: 'approved', decision: { by: org.supervisor.id, comment: 'Go ahead', via: 'inbox' } }],
    });

    const moved = await eventually(async () => {
      const d = await g.live();
      return d.stage === 'PROJECT_INITIATED' && d;
    });
    expect(moved.pendingApproval).toBeNull();
    expect(moved.history.at(-1)).toMatchObject({ from: 'INTENT', to: 'PROJECT_INITIATED', by: org.rep.id });
    const types = (
      await eventually(async () => {
        const t = await g.timeline();
        return t.at(-1)?.type === 'stage_changed' && t;
      })
    ).map((e) => e.type);
    expect(types.slice(-4)).toEqual(['approval_requested', 'approval_assigned', 'approval_approved', 'stage_changed']);

    const told = await mail.waitFor((e) => about(org.rep, 'Gate approve')(e) && e.subject.startsWith('[Approved]'));
    expect(told.text).toContain('Go ahead');

    const twice = await org.supervisor.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'reject', comment: 'Changed my mind' });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('urn:dealflow:problem:already-decided');
  });

  it('stays put on rejection, records why, and takes a new request only after the facts change', async () => {
    const org = await orgChart(app);
    const g = await dealAtGate(org.rep, 'Gate reject');
    const id = (await g.ask()).body.approvalId;
    await eventually(async () => (await request(org.rep, id)).body.holder);

    const bare = await org.supervisor.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'reject' });
    expect(bare.status).toBe(422);
    expect(bare.body.errors).toEqual([{ field: 'body.comment', message: expect.any(String) }]);
    const rejected = await org.supervisor.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'reject', comment: 'Budget not confirmed by the CFO' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');

    await eventually(async () => (await g.live()).pendingApproval === null);
    expect((await g.live()).stage).toBe('INTENT');
    const entry = await eventually(async () => (await g.timeline()).find((e) => e.type === 'approval_rejected'));
    expect(entry).toMatchObject({ actorId: org.supervisor.id, data: { approvalId: id, comment: 'Budget not confirmed by the CFO' } });
    await mail.waitFor((e) => about(org.rep, 'Gate reject')(e) && e.subject.startsWith('[Rejected]'));

    const same = await g.ask();
    expect(same.status).toBe(409);
    expect(same.body.type).toBe('urn:dealflow:problem:approval-rejected');
    expect((await org.rep.api('PATCH', `/api/v1/deals/${g.deal.id}/facts`, { budget: 950000 })).status).toBe(200);
    const fresh = await g.ask();
    expect(fresh.status).toBe(202);
    expect(fresh.body.approvalId).not.toBe(id);
  });

  it('runs a two-level chain for a large deal: the supervisor, then the executive', async () => {
    const org = await orgChart(app);
    const g = await dealAtGate(org.rep, 'Gate large', 1_200_000);
    const id = (await g.ask()).body.approvalId;
    const first = await eventually(async () => (await request(org.rep, id)).body.holder && (await request(org.rep, id)).body);
    expect(first.chain.map((l: { rule: unknown }) => l.rule)).toEqual([{ role: 'supervisor' }, { role: 'executive' }]);
    expect(first.holder.assigneeId).toBe(org.supervisor.id);
    expect((await org.executive.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'approve' })).status).toBe(403);

    const half = await org.supervisor.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'approve' });
    expect(half.body).toMatchObject({ status: 'pending', chain: [{ status: 'approved' }, { status: expect.stringMatching(/waiting|pending/) }] });
    const second = await eventually(async () => {
      const r = (await request(org.rep, id)).body;
      return r.holder?.assigneeId === org.executive.id && r;
    });
    expect(second.currentLevel).toBe(2);
    const email = await mail.waitFor(about(org.executive, 'Gate large'));
    expect(email.subject).toContain('1,200,000');
    expect((await g.live()).stage).toBe('INTENT');

    expect((await org.executive.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'approve' })).status).toBe(200);
    await eventually(async () => (await g.live()).stage === 'PROJECT_INITIATED');
  });

  it('never lets anyone approve their own request: a supervisor’s own deal skips to the executive, and the skip is recorded', async () => {
    const org = await orgChart(app);
    const g = await dealAtGate(org.supervisor, 'Gate own');
    const id = (await g.ask()).body.approvalId;
    const r = await eventually(async () => (await request(org.supervisor, id)).body.holder && (await request(org.supervisor, id)).body);
    expect(r.chain[0]).toMatchObject({ status: 'skipped', skipped: { userId: org.supervisor.id, reason: 'the approver made the request' } });
    expect(r.chain[1]).toMatchObject({ rule: { role: 'executive' }, status: 'pending' });
    expect(r.holder.assigneeId).toBe(org.executive.id);
    const self = await org.supervisor.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'approve' });
    expect(self.status).toBe(403);
    expect(self.body.detail).toMatch(/own/);
    const skip = await eventually(async () => (await g.timeline()).find((e) => e.type === 'approval_skipped'));
    expect(skip.data).toMatchObject({ approvalId: id, userId: org.supervisor.id });
    expect((await org.executive.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'approve' })).status).toBe(200);
    await eventually(async () => (await g.live()).stage === 'PROJECT_INITIATED');
  });

  it('lets the requester withdraw; the approver is told and can no longer decide', async () => {
    const org = await orgChart(app);
    const g = await dealAtGate(org.rep, 'Gate withdraw');
    const id = (await g.ask()).body.approvalId;
    await mail.waitFor(about(org.supervisor, 'Gate withdraw'));
    expect((await org.supervisor.api('POST', `/api/v1/approvals/${id}/withdraw`, {})).status).toBe(403);
    const withdrawn = await org.rep.api('POST', `/api/v1/approvals/${id}/withdraw`, { reason: 'Customer postponed' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    await eventually(async () => (await g.live()).pendingApproval === null);
    expect((await g.live()).stage).toBe('INTENT');
    await mail.waitFor((e) => about(org.supervisor, 'Gate withdraw')(e) && e.subject.startsWith('[Approval withdrawn]'));
    expect((await org.supervisor.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'approve' })).status).toBe(409);
    expect((await org.rep.api('POST', `/api/v1/approvals/${id}/withdraw`, {})).status).toBe(409);
    expect((await g.ask()).status).toBe(202);
  });

  it('cancels the request when the deal is lost meanwhile', async () => {
    const org = await orgChart(app);
    const g = await dealAtGate(org.rep, 'Gate lost');
    const id = (await g.ask()).body.approvalId;
    const lost = await org.rep.api('POST', `/api/v1/deals/${g.deal.id}/lost`, { lostReason: 'no_budget', lostNote: 'Frozen' });
    expect(lost.status).toBe(200);
    expect(lost.body.pendingApproval).toBeNull();
    await eventually(async () => (await request(org.rep, id)).body.status === 'cancelled');
  });
});

describe('a quote past the discount policy', () => {
  it('needs an executive to enter PRELIMINARY_APPROVAL, routed by the quote total', async () => {
    const org = await orgChart(app);
    const g = await dealAtGate(org.rep, 'Gate discount');
    await g.ask();
    await approveAll(app, g.deal.id, org.people);
    // Both request forms: decimal strings and JSON numbers, exact to the fen.
    const facts = {
      ...factsFor.PRELIMINARY_APPROVAL(),
      preliminaryQuote: { software: '500000.10', implementation: 199999.9, service: 100000, discountPercent: 22 },
    };
    const recorded = await org.rep.api('PATCH', `/api/v1/deals/${g.deal.id}/facts`, facts);
    expect(recorded.status).toBe(200);
    expect(recorded.body.facts.preliminaryQuote).toEqual({ software: '500000.10', implementation: '199999.90', service: '100000.00', discountPercent: 22 });
    const asked = await org.rep.api('POST', `/api/v1/deals/${g.deal.id}/transitions`, { to: 'PRELIMINARY_APPROVAL' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    const r = await eventually(async () => (await request(org.rep, asked.body.approvalId)).body.holder && (await request(org.rep, asked.body.approvalId)).body);
    expect(r).toMatchObject({ kind: 'quote_discount', amount: '800000.00', holder: { assigneeId: org.executive.id } });
    expect(r.chain.map((l: { rule: unknown }) => l.rule)).toEqual([{ role: 'executive' }]);
    expect((await org.executive.api('POST', `/api/v1/approvals/${r.id}/decision`, { decision: 'approve' })).status).toBe(200);
    await eventually(async () => (await g.live()).stage === 'PRELIMINARY_APPROVAL');
  });

  it('lets a quote within policy through at once', async () => {
    const org = await orgChart(app);
    const g = await dealAtGate(org.rep, 'Gate no discount');
    await g.ask();
    await approveAll(app, g.deal.id, org.people);
    const facts = { ...factsFor.PRELIMINARY_APPROVAL(), preliminaryQuote: { software: 500000, implementation: 200000, service: 100000, discountPercent: 10 } };
    expect((await org.rep.api('PATCH', `/api/v1/deals/${g.deal.id}/facts`, facts)).status).toBe(200);
    const moved = await org.rep.api('POST', `/api/v1/deals/${g.deal.id}/transitions`, { to: 'PRELIMINARY_APPROVAL' });
    expect(moved.status).toBe(200);
    expect(moved.body.stage).toBe('PRELIMINARY_APPROVAL');
  });
});

describe('delegation', () => {
  it('sends new requests to the delegate, who decides on behalf of the approver', async () => {
    const org = await orgChart(app);
    const stand = (await makeUser(app, 'supervisor', { supervisorId: org.executive.id })) as Person;
    const from = new Date(Date.now() - 60_000).toISOString();
    const until = new Date(Date.now() + 86_400_000).toISOString();

    const self = await org.supervisor.api('PUT', `/api/v1/users/${org.supervisor.id}/delegation`, { delegateId: org.supervisor.id, from, until });
    expect(self.status).toBe(422);
    const past = await org.supervisor.api('PUT', `/api/v1/users/${org.supervisor.id}/delegation`, {
      delegateId: stand.id,
      from: '2020-01-01T00:00:00Z',
      until: '2020-01-02T00:00:00Z',
    });
    expect(past.body.errors.map((e: { field: string }) => e.field)).toContain('body.until');
    expect((await org.rep.api('PUT', `/api/v1/users/${org.supervisor.id}/delegation`, { delegateId: stand.id, from, until })).status).toBe(403);
    const set = await org.supervisor.api('PUT', `/api/v1/users/${org.supervisor.id}/delegation`, { delegateId: stand.id, from, until });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ delegateId: stand.id, active: true });

    const g = await dealAtGate(org.rep, 'Gate delegated');
    const id = (await g.ask()).body.approvalId;
    const r = await eventually(async () => (await request(org.rep, id)).body.holder && (await request(org.rep, id)).body);
    expect(r.holder).toMatchObject({ approverId: org.supervisor.id, assigneeId: stand.id, onBehalfOf: org.supervisor.id });
    const email = await mail.waitFor(about(stand, 'Gate delegated'));
    expect(email.text).toContain(org.supervisor.name);
    const inbox = await stand.api('GET', '/api/v1/approvals?status=pending&assignee=me');
    expect(inbox.body.items.map((i: { id: string }) => i.id)).toContain(id);

    const decided = await stand.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'approve' });
    expect(decided.status).toBe(200);
    expect(decided.body.chain[0].decision).toMatchObject({ by: stand.id, onBehalfOf: org.supervisor.id });
    const entry = await eventually(async () => (await g.timeline()).find((e) => e.type === 'approval_approved'));
    expect(entry).toMatchObject({ actorId: stand.id, data: { onBehalfOf: org.supervisor.id } });

    expect((await org.supervisor.api('DELETE', `/api/v1/users/${org.supervisor.id}/delegation`)).status).toBe(204);
    expect((await org.supervisor.api('GET', `/api/v1/users/${org.supervisor.id}/delegation`)).status).toBe(404);
  });

  it('lets a delegate named after the request was sent decide it too', async () => {
    const org = await orgChart(app);
    const stand = (await makeUser(app, 'supervisor')) as Person;
    const g = await dealAtGate(org.rep, 'Gate late delegate');
    const id = (await g.ask()).body.approvalId;
    await eventually(async () => (await request(org.rep, id)).body.holder);
    expect((await stand.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'approve' })).status).toBe(403);
    const until = new Date(Date.now() + 86_400_000).toISOString();
    await org.supervisor.api('PUT', `/api/v1/users/${org.supervisor.id}/delegation`, { delegateId: stand.id, from: new Date().toISOString(), until });
    const decided = await stand.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'approve' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.chain[0].decision).toMatchObject({ by: stand.id, onBehalfOf: org.supervisor.id });
  });
});

describe('the approvals API', () => {
  it('answers clear errors for bad input and strangers', async () => {
    const org = await orgChart(app);
    const g = await dealAtGate(org.rep, 'Gate errors');
    const id = (await g.ask()).body.approvalId;
    const stranger = (await makeUser(app, 'rep')) as Person;
    expect((await request(stranger, id)).status).toBe(403);
    expect((await org.rep.api('GET', '/api/v1/approvals/not-a-uuid')).status).toBe(400);
    expect((await org.rep.api('GET', '/api/v1/approvals/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const bad = await org.supervisor.api('POST', `/api/v1/approvals/${id}/decision`, { decision: 'maybe', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body', 'body.decision'].sort());
    expect((await org.rep.api('GET', '/api/v1/approvals?status=bogus')).status).toBe(400);
    const mine = await eventually(async () => {
      const res = await org.rep.api('GET', '/api/v1/approvals?requester=me&limit=1');
      return res.body.items?.length === 1 && res;
    });
    expect(mine.body.items[0]).toMatchObject({ id, requesterId: org.rep.id });
  });
});
