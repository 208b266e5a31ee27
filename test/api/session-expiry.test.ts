import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { browser, someAddress, userWithPassword } from '../support/session';

// Seconds instead of 12 hours and 7 days: the same rules, through createApp's sign-in settings.
const IDLE_MS = 2_000;
const MAX_MS = 5_000;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ signIn: { sessionIdleMs: IDLE_MS, sessionMaxMs: MAX_MS } });
});
afterAll(() => app?.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function signedIn() {
  const rep = await userWithPassword(app);
  const b = browser(app.url, { address: someAddress() });
  expect((await b.signIn(rep.email, rep.password)).status).toBe(200);
  return { b, session: await app.db.session.findFirstOrThrow({ where: { userId: rep.id } }) };
}

describe('session expiry', () => {
  it('ends a session left idle longer than the idle expiry', async () => {
    const { b } = await signedIn();
    expect((await b('GET', '/api/v1/session')).status).toBe(200);
    await sleep(IDLE_MS + 300);
    expect((await b('GET', '/api/v1/session')).status).toBe(401);
  });

  it('slides the idle expiry while the session is used, but never past the absolute expiry', async () => {
    const { b, session } = await signedIn();
    const started = Date.now();
    while (Date.now() - started < MAX_MS - 1_000) {
      await sleep(IDLE_MS / 2);
      expect((await b('GET', '/api/v1/session')).status, `${Date.now() - started} ms after sign-in`).toBe(200);
    }
    await sleep(MAX_MS - (Date.now() - started) + 300);
    expect((await b('GET', '/api/v1/session')).status).toBe(401);
    const row = await app.db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(MAX_MS);
  });
});
