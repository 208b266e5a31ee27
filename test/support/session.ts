import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../api/auth/password';
import type { TestApp } from './app';
import type { Api } from './http';
import { makeUser } from './fixtures';

/**
 * A browser, as far as the API can tell: it keeps the session cookie the API sets, and sends it
 * with an Origin header (its own origin unless `origin` says otherwise), as browsers do on writes.
 */
export function browser(baseUrl: string, options: { origin?: string | null; address?: string } = {}) {
  let cookie: string | undefined;
  const origin = options.origin === undefined ? baseUrl : options.origin;
  const call: Api = async (method, path, body, headers = {}) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(origin ? { origin } : {}),
        ...(options.address ? { 'x-forwarded-for': options.address } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = /Expires=Thu, 01 Jan 1970/.test(set) ? undefined : set.split(';')[0];
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (res.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : text };
  };
  return Object.assign(call, {
    signIn: (email: string, password: string) => call('POST', '/api/v1/session', { email, password }),
    /** The Cookie header it sends, e.g. to replay it from elsewhere. */
    cookie: () => cookie,
  });
}

export type Browser = ReturnType<typeof browser>;

/** A user with a password set straight in the database (not what the test is about), and a bearer client. */
export async function userWithPassword(app: TestApp, role = 'rep', extra: Record<string, unknown> = {}) {
  const user = await makeUser(app, role, extra);
  const password = `pw-${randomUUID()}`;
  await app.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return { ...user, password };
}

/** A fresh client address, so one test's failed sign-ins never lock out another's. */
export const someAddress = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;
