import { randomUUID } from 'node:crypto';
import type { Db } from '../../runtime/db';
import { MAX_TOKEN_DAYS } from './api-tokens';
import { hashPassword } from './password';
import { hashToken } from './tokens';

const BOOTSTRAP_TOKEN_NAME = 'DEALFLOW_ADMIN_TOKEN';

/**
 * Makes sure the first admin exists and is an active admin. DEALFLOW_ADMIN_PASSWORD becomes their
 * password while they have none, so a password they chose survives restarts. DEALFLOW_ADMIN_TOKEN
 * becomes one of their personal API tokens, renewed to the longest lifetime at every start.
 */
export async function bootstrapAdmin(db: Db, opts: { email: string; password?: string; token?: string }): Promise<void> {
  const admin = await db.user.upsert({
    where: { email: opts.email },
    create: { id: randomUUID(), name: 'Administrator', email: opts.email, role: 'admin', locale: 'en' },
    update: { role: 'admin', active: true },
    select: { id: true, passwordHash: true },
  });
  if (opts.password && !admin.passwordHash) await db.user.update({ where: { id: admin.id }, data: { passwordHash: await hashPassword(opts.password) } });
  if (opts.token) {
    const tokenHash = hashToken(opts.token);
    const expiresAt = new Date(Date.now() + MAX_TOKEN_DAYS * 86_400_000);
    await db.apiToken.upsert({
      where: { tokenHash },
      create: { id: randomUUID(), userId: admin.id, name: BOOTSTRAP_TOKEN_NAME, tokenHash, expiresAt },
      update: { userId: admin.id, expiresAt, revokedAt: null },
    });
  }
}
