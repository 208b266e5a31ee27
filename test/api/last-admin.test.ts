import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../scripts/prisma/cli';
import { type TestApp, startTestApp } from '../support/app';
import { makeUser } from '../support/fixtures';
import { privateDatabase } from '../support/private-database';

// Every test file has an admin in the shared database; this one needs a world where its admin is
// the only one, so it runs on a database of its own.
let app: TestApp;
let database: Awaited<ReturnType<typeof privateDatabase>>;
beforeAll(async () => {
  database = await privateDatabase();
  await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: database.url } });
  app = await startTestApp({ databaseUrl: database.url });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe('the last active admin', () => {
  it('cannot be demoted or deactivated: 409 problem+json', async () => {
    for (const change of [{ role: 'executive' }, { active: false }]) {
      const res = await app.admin('PATCH', `/api/v1/users/${app.adminId}`, change);
      expect(res.status, JSON.stringify(change)).toBe(409);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(res.body).toMatchObject({ type: 'urn:dealflow:problem:last-admin', detail: 'this is the last active admin; make someone else an admin first' });
    }
    expect(await app.db.user.findUniqueOrThrow({ where: { id: app.adminId }, select: { role: true, active: true } })).toEqual({ role: 'admin', active: true });
  });

  it('may step down once another active admin exists, who then is the last', async () => {
    const second = await makeUser(app, 'admin');
    expect((await app.admin('PATCH', `/api/v1/users/${app.adminId}`, { role: 'executive' })).status).toBe(200);
    expect((await second.api('PATCH', `/api/v1/users/${second.id}`, { active: false })).status).toBe(409);
    expect((await second.api('PATCH', `/api/v1/users/${app.adminId}`, { role: 'admin' })).status).toBe(200);
    expect((await second.api('PATCH', `/api/v1/users/${second.id}`, { active: false })).status).toBe(200);
  });

  it('still lets an admin change the last admin’s other fields', async () => {
    expect((await app.admin('PATCH', `/api/v1/users/${app.adminId}`, { name: 'Still the admin', role: 'admin' })).status).toBe(200);
  });
});
