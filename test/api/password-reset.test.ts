import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, apiClient } from '../support/http';
import { type TestApp, startTestApp } from '../support/app';
import { eventually } from '../support/fixtures';
import { addressedTo, mailbox } from '../support/mailbox';
import { passwordLinkIn } from '../support/password-links';
import { browser, someAddress, userWithPassword } from '../support/session';

let app: TestApp;
const mail = mailbox(inject('stack').mailWebUrl!);
/** A caller from an address of its own, so the file's forgot-password requests never use up one another's allowance. */
const anonymous = (address = someAddress()): Api => {
  const api = apiClient(app.url);
  return (method, path, body, headers = {}) => api(method, path, body, { 'x-forwarded-for': address, ...headers });
};
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

async function resetLinkFor(email: string) {
  expect((await anonymous()('POST', '/api/v1/password/forgot', { email })).status).toBe(202);
  return passwordLinkIn(await mail.waitFor((e) => addressedTo(email)(e) && e.subject === 'Reset your Dealflow password'));
}

describe('forgot password', () => {
  it('answers 202 whether or not the email has a user, and emails only a real, active one', async () => {
    const rep = await userWithPassword(app);
    const gone = await userWithPassword(app);
    await app.admin('PATCH', `/api/v1/users/${gone.id}`, { active: false });
    for (const email of [rep.email, 'no-such-user@test.local', gone.email]) {
      const res = await anonymous()('POST', '/api/v1/password/forgot', { email });
      expect(res.status).toBe(202);
      expect(res.body).toBe('');
    }
    const email = await mail.waitFor(addressedTo(rep.email));
    expect(email.subject).toBe('Reset your Dealflow password');
    await new Promise((r) => setTimeout(r, 300));
    expect(await mail.countFor('no-such-user@test.local')).toBe(0);
    expect(await mail.countFor(gone.email)).toBe(0);
  });
});

describe('forgot password, throttled', () => {
  const resetMails = async (email: string) => (await mail.list()).filter((e) => addressedTo(email)(e) && e.subject === 'Reset your Dealflow password');
  const settle = () => new Promise((r) => setTimeout(r, 500));

  it('sends at most 3 reset emails per account an hour, from any address, and still answers 202', async () => {
    const rep = await userWithPassword(app);
    for (let i = 0; i < 6; i++)
      expect((await anonymous()('POST', '/api/v1/password/forgot', { email: i % 2 ? rep.email.toUpperCase() : rep.email })).status).toBe(202);
    await eventually(async () => (await resetMails(rep.email)).length >= 3);
    await settle();
    expect(await resetMails(rep.email)).toHaveLength(3);
  });

  it('takes at most 20 requests per address an hour; beyond them nothing is sent, and the answer is still 202', async () => {
    const address = someAddress();
    for (let i = 0; i < 20; i++) expect((await anonymous(address)('POST', '/api/v1/password/forgot', { email: `nobody-${i}@test.local` })).status).toBe(202);
    const rep = await userWithPassword(app);
    expect((await anonymous(address)('POST', '/api/v1/password/forgot', { email: rep.email })).status).toBe(202);
    await settle();
    expect(await resetMails(rep.email)).toHaveLength(0);
    // The account's own allowance is untouched: from another address the link comes.
    await resetLinkFor(rep.email);
  });
});

describe('password reset', () => {
  it('sets the new password, uses the link up, and signs the user out everywhere', async () => {
    const rep = await userWithPassword(app);
    const b = browser(app.url, { address: someAddress() });
    await b.signIn(rep.email, rep.password);
    const { token } = await resetLinkFor(rep.email);

    const res = await anonymous()('POST', '/api/v1/password/reset', { token, password: 'my new passphrase' });
    expect(res.status).toBe(204);
    expect((await b('GET', '/api/v1/session')).status).toBe(401);
    expect((await browser(app.url, { address: someAddress() }).signIn(rep.email, rep.password)).status).toBe(401);
    expect((await browser(app.url, { address: someAddress() }).signIn(rep.email, 'my new passphrase')).status).toBe(200);

    const again = await anonymous()('POST', '/api/v1/password/reset', { token, password: 'yet another passphrase' });
    expect(again.status).toBe(410);
    expect(again.body.type).toBe('urn:dealflow:problem:link-used');
  });

  it('ends a lockout of the account: whoever set the password reads the owner’s email', async () => {
    const rep = await userWithPassword(app);
    for (let i = 0; i < 5; i++) await browser(app.url, { address: someAddress() }).signIn(rep.email, 'wrong-password');
    expect((await browser(app.url, { address: someAddress() }).signIn(rep.email, rep.password)).status).toBe(429);
    const { token } = await resetLinkFor(rep.email);
    expect((await anonymous()('POST', '/api/v1/password/reset', { token, password: 'my new passphrase' })).status).toBe(204);
    expect((await browser(app.url, { address: someAddress() }).signIn(rep.email, 'my new passphrase')).status).toBe(200);
  });

  it('refuses a password under 10 characters with a field error, and keeps the link usable', async () => {
    const rep = await userWithPassword(app);
    const { token } = await resetLinkFor(rep.email);
    const res = await anonymous()('POST', '/api/v1/password/reset', { token, password: 'too-short' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(res.body.errors).toEqual([{ field: 'body.password', message: 'at least 10 characters' }]);
    expect((await anonymous()('POST', '/api/v1/password/reset', { token, password: 'long enough now' })).status).toBe(204);
  });

  it('refuses an expired link', async () => {
    const rep = await userWithPassword(app);
    const { token } = await resetLinkFor(rep.email);
    await app.db.passwordLink.updateMany({ where: { userId: rep.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const res = await anonymous()('POST', '/api/v1/password/reset', { token, password: 'long enough now' });
    expect(res.status).toBe(410);
    expect(res.body.type).toBe('urn:dealflow:problem:link-expired');
  });

  it('refuses a tampered or made-up link without telling more', async () => {
    const rep = await userWithPassword(app);
    const { token } = await resetLinkFor(rep.email);
    const [nonce, signature] = token.split('.');
    const flipped = `${nonce}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const otherNonce = `${nonce.slice(0, -1)}${nonce.endsWith('A') ? 'B' : 'A'}.${signature}`;
    for (const bad of [flipped, otherNonce, 'dfl_nope', `${token}x`]) {
      const res = await anonymous()('POST', '/api/v1/password/reset', { token: bad, password: 'long enough now' });
      expect(res.status, bad).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'body.token', message: 'not a link Dealflow sent' }]);
    }
    const check = await anonymous()('POST', '/api/v1/password/link', { token: flipped });
    expect(check.status).toBe(400);
    expect(check.body.errors).toEqual([{ field: 'body.token', message: 'not a link Dealflow sent' }]);
    expect((await anonymous()('POST', '/api/v1/password/reset', { token, password: 'long enough now' })).status).toBe(204);
  });
});
