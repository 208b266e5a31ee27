import { randomUUID } from 'node:crypto';
import type { Db } from '../../runtime/db';
import { hashToken } from './tokens';

/** Makes DEALFLOW_ADMIN_TOKEN the token of the first admin, creating that admin when needed. */
export async function bootstrapAdmin(db: Db, token: string, email: string): Promise<void> {
  await db.user.upsert({
    where: { email },
    create: { id: randomUUID(), name: 'Administrator', email, role: 'admin', tokenHash: hashToken(token), locale: 'en' },
    update: { tokenHash: hashToken(token), role: 'admin', active: true },
  });
}
