/**
 * Child-process entry of the embedded Postgres: PGlite plus its TCP server, with an event loop of
 * its own (PGlite runs SQL synchronously; initdb alone blocks for seconds).
 *   node --import tsx scripts/stack/postgres-process.ts '{"dataDir":..., "port":..., "database":...}'
 * Stops, closing PGlite (which flushes to disk), on SIGTERM or when its parent goes away (stdin EOF).
 * SIGINT is ignored so that Ctrl-C in a terminal leaves the shutdown order to the parent.
 */
import { PGlite } from '@electric-sql/pglite';
import { servePGlite } from './pglite-wire-server';

const { dataDir, port, database } = JSON.parse(process.argv[2] ?? '{}') as { dataDir?: string; port: number; database: string };
const log = (message: string) => process.stderr.write(`${message}\n`);

/**
 * PGlite boots straight into one database and ignores the name a client asks for, so the
 * requested database is created first and PGlite is reopened on it: current_database() then
 * matches the URL. In memory, the freshly initialised cluster is carried over as a tarball.
 */
async function openDatabase(): Promise<PGlite> {
  const bootstrap = await PGlite.create(dataDir ? { dataDir } : {});
  if (database === 'postgres') return bootstrap;
  const { rows } = await bootstrap.query('select 1 from pg_database where datname = $1', [database]);
  if (rows.length === 0) await bootstrap.exec(`create database "${database.replaceAll('"', '""')}"`);
  const snapshot = dataDir ? undefined : await bootstrap.dumpDataDir('none');
  await bootstrap.close();
  return PGlite.create({ dataDir, loadDataDir: snapshot, database });
}

const db = await openDatabase();
const server = await servePGlite({ db, host: '127.0.0.1', port, log });

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  await db.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => {});
process.stdin.on('end', () => void shutdown());
process.stdin.resume();
