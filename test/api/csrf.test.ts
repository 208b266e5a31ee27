import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/http';
import { type TestApp, startTestApp } from '../support/app';
import { browser, someAddress, userWithPassword } from '../support/session';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const newAccount = { name: 'Origin test Ltd', industry: 'Retail' };

/** The Cookie header of a fresh session. */
async function signedIn() {
  const rep = await userWithPassword(app);
  const b = browser(app.url, { address: someAddress() });
  expect((await b.signIn(rep.email, rep.password)).status).toBe(200);
  return { cookie: b.cookie()! };
}

const write = (cookie: string, headers: Record<string, string>) =>
  fetch(`${app.url}/api/v1/accounts`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(newAccount),
  });

describe('writes signed in by cookie', () => {
  it('refuses a cross-site Origin with 403 problem+json', async () => {
    const { cookie } = await signedIn();
    const res = await write(cookie, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await res.json()).detail).toContain('https://evil.example');
  });

  it('refuses a write with neither Origin nor Sec-Fetch-Site', async () => {
    const { cookie } = await signedIn();
    expect((await write(cookie, {})).status).toBe(403);
    expect((await write(cookie, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('accepts its own origin, the public origin, and Sec-Fetch-Site: same-origin', async () => {
    const { cookie } = await signedIn();
    expect((await write(cookie, { origin: app.url })).status).toBe(201);
    expect((await write(cookie, { origin: 'http://dealflow.test' })).status).toBe(201);
    expect((await write(cookie, { 'sec-fetch-site': 'same-origin' })).status).toBe(201);
  });

  it('lets reads through from anywhere (they change nothing)', async () => {
    const { cookie } = await signedIn();
    const res = await fetch(`${app.url}/api/v1/users/me`, { headers: { cookie, origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
  });

  it('does not apply to bearer tokens', async () => {
    const rep = await userWithPassword(app);
    const res = await apiClient(app.url, rep.token)('POST', '/api/v1/accounts', newAccount, { origin: 'https://evil.example' });
    expect(res.status).toBe(201);
  });
});
