import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketWorkflowId } from '../../state/ticket';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, makeUser } from '../support/fixtures';
import { approveContract, dealInNegotiation } from '../support/contract-scene';
import { fastService, servicedContract } from '../support/service-scene';

/** Warranty months of 20 s, three of them: routine visits at 15, 30 and 45 s, checks at 20 and 40 s. */
const timing = { ...fastService(20, 3), visits: { routineEvery: { seconds: 15 }, checkEveryMonths: 1, seasons: { north: {}, south: {}, default: {} } } };
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ serviceTiming: timing });
});
afterAll(() => app?.stop());

const now = () => new Date().toISOString();
const training = (score: number) => ({
  heldAt: now(),
  trainers: ['Liu Gong'],
  trainees: [{ name: 'Wang Qiang', kind: 'operator', score }],
  topics: ['use', 'fault handling'],
});
const endTickets = (ids: string[]) => Promise.all(ids.map((id) => app.temporal.workflow.getHandle(ticketWorkflowId(id)).terminate('not in this build')));

describe.concurrent('a contract’s service over HTTP', () => {
  it('starts at signing, run by an implementation lead who is an active user', async () => {
    const s = await dealInNegotiation(app, 'Service API lead');
    const drafted = (await s.rep.api('POST', `/api/v1/deals/${s.deal.id}/contract`, { amount: '1000' })).body;
    await approveContract(app, s, drafted.approvalId);
    await eventually(async () => (await s.contract(drafted.id)).status === 'approved');
    const unsigned = await s.rep.api('GET', `/api/v1/contracts/${drafted.id}/service`);
    expect(unsigned.status).toBe(404);
    const signing = { signedAt: now(), signedBy: s.supervisor.id };
    const nobody = await s.rep.api('POST', `/api/v1/contracts/${drafted.id}/sign`, { ...signing, implementationLeadId: drafted.id });
    expect([nobody.status, nobody.body.errors]).toEqual([422, [{ field: 'body.implementationLeadId', message: 'no active user with this id' }]]);
    expect(
      (
        await s.rep.api('POST', '/api/v1/tickets', {
          contractId: drafted.id,
          title: 't',
          description: 'd',
          priority: 'low',
          reportedBy: 'x',
          reportedAt: now(),
        })
      ).status,
    ).toBe(409);
    const engineer = await makeUser(app, 'service');
    expect((await s.rep.api('POST', `/api/v1/contracts/${drafted.id}/sign`, { ...signing, implementationLeadId: engineer.id })).status).toBe(200);
    const service = await eventually(async () => {
      const res = await s.rep.api('GET', `/api/v1/contracts/${drafted.id}/service`);
      return res.status === 200 && res.body;
    });
    expect(service.engineerId).toBe(engineer.id);
  }, 60_000);

  it('lets service work the checklist, training and acceptance; the rep reads it, another rep may not', async () => {
    const c = await servicedContract(app, 'Service API plan', { warrantyMonths: 2, region: 'north' });
    expect(c.contract).toMatchObject({ warrantyMonths: 2, region: 'north' });
    const path = `/api/v1/contracts/${c.contract.id}/service`;
    const shown = await c.engineer.api('GET', path);
    expect(shown.status, JSON.stringify(shown.body)).toBe(200);
    expect(shown.body).toMatchObject({
      reference: c.contract.reference,
      engineerId: c.engineer.id,
      warrantyStatus: 'in_warranty',
      acceptance: null,
      warranty: null,
    });
    expect(shown.body.checklist.map((i: { key: string }) => i.key)).toEqual([
      'environment_ready',
      'installed',
      'debugged',
      'training',
      'onsite_qa',
      'acceptance',
    ]);

    const done = await c.engineer.api('PATCH', `${path}/checklist/installed`, { done: true, note: 'racked and cabled' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.checklist[1]).toMatchObject({ key: 'installed', done: { by: c.engineer.id, note: 'racked and cabled' }, late: false });
    const noReason = await c.engineer.api('PATCH', `${path}/checklist/installed`, { done: false });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toEqual([{ field: 'body.reason', message: 'say why the item reopens' }]);
    expect((await c.engineer.api('PATCH', `${path}/checklist/installed`, { done: true })).status).toBe(409);
    expect((await c.engineer.api('PATCH', `${path}/checklist/unpacked`, { done: true })).status).toBe(400);
    expect((await c.rep.api('PATCH', `${path}/checklist/debugged`, { done: true })).status).toBe(403);

    const offScale = await c.engineer.api('POST', `${path}/trainings`, training(101));
    expect(offScale.status).toBe(422);
    expect(offScale.body.errors).toEqual([{ field: 'body.trainees.0.score', message: 'a score from 0 to 100' }]);
    const trained = await c.engineer.api('POST', `${path}/trainings`, training(88));
    expect(trained.status, JSON.stringify(trained.body)).toBe(201);
    expect(trained.body.trainings[0]).toMatchObject({ passed: true, trainees: [{ name: 'Wang Qiang', kind: 'operator', score: 88, passed: true }] });

    const accepted = await c.engineer.api('POST', `${path}/acceptance`, { signedBy: 'Zhou Min', signedAt: now(), remarks: 'accepted on site' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.acceptance).toMatchObject({ signedBy: 'Zhou Min', remarks: 'accepted on site' });
    // The contract's own warranty, two months of 20 s: routine visits at 15 and 30 s, a check at 20 s.
    expect(accepted.body.warranty).toMatchObject({ months: 2, ended: false });
    expect(accepted.body.nextVisits.map((v: { key: string }) => v.key)).toEqual(['routine-1', 'monthly_check-1', 'routine-2']);
    expect((await c.engineer.api('POST', `${path}/acceptance`, { signedBy: 'Zhou Min', signedAt: now() })).status).toBe(409);

    expect((await c.rep.api('GET', path)).status).toBe(200);
    const otherRep = await makeUser(app, 'rep');
    expect((await otherRep.api('GET', path)).status).toBe(403);
  }, 60_000);

  it('lists the engineer’s visits page by page, records one that opens a ticket, and schedules an ad-hoc one', async () => {
    const c = await servicedContract(app, 'Service API visits');
    const signedAt = now();
    await c.engineer.api('POST', `/api/v1/contracts/${c.contract.id}/service/acceptance`, { signedBy: 'Zhou Min', signedAt });
    const mine = await eventually(async () => {
      const page = await c.engineer.api('GET', '/api/v1/visits?assignee=me&limit=2');
      return page.body.items?.length === 2 && page.body;
    });
    expect(mine.items.map((v: { key: string }) => v.key)).toEqual(['routine-1', 'monthly_check-1']);
    const customer = (await app.db.account.findUniqueOrThrow({ where: { id: c.deal.accountId } })).name;
    const whose = { contractId: c.contract.id, reference: c.contract.reference, dealId: c.deal.id, dealTitle: c.deal.title, customer };
    expect(mine.items[0]).toMatchObject(whose);
    const next = await c.engineer.api('GET', `/api/v1/visits?assignee=me&limit=2&cursor=${mine.nextCursor}`);
    expect(next.body.items.map((v: { key: string }) => v.key)).toEqual(['routine-2', 'monthly_check-2']);
    const soon = await c.engineer.api(
      'GET',
      `/api/v1/visits?assignee=me&dueBefore=${encodeURIComponent(new Date(Date.parse(signedAt) + 25_000).toISOString())}`,
    );
    expect(soon.body.items.map((v: { key: string }) => v.key)).toEqual(['routine-1', 'monthly_check-1']);

    const visit = mine.items[0];
    const record = {
      visitedAt: now(),
      visitors: ['Chen Gong'],
      customerContacts: ['Zhou Min'],
      checked: 'pumps and controller',
      problems: 'a leaking seal',
      actions: 'seal ordered',
      satisfaction: 5,
      confirmedBy: { name: 'Zhou Min', at: now() },
    };
    const badScore = await c.engineer.api('POST', `/api/v1/visits/${visit.id}/record`, { ...record, satisfaction: 6 });
    expect(badScore.status).toBe(400);
    expect(badScore.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.satisfaction']);
    expect((await c.rep.api('POST', `/api/v1/visits/${visit.id}/record`, record)).status).toBe(403);
    const recorded = await c.engineer.api('POST', `/api/v1/visits/${visit.id}/record`, {
      ...record,
      ticket: { title: 'Leaking seal', description: 'found on the routine visit', priority: 'normal' },
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body).toMatchObject({ id: visit.id, status: 'recorded', record: { satisfaction: 5, problems: 'a leaking seal' } });
    const fromVisit = recorded.body.record.ticketId as string;
    expect((await app.temporal.workflow.getHandle(ticketWorkflowId(fromVisit)).describe()).type).toBe('ticketWorkflow');
    expect((await c.engineer.api('POST', `/api/v1/visits/${visit.id}/record`, record)).status).toBe(409);

    const nobody = await c.engineer.api('POST', '/api/v1/visits', {
      contractId: c.contract.id,
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
      assigneeId: c.contract.id,
      purpose: 'x',
    });
    expect([nobody.status, nobody.body.errors]).toEqual([422, [{ field: 'body.assigneeId', message: 'no active user with this id' }]]);
    const adHoc = await c.engineer.api('POST', '/api/v1/visits', {
      contractId: c.contract.id,
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
      purpose: 'check the new seal',
    });
    expect(adHoc.status, JSON.stringify(adHoc.body)).toBe(201);
    expect(adHoc.body).toMatchObject({ kind: 'technical', key: 'technical-1', assigneeId: c.engineer.id, purpose: 'check the new seal', status: 'planned' });
    // The supervisor (of the deal and of the engineer) and the executive read the calendar; the ad-hoc visit's purpose comes from the service.
    for (const reader of [c.supervisor, c.executive]) {
      const listed = await eventually(async () => {
        const items = (await reader.api('GET', `/api/v1/visits?limit=100&dueBefore=${encodeURIComponent(new Date(Date.now() + 7_200_000).toISOString())}`)).body
          .items;
        return items?.find((v: { id: string }) => v.id === adHoc.body.id);
      });
      expect(listed).toMatchObject({ ...whose, purpose: 'check the new seal' });
    }

    const ticket = {
      contractId: c.contract.id,
      title: 'Display flickers',
      description: 'the customer called',
      priority: 'high',
      reportedBy: 'Zhou Min',
      reportedAt: now(),
    };
    const key = { 'Idempotency-Key': `ticket-${c.contract.id}` };
    const opened = await c.engineer.api('POST', '/api/v1/tickets', ticket, key);
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body).toMatchObject({ contractId: c.contract.id, warranty: 'in_warranty' });
    expect(opened.headers.get('location')).toBe(`/api/v1/tickets/${opened.body.id}`);
    expect((await app.temporal.workflow.getHandle(ticketWorkflowId(opened.body.id)).describe()).type).toBe('ticketWorkflow');
    const retried = await c.engineer.api('POST', '/api/v1/tickets', ticket, key);
    expect([retried.status, retried.body.id]).toEqual([201, opened.body.id]);
    const ahead = await c.engineer.api('POST', '/api/v1/tickets', { ...ticket, reportedAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(ahead.status).toBe(422);
    expect(ahead.body.errors).toEqual([{ field: 'body.reportedAt', message: 'must not be in the future' }]);
    const otherRep = await makeUser(app, 'rep');
    expect((await otherRep.api('POST', '/api/v1/tickets', ticket)).status).toBe(403);
    const shown = (await c.rep.api('GET', `/api/v1/contracts/${c.contract.id}/service`)).body;
    expect(shown.tickets.map((t: { id: string }) => t.id).sort()).toEqual([fromVisit, opened.body.id].sort());
    await endTickets([fromVisit, opened.body.id]);
  }, 60_000);

  it('lists the contracts in service one may open a ticket for, by customer or reference, page by page', async () => {
    const [c, other] = await Promise.all([servicedContract(app, 'Service API listed'), servicedContract(app, 'Service API listed elsewhere')]);
    const customer = (await app.db.account.findUniqueOrThrow({ where: { id: c.deal.accountId } })).name;
    const ids = async (api: typeof c.rep.api, query = '') => {
      const res = await api('GET', `/api/v1/services?limit=100${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body.items as Array<{ contractId: string }>).map((r) => r.contractId);
    };
    const listed = await eventually(async () => (await ids(c.rep.api)).includes(c.contract.id) && (await ids(other.rep.api)).includes(other.contract.id));
    expect(listed).toBe(true);
    expect(await ids(c.rep.api)).toEqual([c.contract.id]);
    expect(await ids(c.supervisor.api)).toEqual([c.contract.id]);
    for (const all of [c.executive, c.engineer])
      expect(await ids(all.api, `&q=${encodeURIComponent('Acme')}`)).toEqual(expect.arrayContaining([c.contract.id, other.contract.id]));
    for (const refused of [c.finance, await makeUser(app, 'presales')]) {
      const res = await refused.api('GET', '/api/v1/services');
      expect([res.status, res.headers.get('content-type')]).toEqual([403, expect.stringMatching(/application\/problem\+json/)]);
    }

    const row = (await c.engineer.api('GET', `/api/v1/services?q=${encodeURIComponent(customer.toLowerCase())}`)).body.items;
    expect(row).toEqual([
      {
        contractId: c.contract.id,
        reference: c.contract.reference,
        dealId: c.deal.id,
        dealTitle: c.deal.title,
        customer,
        warrantyStatus: 'in_warranty',
        acceptedAt: null,
        warrantyEndsAt: null,
      },
    ]);
    expect(await ids(c.engineer.api, `&q=${encodeURIComponent(other.contract.reference.slice(-6).toLowerCase())}`)).toEqual([other.contract.id]);
    expect(await ids(c.rep.api, `&q=${encodeURIComponent(other.contract.reference)}`)).toEqual([]);

    const first = await c.engineer.api('GET', '/api/v1/services?limit=1');
    expect([first.body.items.length, typeof first.body.nextCursor]).toEqual([1, 'string']);
    const second = await c.engineer.api('GET', `/api/v1/services?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].contractId).not.toBe(first.body.items[0].contractId);

    for (const [query, field] of [
      ['limit=0', 'query.limit'],
      ['cursor=nonsense', 'query.cursor'],
      [`q=${'x'.repeat(201)}`, 'query.q'],
    ]) {
      const bad = await c.engineer.api('GET', `/api/v1/services?${query}`);
      expect([bad.status, bad.body.errors?.map((e: { field: string }) => e.field)], query).toEqual([400, [field]]);
    }
    expect((await c.engineer.api('GET', '/api/v1/services?customer=x')).status).toBe(400);
  }, 90_000);
});
