import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { browser, someAddress, userWithPassword } from '../support/session';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const visitor = () => browser(app.url, { address: someAddress() });

describe('signing in', () => {
  it('signs in with email and password, sets an HttpOnly SameSite=Lax cookie, and knows who is signed in', async () => {
    const rep = await userWithPassword(app);
    const b = visitor();
    const res = await b.signIn(rep.email.toUpperCase(), rep.password);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: rep.id, role: 'rep', email: rep.email });
    expect(res.body.passwordHash).toBeUndefined();
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^dealflow_session=dfs_[\w-]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    expect(cookie).not.toContain('Secure');
    expect(res.headers.get('cache-control')).toBe('no-store');

    const expires = new Date(/Expires=([^;]+)/.exec(cookie)![1]).getTime();
    expect(expires - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect((await b('GET', '/api/v1/session')).body).toMatchObject({ id: rep.id });
    expect((await b('GET', '/api/v1/users/me')).body).toMatchObject({ id: rep.id });

    const row = await app.db.session.findFirstOrThrow({ where: { userId: rep.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(cookie).not.toContain(row.tokenHash);
  });

  it('says the same for an unknown email, a wrong password and a deactivated user', async () => {
    const rep = await userWithPassword(app);
    const gone = await userWithPassword(app);
    expect((await app.admin('PATCH', `/api/v1/users/${gone.id}`, { active: false })).status).toBe(200);
    const answers = [
      await visitor().signIn('nobody-here@test.local', 'whatever-it-is'),
      await visitor().signIn(rep.email, 'not-the-password'),
      await visitor().signIn(gone.email, gone.password),
    ];
    for (const res of answers) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(res.body).toMatchObject({ type: 'urn:dealflow:problem:sign-in-failed', detail: 'email or password is wrong' });
    }
  });

  it('refuses a malformed request with field errors', async () => {
    const res = await visitor()('POST', '/api/v1/session', { email: 'a@b.c', password: '', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body', 'body.password']);
  });

  it('answers 401 to GET /session when no one is signed in', async () => {
    const res = await visitor()('GET', '/api/v1/session');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/Bearer/);
  });
});

describe('staying signed in', () => {
  it('writes lastSeenAt at most once a minute, and slides the 12-hour idle expiry', async () => {
    const rep = await userWithPassword(app);
    const b = visitor();
    await b.signIn(rep.email, rep.password);
    const { id } = await app.db.session.findFirstOrThrow({ where: { userId: rep.id } });
    const seenAt = async () => (await app.db.session.findUniqueOrThrow({ where: { id } })).lastSeenAt.getTime();
    const age = (ms: number) => app.db.session.update({ where: { id }, data: { lastSeenAt: new Date(Date.now() - ms) } });

    await age(30_000);
    const before = await seenAt();
    expect((await b('GET', '/api/v1/session')).status).toBe(200);
    expect(await seenAt()).toBe(before);

    await age(11 * 3_600_000);
    expect((await b('GET', '/api/v1/session')).status).toBe(200);
    expect(Date.now() - (await seenAt())).toBeLessThan(5_000);

    await age(12 * 3_600_000 + 1_000);
    expect((await b('GET', '/api/v1/session')).status).toBe(401);
  });

  it('ends a session 7 days after sign-in, however active', async () => {
    const rep = await userWithPassword(app);
    const b = visitor();
    await b.signIn(rep.email, rep.password);
    await app.db.session.updateMany({ where: { userId: rep.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await b('GET', '/api/v1/session')).status).toBe(401);
  });
});

describe('signing out', () => {
  it('ends this session and clears the cookie; a replayed cookie no longer works', async () => {
    const rep = await userWithPassword(app);
    const b = visitor();
    await b.signIn(rep.email, rep.password);
    const stolen = b.cookie()!;
    const out = await b('DELETE', '/api/v1/session');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^dealflow_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
    expect((await b('GET', '/api/v1/session')).status).toBe(401);
    expect((await fetch(`${app.url}/api/v1/session`, { headers: { cookie: stolen } })).status).toBe(401);
  });

  it('signs out everywhere with all=true, and only that user', async () => {
    const rep = await userWithPassword(app);
    const other = await userWithPassword(app);
    const [laptop, phone, theirs] = [visitor(), visitor(), visitor()];
    await laptop.signIn(rep.email, rep.password);
    await phone.signIn(rep.email, rep.password);
    await theirs.signIn(other.email, other.password);
    expect((await laptop('DELETE', '/api/v1/session?all=true')).status).toBe(204);
    expect((await phone('GET', '/api/v1/session')).status).toBe(401);
    expect((await laptop('GET', '/api/v1/session')).status).toBe(401);
    expect((await theirs('GET', '/api/v1/session')).status).toBe(200);
  });

  it('ends every session of a user an admin deactivates, and they stay ended on reactivation', async () => {
    const rep = await userWithPassword(app);
    const b = visitor();
    await b.signIn(rep.email, rep.password);
    await app.admin('PATCH', `/api/v1/users/${rep.id}`, { active: false });
    expect((await b('GET', '/api/v1/session')).status).toBe(401);
    expect((await rep.api('GET', '/api/v1/users/me')).status).toBe(401);
    await app.admin('PATCH', `/api/v1/users/${rep.id}`, { active: true });
    expect((await b('GET', '/api/v1/session')).status).toBe(401);
    expect(await app.db.session.count({ where: { userId: rep.id, revokedAt: null } })).toBe(0);
  });
});

describe('one user, however they prove it', () => {
  it('gives a cookie and a bearer token the same user and role', async () => {
    const rep = await userWithPassword(app);
    const b = visitor();
    await b.signIn(rep.email, rep.password);
    const [byCookie, byToken] = [await b('GET', '/api/v1/session'), await rep.api('GET', '/api/v1/session')];
    expect(byCookie.body).toEqual(byToken.body);
    expect((await b('POST', '/api/v1/users', { name: 'x', email: 'x@test.local', role: 'rep' })).status).toBe(403);
  });
});
