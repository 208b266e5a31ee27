// The sign-in migration keeps every existing integration working: each user's token becomes a
// personal API token. Run in a database of its own, so the shared test database is untouched.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { privateDatabase } from '../support/private-database';

const migrationsDir = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
const SIGN_IN = '20261201100000_sign_in';

describe('the sign-in migration', () => {
  it('moves each user’s token hash into ApiToken, valid a year, and drops User.tokenHash', async () => {
    const database = await privateDatabase();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const names = (await readdir(migrationsDir, { withFileTypes: true }))
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
      const run = async (name: string) => client.query(await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8'));
      for (const name of names.filter((n) => n < SIGN_IN)) await run(name);
      await client.query(
        `INSERT INTO "User" ("id", "name", "email", "role", "tokenHash") VALUES (gen_random_uuid(), 'Integration', 'erp@test.local', 'rep', 'a1b2c3')`,
      );

      await run(SIGN_IN);

      const { rows } = await client.query(
        `SELECT u."email", t."tokenHash", t."revokedAt", t."expiresAt" - now() > interval '364 days' AS "aYear" FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"`,
      );
      expect(rows).toEqual([{ email: 'erp@test.local', tokenHash: 'a1b2c3', revokedAt: null, aYear: true }]);
      const columns = await client.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'User'`);
      expect(columns.rows.map((c) => c.column_name)).toContain('passwordHash');
      expect(columns.rows.map((c) => c.column_name)).not.toContain('tokenHash');
    } finally {
      await client.end();
      await database.drop();
    }
  });
});
