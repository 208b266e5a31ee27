/** Runs `temporal server start-dev` and waits until its frontend serves the namespace. */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import { spawnManaged } from './child-process';
import type { Log } from './log';

export type SearchAttributeType = 'Keyword' | 'Text' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList';

export interface TemporalDevServerOptions {
  cliPath: string;
  port: number;
  uiPort: number;
  /** SQLite file for persistence; in-memory when absent. */
  dbFile?: string;
  namespace?: string;
  searchAttributes?: Record<string, SearchAttributeType>;
  log: Log;
}

export interface TemporalDevServer {
  address: string;
  uiUrl: string;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';

/**
 * Worker Versioning as the workers use it (README, Upgrading the code): a pinned workflow learns
 * that a new build is current, so it continues as new onto it; and a deployment for every test
 * file's task queue fits. docker-compose.yml sets the same values.
 */
export const workerVersioningConfig = {
  'system.enableSendTargetVersionChanged': true,
  'system.enableSuggestCaNOnNewTargetVersion': true,
  'matching.maxDeployments': 10_000,
};
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;

export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<TemporalDevServer> {
  const { cliPath, port, uiPort, namespace = 'default', searchAttributes = {}, log } = options;
  const dbFile = options.dbFile && resolve(options.dbFile);
  const address = `${HOST}:${port}`;
  const uiUrl = `http://${HOST}:${uiPort}`;
  const args = ['server', 'start-dev', '--ip', HOST, '--port', String(port), '--ui-port', String(uiPort)];
  args.push('--namespace', namespace, '--log-level', 'error', '--ui-disable-news-fetch');
  for (const [key, value] of Object.entries(workerVersioningConfig)) args.push('--dynamic-config-value', `${key}=${value}`);
  if (dbFile) {
    await mkdir(dirname(dbFile), { recursive: true });
    // SQLite's default rollback journal fsyncs several times per write; right after a restart the
    // burst of due timers then outlasts the server's persistence deadline, and a workflow task whose
    // completion failed to persist waits out its 10 s timeout. A write-ahead log keeps every commit
    // across process crashes and restarts (an OS crash may lose the last few).
    args.push('--db-filename', dbFile, '--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal');
  }
  for (const [name, type] of Object.entries(searchAttributes)) args.push('--search-attribute', `${name}=${type}`);

  const started = Date.now();
  const server = spawnManaged({ name: 'temporal', command: cliPath, args, log, forwardStderr: true, stopGraceMs: STOP_GRACE_MS });
  await server.waitUntilReady(async () => {
    const connection = await Connection.connect({ address, connectTimeout: 1_000 });
    try {
      await connection.workflowService.describeNamespace({ namespace });
    } finally {
      await connection.close();
    }
  }, START_TIMEOUT_MS);
  const storage = dbFile ? `SQLite ${dbFile}` : 'in-memory';
  log(`temporal: dev server ready on ${address} (namespace ${namespace}, ${storage}, UI ${uiUrl}) in ${Date.now() - started} ms`);

  return {
    address,
    uiUrl,
    async stop() {
      await server.stop();
      log(`temporal: dev server on ${address} stopped`);
    },
  };
}
