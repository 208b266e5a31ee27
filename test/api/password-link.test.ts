import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { apiClient } from '../support/http';
import { addressedTo, mailbox } from '../support/mailbox';
import { passwordLinkIn } from '../support/password-links';
import { someAddress, userWithPassword } from '../support/session';

let app: TestApp;
const mail = mailbox(inject('stack').mailWebUrl!);
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

/** Nobody signed in, from an address of its own: what the set-password page sends. */
const check = (token: string) => apiClient(app.url)('POST', '/api/v1/password/link', { token }, { 'x-forwarded-for': someAddress() });

async function resetLinkFor(email: string) {
  await apiClient(app.url)('POST', '/api/v1/password/forgot', { email }, { 'x-forwarded-for': someAddress() });
  return passwordLinkIn(await mail.waitFor((e) => addressedTo(email)(e) && e.subject === 'Reset your Dealflow password')).token;
}

describe('checking a password link', () => {
  it('tells whose account a reset link is for, without a session and without using it up', async () => {
    const rep = await userWithPassword(app, 'rep', { locale: 'en' });
    const token = await resetLinkFor(rep.email);
    for (let i = 0; i < 2; i++) {
      const res = await check(token);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.body).toMatchObject({ purpose: 'reset', email: rep.email, locale: 'en' });
    }
    expect((await app.admin('POST', '/api/v1/password/reset', { token, password: 'a long enough passphrase' })).status).toBe(204);
    expect((await check(token)).status).toBe(410);
  });

  it('answers a deactivated user’s link as used, and a made-up one as invalid', async () => {
    const rep = await userWithPassword(app);
    const token = await resetLinkFor(rep.email);
    await app.admin('PATCH', `/api/v1/users/${rep.id}`, { active: false });
    const used = await check(token);
    expect(used.status).toBe(410);
    expect(used.body.type).toBe('urn:dealflow:problem:link-used');
    const made = await check('dfl_nope');
    expect(made.status).toBe(400);
    expect(made.body.errors).toEqual([{ field: 'body.token', message: 'not a link Dealflow sent' }]);
  });
});
