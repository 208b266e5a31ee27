import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertNotLastAdmin } from '../../api/auth/last-admin';
import { type TestApp, startTestApp } from '../support/app';
import { makeUser } from '../support/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('the last active admin', () => {
  it('may be demoted or deactivated while another active admin remains', async () => {
    const second = await makeUser(app, 'admin');
    expect((await app.admin('PATCH', `/api/v1/users/${second.id}`, { role: 'executive' })).status).toBe(200);
    const third = await makeUser(app, 'admin');
    expect((await third.api('PATCH', `/api/v1/users/${third.id}`, { active: false })).status).toBe(200);
  });

  // Test files share one database, and each has its admin: the world with a single active admin
  // is made inside a transaction that rolls back, so no other file ever sees it.
  it('is refused with 409 last-admin when no other active admin remains', async () => {
    const attempt = app.db.$transaction(async (tx) => {
      await tx.user.updateMany({ where: { role: 'admin', active: true, id: { not: app.adminId } }, data: { active: false } });
      await assertNotLastAdmin(tx, app.adminId);
    });
    await expect(attempt).rejects.toMatchObject({ status: 409, code: 'last-admin' });
    expect(await app.db.user.count({ where: { role: 'admin', active: true } })).toBeGreaterThan(1);
  });
});
