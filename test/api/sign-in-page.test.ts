import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { addressedTo, mailbox } from '../support/mailbox';
import { someAddress, userWithPassword } from '../support/session';

let app: TestApp;
const mail = mailbox(inject('stack').mailWebUrl!);
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

/** The form's POST as a browser sends it from our page: form-encoded, with its Origin, not following the redirect. */
async function submit(fields: Record<string, string>, headers: Record<string, string> = {}, address = someAddress()) {
  const res = await fetch(`${app.url}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url, 'x-forwarded-for': address, ...headers },
    body: new URLSearchParams(fields),
  });
  return {
    status: res.status,
    location: res.headers.get('location'),
    cookie: res.headers.get('set-cookie'),
    retryAfter: res.headers.get('retry-after'),
    html: await res.text(),
  };
}

describe('the sign-in page', () => {
  it('shows a plain form in both languages, keeping a same-site next and dropping another', async () => {
    const res = await fetch(`${app.url}/sign-in?next=${encodeURIComponent('/deals/x?tab=1')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/sign-in">');
    expect(html).toContain('邮箱 / Email');
    expect(html).toContain('密码 / Password');
    expect(html).toContain('name="next" value="/deals/x?tab=1"');
    expect(html).not.toContain('<script');
    expect(await (await fetch(`${app.url}/sign-in?next=${encodeURIComponent('https://evil.example/')}`)).text()).not.toContain('name="next"');
  });

  it('signs in: sets the session cookie and sends the browser on to next', async () => {
    const rep = await userWithPassword(app);
    const next = `/deals/${randomUUID()}`;
    const res = await submit({ email: rep.email.toUpperCase(), password: rep.password, next });
    expect(res.status).toBe(303);
    expect(res.location).toBe(next);
    expect(res.cookie).toMatch(/^dealflow_session=dfs_[^;]+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    const me = await fetch(`${app.url}/api/v1/session`, { headers: { cookie: res.cookie!.split(';')[0] } });
    expect(me.status).toBe(200);
    expect((await me.json()).id).toBe(rep.id);
  });

  it('goes home instead of to a next that leaves the site', async () => {
    const rep = await userWithPassword(app);
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/\t/evil.example', 'deals/1']) {
      const res = await submit({ email: rep.email, password: rep.password, next });
      expect(`${JSON.stringify(next)} → ${res.status} ${res.location}`).toBe(`${JSON.stringify(next)} → 303 /`);
    }
  });

  it('shows the form again after a wrong password: 401, the email kept, the password not, no cookie', async () => {
    const rep = await userWithPassword(app);
    const res = await submit({ email: rep.email, password: 'wrong-password-here', next: '/receivables' });
    expect(res.status).toBe(401);
    expect(res.cookie).toBeNull();
    expect(res.html).toContain('邮箱或密码错误。 / Email or password is wrong.');
    expect(res.html).toContain(`value="${rep.email}"`);
    expect(res.html).not.toContain('wrong-password-here');
    expect(res.html).toContain('name="next" value="/receivables"');
    const unknown = await submit({ email: `nobody-${randomUUID()}@test.local`, password: 'wrong-password-here' });
    expect(unknown.status).toBe(401);
    expect(unknown.html).toContain('Email or password is wrong.');
    expect((await submit({ email: rep.email, password: '' })).status).toBe(400);
  });

  it('refuses a sign-in posted from another site, even with the right password', async () => {
    const rep = await userWithPassword(app);
    const crossSite: Array<Record<string, string>> = [{ origin: 'https://evil.example' }, { origin: 'null' }, { origin: '', 'sec-fetch-site': 'cross-site' }];
    for (const headers of crossSite) {
      const res = await submit({ email: rep.email, password: rep.password }, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.cookie).toBeNull();
      expect(res.html).toContain('Sign in from Dealflow’s own sign-in page.');
    }
    // Our own page under Referrer-Policy: no-referrer sends Origin: null, and Sec-Fetch-Site says where it came from.
    expect((await submit({ email: rep.email, password: rep.password }, { origin: 'null', 'sec-fetch-site': 'same-origin' })).status).toBe(303);
  });

  it('locks out after 5 failures with 429 and Retry-After, as the API does, and tells the owner', async () => {
    const rep = await userWithPassword(app);
    for (let i = 1; i <= 5; i++) expect((await submit({ email: rep.email, password: `wrong-${i}` })).status, `failure ${i}`).toBe(401);
    const locked = await submit({ email: rep.email, password: rep.password });
    expect(locked.status).toBe(429);
    expect(locked.cookie).toBeNull();
    expect(Number(locked.retryAfter)).toBeGreaterThan(14 * 60);
    expect(locked.html).toContain('登录失败次数过多，请 15 分钟后重试。');
    expect(locked.html).toContain(`value="${rep.email}"`);
    expect((await mail.waitFor(addressedTo(rep.email))).subject).toBe('Sign-in to your Dealflow account is paused');
    const api = await fetch(`${app.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': someAddress() },
      body: JSON.stringify({ email: rep.email, password: rep.password }),
    });
    expect(api.status).toBe(429);
  });
});
