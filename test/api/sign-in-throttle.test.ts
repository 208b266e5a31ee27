import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { mailbox } from '../support/mailbox';
import { browser, someAddress, userWithPassword } from '../support/session';

let app: TestApp;
const mail = mailbox(inject('stack').mailWebUrl!);
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const lockoutMails = async (email: string) =>
  (await mail.list()).filter((e) => e.to.some((a) => a.address === email.toLowerCase()) && /paused|暂停/.test(e.subject));

describe('sign-in throttling', () => {
  it('locks an account after 5 failures, even for the right password, says when to retry, and tells its owner once', async () => {
    const rep = await userWithPassword(app);
    for (let i = 1; i <= 5; i++) {
      const res = await browser(app.url, { address: someAddress() }).signIn(rep.email, `wrong-${i}`);
      expect(res.status, `failure ${i}`).toBe(401);
    }
    const locked = await browser(app.url, { address: someAddress() }).signIn(rep.email, rep.password);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('content-type')).toMatch(/problem\+json/);
    expect(locked.body.type).toBe('urn:dealflow:problem:too-many-attempts');
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    const told = await mail.waitFor((e) => e.to.some((a) => a.address === rep.email.toLowerCase()));
    expect(told.subject).toBe('Sign-in to your Dealflow account is paused');
    expect(told.text).toContain('5 failed attempts');
    for (let i = 0; i < 3; i++) expect((await browser(app.url, { address: someAddress() }).signIn(rep.email, 'still-wrong')).status).toBe(429);
    await new Promise((r) => setTimeout(r, 500));
    expect(await lockoutMails(rep.email)).toHaveLength(1);
  });

  it('answers an unknown email exactly as a known one, lockout included', async () => {
    const ghost = `ghost-${Date.now()}@test.local`;
    for (let i = 1; i <= 5; i++) {
      const res = await browser(app.url, { address: someAddress() }).signIn(ghost, `wrong-${i}`);
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('email or password is wrong');
    }
    const locked = await browser(app.url, { address: someAddress() }).signIn(ghost, 'wrong-6');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('locks a client address that fails on many accounts, without locking those accounts elsewhere', async () => {
    const address = someAddress();
    const reps = await Promise.all([1, 2, 3, 4, 5].map(() => userWithPassword(app)));
    for (const rep of reps) expect((await browser(app.url, { address }).signIn(rep.email, 'wrong-password')).status).toBe(401);
    const victim = await userWithPassword(app);
    expect((await browser(app.url, { address }).signIn(victim.email, victim.password)).status).toBe(429);
    expect((await browser(app.url, { address: someAddress() }).signIn(reps[0].email, reps[0].password)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    for (const rep of reps) expect(await lockoutMails(rep.email)).toHaveLength(0);
  });

  it('starts counting afresh after a successful sign-in', async () => {
    const rep = await userWithPassword(app);
    const address = someAddress();
    for (let i = 0; i < 4; i++) await browser(app.url, { address }).signIn(rep.email, 'wrong-password');
    expect((await browser(app.url, { address: someAddress() }).signIn(rep.email, rep.password)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await browser(app.url, { address: someAddress() }).signIn(rep.email, 'wrong-password')).status).toBe(401);
    expect((await browser(app.url, { address: someAddress() }).signIn(rep.email, rep.password)).status).toBe(200);
  });
});
