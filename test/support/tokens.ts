import { issueApiToken } from '../../api/auth/api-tokens';
import type { Db } from '../../runtime/db';

/** A personal API token for a test user, made straight in the database: most tests are not about signing in. */
export async function grantToken(db: Db, userId: string): Promise<string> {
  return (await issueApiToken(db, userId, 'test', new Date(Date.now() + 86_400_000))).token;
}
