import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, makeUser } from '../support/fixtures';
import { type TicketScene, secondsPolicy, ticketScene } from '../support/tickets';

let app: TestApp;
let scene: TicketScene;

beforeAll(async () => {
  app = await startTestApp();
  scene = await ticketScene(app);
});
afterAll(() => app?.stop());

const projected = (id: string, state = 'open') =>
  eventually(async () => {
    const res = await app.admin('GET', `/api/v1/tickets/${id}`);
    return res.status === 200 && res.body.state === state && res.body;
  });
const listed = async (api: TicketScene['rep']['api'], query: string) =>
  ((await api('GET', `/api/v1/tickets?${query}`)).body.items as Array<{ id: string }>).map((t) => t.id);
const on = (id: string, command: string, body: unknown = {}) => scene.engineer.api('POST', `/api/v1/tickets/${id}/${command}`, body);

describe.concurrent('the ticket API', () => {
  it('lists tickets filtered by state, breach and assignee, each rep only their own customers’', async () => {
    // A customer of its own: the other tests open tickets for the shared scene's rep at the same time.
    const own = await ticketScene(app);
    const colleague = await makeUser(app, 'service');
    const breaching = await own.openTicket({ support: secondsPolicy(1, 60) });
    const assigned = await own.openTicket({ assigneeId: colleague.id, support: secondsPolicy(60, 120) });
    const restored = await own.openTicket({ support: secondsPolicy(60, 120) });
    await projected(restored.ticketId);
    expect((await own.engineer.api('POST', `/api/v1/tickets/${restored.ticketId}/respond`, {})).status).toBe(200);
    expect((await own.engineer.api('POST', `/api/v1/tickets/${restored.ticketId}/restore`, { resolution: 'Reset the controller' })).status).toBe(200);
    await projected(restored.ticketId, 'restored');
    await eventually(async () => (await listed(own.rep.api, 'breached=true')).includes(breaching.ticketId));

    const mine = [breaching, assigned, restored].map((t) => t.ticketId).sort();
    expect((await listed(own.rep.api, 'limit=100')).sort()).toEqual(mine);
    expect(await listed(own.rep.api, 'state=restored')).toEqual([restored.ticketId]);
    expect(await listed(own.rep.api, 'breached=true')).toEqual([breaching.ticketId]);
    expect(await listed(colleague.api, 'assignee=me')).toEqual([assigned.ticketId]);
    const first = await own.rep.api('GET', '/api/v1/tickets?limit=2');
    expect(first.body.items).toHaveLength(2);
    const rest = await own.rep.api('GET', `/api/v1/tickets?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...rest.body.items].map((t: { id: string }) => t.id).sort()).toEqual(mine);
    expect(first.body.items[0]).toMatchObject({ dealId: own.deal.id, ownerId: own.rep.id, warranty: 'in_warranty', billableParts: false });
    // Each row carries its deal's title and its clocks as read now, for a queue to count down.
    const row = (await own.rep.api('GET', '/api/v1/tickets?limit=100')).body.items.find((t: { id: string }) => t.id === restored.ticketId);
    expect(row).toMatchObject({ dealTitle: own.deal.title });
    expect(row.sla.map((c: { target: string; status: string }) => [c.target, c.status])).toEqual([
      ['response', 'met'],
      ['restore', 'met'],
    ]);

    const otherRep = await makeUser(app, 'rep');
    expect(await listed(otherRep.api, 'limit=100')).toEqual([]);
    expect((await otherRep.api('GET', `/api/v1/tickets/${breaching.ticketId}`)).status).toBe(403);
    expect((await own.rep.api('GET', '/api/v1/tickets?state=lost')).status).toBe(400);
  });

  it('shows a ticket with its live SLA clocks, and bills parts out of warranty', async () => {
    const t = await scene.openTicket({ warranty: 'out_of_warranty', priority: 'high' });
    const detail = await projected(t.ticketId);
    expect(detail).toMatchObject({ reference: t.reference, policy: 'business_hours', billableParts: true, state: 'open' });
    expect(detail.sla.map((c: { target: string }) => c.target)).toEqual(['response', 'restore']);
    expect(detail.sla[0]).toMatchObject({ calendar: 'business_hours', targetMs: 3_600_000, breachedAt: null, metAt: null });
    expect(detail.sla[0].consumedMs + detail.sla[0].remainingMs).toBe(3_600_000);
    expect(Date.parse(detail.sla[1].deadline)).toBeGreaterThan(t.reportedAt);
    const byRep = await scene.rep.api('GET', `/api/v1/tickets/${t.ticketId}`);
    expect(byRep.status).toBe(200);
    expect((await scene.supervisor.api('GET', `/api/v1/tickets/${t.ticketId}`)).status).toBe(200);
  });

  it('takes the commands of the service engineer, refusing the wrong state with 409 and bad input with 422', async () => {
    const t = await scene.openTicket({ support: { ...secondsPolicy(60, 120), reopenWithin: { seconds: 3 } } });
    await projected(t.ticketId);
    const problem = await on(t.ticketId, 'resume');
    expect(problem.status).toBe(409);
    expect(problem.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(problem.body.detail).toMatch(/open/);
    expect((await on(t.ticketId, 'restore', { resolution: 'x' })).status).toBe(409);

    expect((await scene.rep.api('POST', `/api/v1/tickets/${t.ticketId}/respond`, {})).status).toBe(403);
    expect((await on(t.ticketId, 'respond', { note: 'On our way' })).body.state).toBe('responded');
    expect((await on(t.ticketId, 'respond')).status).toBe(409);
    const waiting = await on(t.ticketId, 'wait', { reason: 'Customer is fetching the logs' });
    expect(waiting.body).toMatchObject({ state: 'waiting_customer', sla: [{ status: 'met' }, { status: 'paused', deadline: null }] });
    expect((await on(t.ticketId, 'resume')).body.state).toBe('in_progress');

    const assignToRep = await scene.supervisor.api('POST', `/api/v1/tickets/${t.ticketId}/assign`, { assigneeId: scene.rep.id });
    expect(assignToRep.status).toBe(422);
    expect(assignToRep.body.errors).toEqual([{ field: 'body.assigneeId', message: 'not an active service engineer' }]);
    const colleague = await makeUser(app, 'service');
    expect((await scene.supervisor.api('POST', `/api/v1/tickets/${t.ticketId}/assign`, { assigneeId: colleague.id })).body.assigneeId).toBe(colleague.id);

    expect((await on(t.ticketId, 'priority', { priority: 'extreme' })).status).toBe(400);
    const lowered = await on(t.ticketId, 'priority', { priority: 'low' });
    expect(lowered.body.priority).toBe('low');
    expect((await on(t.ticketId, 'priority', { priority: 'low' })).status).toBe(409);

    const blank = await on(t.ticketId, 'restore', { resolution: '   ' });
    expect(blank.status).toBe(422);
    expect(blank.body.errors).toEqual([{ field: 'body.resolution', message: 'say how the fault was removed' }]);
    const restored = await on(t.ticketId, 'restore', { resolution: 'Replaced the sensor' });
    expect(restored.body).toMatchObject({ state: 'restored', resolution: 'Replaced the sensor' });
    expect(restored.body.reopenUntil).not.toBeNull();
    const reopened = await on(t.ticketId, 'reopen', { reason: 'It stopped again' });
    expect(reopened.body).toMatchObject({ state: 'in_progress', reopenedCount: 1, sla: [{ status: 'met' }, { status: 'running' }] });
    expect((await on(t.ticketId, 'restore', { resolution: 'Replaced the cable too' })).status).toBe(200);

    // Past the reopen window the ticket closes, and a returning fault needs a new ticket.
    await projected(t.ticketId, 'closed');
    const late = await on(t.ticketId, 'reopen');
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/open a new ticket/);
    expect((await app.admin('GET', `/api/v1/tickets/${t.ticketId}`)).body.history.at(-1).type).toBe('closed');
  });

  it('shows a ticket whose row is not written yet from its workflow, to those who may see it', async () => {
    const t = await scene.openTicket({ support: secondsPolicy(60, 120) });
    await eventually(() => app.db.ticket.findUnique({ where: { id: t.ticketId } }));
    await app.db.ticket.delete({ where: { id: t.ticketId } });
    const fresh = await scene.engineer.api('GET', `/api/v1/tickets/${t.ticketId}`);
    expect(fresh.status, JSON.stringify(fresh.body)).toBe(200);
    expect(fresh.body).toMatchObject({ reference: t.reference, state: 'open' });
    const otherRep = await makeUser(app, 'rep');
    expect((await otherRep.api('GET', `/api/v1/tickets/${t.ticketId}`)).status).toBe(403);
    expect((await on(t.ticketId, 'respond')).status).toBe(200);
  });

  it('answers 404 for an unknown ticket', async () => {
    expect((await scene.engineer.api('GET', '/api/v1/tickets/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await on('00000000-0000-4000-8000-000000000000', 'respond')).status).toBe(404);
  });
});
