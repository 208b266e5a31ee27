/** PostgreSQL 17 without a system install: PGlite (WASM) in a child process, served over TCP. */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { spawnManaged } from './child-process';
import type { Log } from './log';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 15_000;
const ENTRY = fileURLToPath(new URL('./postgres-process.ts', import.meta.url));
/** The child runs TypeScript through tsx's loader, like the rest of the project. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export async function startEmbeddedPostgres(options: { dataDir?: string; port: number; database?: string; log: Log }): Promise<EmbeddedPostgres> {
  const { port, database = 'dealflow', log } = options;
  const dataDir = options.dataDir && resolve(options.dataDir);
  const url = `postgresql://postgres@${HOST}:${port}/${database}`;
  const started = Date.now();
  const args = ['--import', TSX_LOADER, ENTRY, JSON.stringify({ dataDir, port, database })];
  const child = spawnManaged({ name: 'postgres', command: process.execPath, args, log, forwardStderr: true, stopGraceMs: STOP_GRACE_MS });
  await child.waitUntilReady(async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
    } finally {
      await client.end().catch(() => {});
    }
  }, START_TIMEOUT_MS);
  log(`postgres: PGlite (PostgreSQL 17, ${dataDir ?? 'in-memory'}) serving ${url} in ${Date.now() - started} ms`);

  return {
    url,
    async stop() {
      await child.stop();
      log(`postgres: embedded Postgres on ${HOST}:${port} stopped`);
    },
  };
}
