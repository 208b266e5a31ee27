import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/http';
import { type TestApp, startTestApp } from '../support/app';
import { browser, someAddress, userWithPassword } from '../support/session';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const DAY = 86_400_000;

/** Personal tokens are made by a signed-in person, in the browser. */
async function signedInRep() {
  const rep = await userWithPassword(app);
  const b = browser(app.url, { address: someAddress() });
  await b.signIn(rep.email, rep.password);
  return { rep, b };
}

describe('personal API tokens', () => {
  it('makes a token with 201 + Location, shows its secret once, and lists it without the secret', async () => {
    const { rep, b } = await signedInRep();
    const made = await b('POST', '/api/v1/tokens', { name: 'ERP sync' });
    expect(made.status).toBe(201);
    expect(made.headers.get('location')).toBe(`/api/v1/tokens/${made.body.id}`);
    expect(made.body.token).toMatch(/^dft_/);
    expect(made.body).toMatchObject({ name: 'ERP sync', lastUsedAt: null, revokedAt: null });
    expect(Date.parse(made.body.expiresAt) - Date.now()).toBeGreaterThan(89 * DAY);
    expect(Date.parse(made.body.expiresAt) - Date.now()).toBeLessThanOrEqual(90 * DAY);

    const one = await b('GET', made.headers.get('location')!);
    expect(one.status).toBe(200);
    expect(one.body.token).toBeUndefined();
    const list = await b('GET', '/api/v1/tokens');
    expect(list.body.items.map((t: { id: string }) => t.id)).toContain(made.body.id);
    expect(JSON.stringify(list.body)).not.toContain(made.body.token);
    expect(list.body.nextCursor).toBeNull();

    const me = await apiClient(app.url, made.body.token)('GET', '/api/v1/users/me');
    expect(me.body.id).toBe(rep.id);
    const used = await b('GET', `/api/v1/tokens/${made.body.id}`);
    expect(Date.now() - Date.parse(used.body.lastUsedAt)).toBeLessThan(5_000);
  });

  it('takes an expiry as days or an instant, bounded to a year, not both', async () => {
    const { b } = await signedInRep();
    const inDays = await b('POST', '/api/v1/tokens', { name: 'a week', expiresInDays: 7 });
    expect(Math.round((Date.parse(inDays.body.expiresAt) - Date.now()) / DAY)).toBe(7);
    const at = new Date(Date.now() + 30 * DAY).toISOString();
    expect((await b('POST', '/api/v1/tokens', { name: 'a month', expiresAt: at })).body.expiresAt).toBe(at);

    const refused = async (body: object) => (await b('POST', '/api/v1/tokens', body)).body.errors.map((e: { field: string }) => e.field);
    expect(await refused({ name: 'both', expiresInDays: 7, expiresAt: at })).toEqual(['body.expiresAt']);
    expect(await refused({ name: 'too long', expiresInDays: 366 })).toEqual(['body.expiresInDays']);
    expect(await refused({ name: 'past', expiresAt: new Date(Date.now() - DAY).toISOString() })).toEqual(['body.expiresAt']);
    expect(await refused({ name: 'far', expiresAt: new Date(Date.now() + 400 * DAY).toISOString() })).toEqual(['body.expiresAt']);
    expect(await refused({ name: '' })).toEqual(['body.name']);
  });

  it('answers 401 for a revoked token, at once', async () => {
    const { b } = await signedInRep();
    const made = await b('POST', '/api/v1/tokens', { name: 'short-lived' });
    const integration = apiClient(app.url, made.body.token);
    expect((await integration('GET', '/api/v1/deals')).status).toBe(200);
    expect((await b('DELETE', `/api/v1/tokens/${made.body.id}`)).status).toBe(204);
    const res = await integration('GET', '/api/v1/deals');
    expect(res.status).toBe(401);
    expect(res.body.detail).toBe('the token is unknown, expired or revoked');
    expect((await b('GET', `/api/v1/tokens/${made.body.id}`)).body.revokedAt).not.toBeNull();
  });

  it('answers 401 for an expired token', async () => {
    const { b } = await signedInRep();
    const made = await b('POST', '/api/v1/tokens', { name: 'expiring', expiresInDays: 1 });
    await app.db.apiToken.update({ where: { id: made.body.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await apiClient(app.url, made.body.token)('GET', '/api/v1/deals')).status).toBe(401);
  });

  it('keeps each user to their own tokens', async () => {
    const { b } = await signedInRep();
    const made = await b('POST', '/api/v1/tokens', { name: 'mine' });
    const other = await userWithPassword(app);
    expect((await other.api('GET', `/api/v1/tokens/${made.body.id}`)).status).toBe(404);
    expect((await other.api('DELETE', `/api/v1/tokens/${made.body.id}`)).status).toBe(404);
    expect((await other.api('GET', '/api/v1/tokens')).body.items.map((t: { id: string }) => t.id)).not.toContain(made.body.id);
    expect((await apiClient(app.url, made.body.token)('GET', '/api/v1/users/me')).status).toBe(200);
  });
});
