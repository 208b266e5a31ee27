import { startEmbeddedPostgres } from '../../scripts/stack/embedded-postgres';
import { freePort } from '../../scripts/stack/ports';
import { freshDatabase } from './fresh-database';

/**
 * An empty database of one test file's own, for what must not touch the shared one: a fresh
 * database on the DATABASE_URL server, else a new embedded Postgres (whose one session the
 * shared stack's connections all share, so session settings would leak between files).
 */
export async function privateDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return freshDatabase(process.env.DATABASE_URL, () => {});
  const pg = await startEmbeddedPostgres({ port: await freePort(), log: () => {} });
  return { url: pg.url, drop: pg.stop };
}
