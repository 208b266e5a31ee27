// The Prisma CLI, run through scripts/prisma/cli.ts, really migrates a database: with the
// native schema engine where it is installed, with the WASM stand-in where it is not.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { prisma } from '../../scripts/prisma/cli';
import { startEmbeddedPostgres } from '../../scripts/stack/embedded-postgres';
import { freePort } from '../../scripts/stack/ports';
import { freshDatabase } from '../support/fresh-database';

const root = fileURLToPath(new URL('../..', import.meta.url));
const migrationsDir = path.join(root, 'prisma/migrations');

/** What _prisma_migrations must hold once every committed migration is applied. */
async function committedMigrations() {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      migration_name: name,
      checksum: createHash('sha256')
        .update(await readFile(path.join(migrationsDir, name, 'migration.sql')))
        .digest('hex'),
      finished: true,
      rolled_back: false,
    })),
  );
}

describe('prisma migrate through scripts/prisma/cli.ts', () => {
  it('applies the committed migrations to an empty database, then reports it up to date', async () => {
    // An empty database: a fresh one on the DATABASE_URL server, else a new embedded Postgres.
    const database = process.env.DATABASE_URL
      ? await freshDatabase(process.env.DATABASE_URL, () => {})
      : await startEmbeddedPostgres({ port: await freePort(), log: () => {} }).then((pg) => ({ url: pg.url, drop: pg.stop }));
    try {
      const run = { cwd: root, env: { ...process.env, DATABASE_URL: database.url } };
      await prisma(['migrate', 'deploy'], run);

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const tables = await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`);
        expect(tables.rows.map((row) => row.name)).toEqual(
          expect.arrayContaining(['User', 'Account', 'Contact', 'Deal', 'TimelineEvent', '_prisma_migrations']),
        );
        const applied = await client.query(
          `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
             FROM _prisma_migrations ORDER BY migration_name`,
        );
        expect(applied.rows).toEqual(await committedMigrations());
      } finally {
        await client.end();
      }

      // Exits non-zero, so rejects, if any migration is not applied.
      await prisma(['migrate', 'status'], run);
    } finally {
      await database.drop();
    }
  }, 60_000);
});
