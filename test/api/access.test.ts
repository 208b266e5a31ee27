import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/http';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, makeAccount, makeUser } from '../support/fixtures';

let app: TestApp;
let customer: Awaited<ReturnType<typeof makeAccount>>;
beforeAll(async () => {
  app = await startTestApp();
  customer = await makeAccount(app);
});
afterAll(() => app?.stop());

const dealOf = async (owner: { api: TestApp['admin'] }, title: string) =>
  (await owner.api('POST', '/api/v1/deals', { title, accountId: customer.accountId, amount: 1000 })).body;

describe('authentication', () => {
  it('answers 401 problem+json without a valid token', async () => {
    const anonymous = apiClient(app.url);
    const res = await anonymous('GET', '/api/v1/deals');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/Bearer/);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await apiClient(app.url, 'dft_nope')('GET', '/api/v1/deals')).status).toBe(401);
  });

  it('stores only a token’s hash, and never shows it with the user', async () => {
    const rep = await makeUser(app, 'rep');
    expect(rep.token).toMatch(/^dft_/);
    const [row] = await app.db.apiToken.findMany({ where: { userId: rep.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(rep.token);
    const me = await rep.api('GET', '/api/v1/users/me');
    expect(me.body).toMatchObject({ id: rep.id, role: 'rep' });
    expect(me.body.token).toBeUndefined();
  });
});

describe('roles', () => {
  it('lets only an admin create users, and refuses a taken email', async () => {
    const rep = await makeUser(app, 'rep');
    const res = await rep.api('POST', '/api/v1/users', { name: 'x', email: 'x@test.local', role: 'admin' });
    expect(res.status).toBe(403);
    const dup = await app.admin('POST', '/api/v1/users', { name: 'dup', email: (await rep.api('GET', '/api/v1/users/me')).body.email, role: 'rep' });
    expect(dup.status).toBe(409);
  });

  it('keeps a rep out of another rep’s deal, lets their supervisor in', async () => {
    const supervisor = await makeUser(app, 'supervisor');
    const alice = await makeUser(app, 'rep', { supervisorId: supervisor.id });
    const bob = await makeUser(app, 'rep');
    const deal = await dealOf(alice, 'Alice’s deal');

    const peek = await bob.api('GET', `/api/v1/deals/${deal.id}`);
    expect(peek.status).toBe(403);
    expect(peek.body.detail).toMatch(/your own deals/);
    expect((await bob.api('GET', `/api/v1/deals/${deal.id}/timeline`)).status).toBe(403);
    expect((await bob.api('PATCH', `/api/v1/deals/${deal.id}/facts`, { industry: 'x' })).status).toBe(403);
    expect((await bob.api('PATCH', `/api/v1/deals/${deal.id}/facts`, { contactIds: ['00000000-0000-4000-8000-000000000000'] })).status).toBe(403);
    expect((await bob.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to: 'INTENT' })).status).toBe(403);
    expect((await bob.api('POST', `/api/v1/deals/${deal.id}/reopen`, { reason: 'x' })).status).toBe(403);
    expect(
      (await bob.api('POST', `/api/v1/deals/${deal.id}/activities`, { type: 'call', summary: 'x', contactIds: ['00000000-0000-4000-8000-000000000000'] }))
        .status,
    ).toBe(403);
    expect((await bob.api('POST', `/api/v1/deals/${deal.id}/lost`, { lostReason: 'price', lostNote: 'x' })).status).toBe(403);
    expect((await bob.api('GET', '/api/v1/deals')).body.items.map((d: { id: string }) => d.id)).not.toContain(deal.id);

    expect((await supervisor.api('GET', `/api/v1/deals/${deal.id}`)).status).toBe(200);
    const otherSupervisor = await makeUser(app, 'supervisor');
    expect((await otherSupervisor.api('GET', `/api/v1/deals/${deal.id}`)).status).toBe(403);
    expect((await otherSupervisor.api('GET', '/api/v1/deals')).body.items.map((d: { id: string }) => d.id)).not.toContain(deal.id);
    const teamList = await eventually(async () => {
      const ids = (await supervisor.api('GET', '/api/v1/deals')).body.items.map((d: { id: string }) => d.id);
      return ids.includes(deal.id) && ids;
    });
    expect(teamList).toContain(deal.id);
    expect((await supervisor.api('PATCH', `/api/v1/deals/${deal.id}/facts`, { industry: 'Retail' })).status).toBe(200);
    expect((await alice.api('GET', `/api/v1/deals/${deal.id}`)).body.facts).toEqual({ industry: 'Retail' });
  });

  it('lets a supervisor open a deal for a team member but not a rep for someone else', async () => {
    const supervisor = await makeUser(app, 'supervisor');
    const alice = await makeUser(app, 'rep', { supervisorId: supervisor.id });
    const bob = await makeUser(app, 'rep');
    const forAlice = await supervisor.api('POST', '/api/v1/deals', { title: 'Handed over', accountId: customer.accountId, amount: 5, ownerId: alice.id });
    expect(forAlice.status).toBe(201);
    expect(forAlice.body.ownerId).toBe(alice.id);
    const forAliceByBob = await bob.api('POST', '/api/v1/deals', { title: 'No', accountId: customer.accountId, amount: 5, ownerId: alice.id });
    expect(forAliceByBob.status).toBe(403);
    const toFinance = await app.admin('POST', '/api/v1/deals', {
      title: 'No',
      accountId: customer.accountId,
      amount: 5,
      ownerId: (await makeUser(app, 'finance')).id,
    });
    expect(toFinance.status).toBe(422);
    expect(toFinance.body.errors[0]).toMatchObject({ field: 'body.ownerId' });
  });

  it('lets finance read but not change deals', async () => {
    const rep = await makeUser(app, 'rep');
    const finance = await makeUser(app, 'finance');
    const deal = await dealOf(rep, 'Read only for finance');
    expect((await finance.api('GET', `/api/v1/deals/${deal.id}`)).status).toBe(200);
    expect((await finance.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to: 'INTENT' })).status).toBe(403);
    expect((await finance.api('POST', '/api/v1/deals', { title: 'x', accountId: customer.accountId, amount: 1 })).status).toBe(403);
  });

  it('tells each reader of a deal whether they may change it, as its commands answer', async () => {
    const supervisor = await makeUser(app, 'supervisor');
    const owner = await makeUser(app, 'rep', { supervisorId: supervisor.id });
    const deal = await dealOf(owner, 'Who may change it');
    expect(deal.canChange).toBe(true);
    const readers = {
      owner,
      supervisor,
      executive: await makeUser(app, 'executive'),
      service: await makeUser(app, 'service'),
      finance: await makeUser(app, 'finance'),
      presales: await makeUser(app, 'presales'),
    };
    const answers: Record<string, { canChange: boolean; command: number }> = {};
    for (const [who, reader] of Object.entries(readers)) {
      const read = await reader.api('GET', `/api/v1/deals/${deal.id}`);
      expect(read.status).toBe(200);
      const command = await reader.api('PATCH', `/api/v1/deals/${deal.id}/facts`, { industry: who });
      answers[who] = { canChange: read.body.canChange, command: command.status };
      if (command.status === 200) expect(command.body.canChange).toBe(true);
    }
    expect(answers).toEqual({
      owner: { canChange: true, command: 200 },
      supervisor: { canChange: true, command: 200 },
      executive: { canChange: true, command: 200 },
      service: { canChange: false, command: 403 },
      finance: { canChange: false, command: 403 },
      presales: { canChange: false, command: 403 },
    });
    const otherTeamsRep = await makeUser(app, 'rep');
    expect((await otherTeamsRep.api('GET', `/api/v1/deals/${deal.id}`)).status).toBe(403);
  });
});

