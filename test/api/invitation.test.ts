import { randomUUID } from 'node:crypto';
import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { addressedTo, mailbox } from '../support/mailbox';
import { passwordLinkIn } from '../support/password-links';
import { browser, someAddress } from '../support/session';

let app: TestApp;
const mail = mailbox(inject('stack').mailWebUrl!);
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const invite = async (extra: Record<string, unknown> = {}) => {
  const email = `new-${randomUUID()}@test.local`;
  const res = await app.admin('POST', '/api/v1/users', { name: 'Li Na', email, role: 'rep', locale: 'zh-CN', ...extra });
  return { res, email };
};
const setPassword = (token: string, password: string) => app.admin('POST', '/api/v1/password/reset', { token, password });

describe('invitations', () => {
  it('creates the user with 201 + Location and no token, and emails a one-time link in their language', async () => {
    const { res, email } = await invite();
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/v1/users/${res.body.id}`);
    expect(res.body).toMatchObject({ email, role: 'rep', active: true });
    expect(res.body.token).toBeUndefined();

    const invitation = await mail.waitFor(addressedTo(email));
    expect(invitation.subject).toBe('【账号邀请】请设置您的 Dealflow 密码');
    expect(invitation.text).toContain('Test admin 为您创建了 Dealflow 账号');
    const link = passwordLinkIn(invitation);
    const row = await app.db.passwordLink.findFirstOrThrow({ where: { userId: res.body.id } });
    expect(row.purpose).toBe('invitation');
    expect(row.tokenHash).not.toContain(link.token);
    const hours = (row.expiresAt.getTime() - row.createdAt.getTime()) / 3_600_000;
    expect(hours).toBe(72);
  });

  it('lets the link set the password once: the user then signs in with it, and the link answers 410 after', async () => {
    const { res, email } = await invite();
    const { token } = passwordLinkIn(await mail.waitFor(addressedTo(email)));
    const check = await app.admin('POST', '/api/v1/password/link', { token });
    expect(check.status).toBe(200);
    expect(check.body).toEqual({ purpose: 'invitation', email, name: 'Li Na', locale: 'zh-CN' });
    expect(await app.db.passwordLink.count({ where: { userId: res.body.id, usedAt: { not: null } } })).toBe(0);

    const short = await setPassword(token, 'short');
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([{ field: 'body.password', message: 'at least 10 characters' }]);

    expect((await setPassword(token, 'a long enough passphrase')).status).toBe(204);
    const b = browser(app.url, { address: someAddress() });
    expect((await b.signIn(email, 'a long enough passphrase')).status).toBe(200);

    const again = await setPassword(token, 'another long passphrase');
    expect(again.status).toBe(410);
    expect(again.body.type).toBe('urn:dealflow:problem:link-used');
    expect((await app.admin('POST', '/api/v1/password/link', { token })).body.type).toBe('urn:dealflow:problem:link-used');
    expect((await browser(app.url, { address: someAddress() }).signIn(email, 'another long passphrase')).status).toBe(401);
  });

  it('sends an invitation again on request; the older link stops working', async () => {
    const { res, email } = await invite({ locale: 'en' });
    const first = passwordLinkIn(await mail.waitFor(addressedTo(email)));
    const resend = await app.admin('POST', `/api/v1/users/${res.body.id}/invitation`);
    expect(resend.status).toBe(202);
    expect(resend.body.email).toBe(email);
    const second = await mail.waitFor((e) => addressedTo(email)(e) && !e.text!.includes(first.token));
    expect(second.subject).toBe('You are invited to Dealflow');
    const { token } = passwordLinkIn(second);

    const stale = await app.admin('POST', '/api/v1/password/reset', { token: first.token, password: 'a long enough passphrase' });
    expect(stale.status).toBe(410);
    expect(stale.body.type).toBe('urn:dealflow:problem:link-used');
    expect((await app.admin('POST', '/api/v1/password/reset', { token, password: 'a long enough passphrase' })).status).toBe(204);
    expect((await app.admin('POST', `/api/v1/users/${res.body.id}/invitation`)).status).toBe(409);
  });

  it('lets an admin create a user now and invite them later', async () => {
    const { res, email } = await invite({ invite: false });
    expect(res.status).toBe(201);
    await new Promise((r) => setTimeout(r, 300));
    expect(await mail.countFor(email)).toBe(0);
    expect((await app.admin('POST', `/api/v1/users/${res.body.id}/invitation`)).status).toBe(202);
    await mail.waitFor(addressedTo(email));
  });

  it('turns away an expired invitation link with 410 link-expired', async () => {
    const { res, email } = await invite({ locale: 'en' });
    const { token } = passwordLinkIn(await mail.waitFor(addressedTo(email)));
    await app.db.passwordLink.updateMany({ where: { userId: res.body.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const check = await app.admin('POST', '/api/v1/password/link', { token });
    expect(check.status).toBe(410);
    expect(check.body.type).toBe('urn:dealflow:problem:link-expired');
  });
});