describe('users', () => {
  it('finds people by a part of their name or email, in any case, within a role', async () => {
    const tag = `Findme${Date.now()}`;
    const byName = await makeUser(app, 'supervisor', { name: `${tag} Zhou` });
    const byEmail = await makeUser(app, 'rep', { email: `${tag.toLowerCase()}-li@test.local` });
    const rep = await makeUser(app, 'rep');
    const found = async (query: string) => ((await rep.api('GET', `/api/v1/users?${query}`)).body.items as Array<{ id: string }>).map((u) => u.id).sort();
    expect(await found(`q=${tag.toUpperCase()}`)).toEqual([byName.id, byEmail.id].sort());
    expect(await found(`q=${tag}&role=supervisor`)).toEqual([byName.id]);
    const blank = await rep.api('GET', '/api/v1/users?q=%20%20');
    expect(blank.status).toBe(400);
    expect(blank.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.q']);
  });

  it('lets users set their own working hours and language, and only an admin the rest', async () => {
    const rep = await makeUser(app, 'rep');
    const mine = await rep.api('PATCH', `/api/v1/users/${rep.id}`, { workdayStart: '08:30', workdayEnd: '17:30', timezone: 'Europe/Berlin', locale: 'zh-CN' });
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body).toMatchObject({ workdayStart: '08:30', workdayEnd: '17:30', timezone: 'Europe/Berlin' });
    const backwards = await rep.api('PATCH', `/api/v1/users/${rep.id}`, { workdayEnd: '07:00' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors).toEqual([{ field: 'body.workdayEnd', message: 'the working day must end after it starts' }]);
    expect((await rep.api('PATCH', `/api/v1/users/${rep.id}`, { role: 'admin' })).status).toBe(403);
    expect((await rep.api('PATCH', `/api/v1/users/${rep.id}`, { timezone: 'Mars/Olympus' })).status).toBe(400);
    const other = await makeUser(app, 'rep');
    expect((await rep.api('PATCH', `/api/v1/users/${other.id}`, { name: 'x' })).status).toBe(403);
    expect((await app.admin('PATCH', `/api/v1/users/${other.id}`, { supervisorId: other.id })).status).toBe(422);
  });
});
