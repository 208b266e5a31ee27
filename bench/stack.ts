/**
 * Everything the bench runs against: the stack (a Temporal dev server and embedded Postgres, or
 * TEMPORAL_ADDRESS / DATABASE_URL), the bench's own SMTP sink, the worker in a child process and
 * the real API in this process, plus a rep who owns every deal, an account and a contact.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { createApp } from '../api/app';
import { connectDb } from '../runtime/db';
import { createLogger } from '../runtime/logger';
import { createMailer } from '../runtime/mailer';
import { prisma } from '../scripts/prisma/cli';
import { startStack } from '../scripts/stack';
import { freePort } from '../scripts/stack/ports';
import { freshDatabase } from '../test/support/fresh-database';
import { testSignIn } from '../test/support/sign-in-settings';
import { grantToken } from '../test/support/tokens';
import type { WorkerProcessConfig } from './worker-process';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** A TypeScript module of bench/ as a child process, with an IPC channel; resolves on its first message of `type`. */
function forkTs(file: string, env: NodeJS.ProcessEnv, type: string, nodeFlags: string[] = []): Promise<{ child: ChildProcess; first: any }> {
  const child = fork(here(file), [], {
    execArgv: ['--import', 'tsx', ...nodeFlags],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const onMessage = (m: any) => {
      if (m?.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve({ child, first: m });
    };
    const onExit = (code: number | null) => reject(new Error(`${file} exited (${code}) before it was ready`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.send('stop');
  });

/** Resident and peak resident set of a process, from /proc (Linux). */
export function rssOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: Math.round(kib('VmRSS') / 1024), peakMiB: Math.round(kib('VmHWM') / 1024) };
}

export interface Receipt {
  id: string | null;
  at: number;
}

export interface BenchOptions {
  workerTuning: WorkerProcessConfig['tuning'];
  workerDbPool: number;
  apiDbPool: number;
  /** --max-old-space-size for the worker process (and its workflow thread), MiB; Node's default when undefined. */
  workerHeapMiB?: number;
}

export async function startBench(opts: BenchOptions) {
  const log = (line: string) => console.log(`[bench] ${line}`);
  const cleanups: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const c of cleanups.reverse()) await c().catch((err: Error) => log(`cleanup: ${err.message}`));
  };
  try {
    const receipts: Receipt[] = [];
    const sink = await forkTs('smtp-sink.ts', {}, 'listening');
    sink.child.on('message', (m: any) => m?.type === 'mail' && receipts.push({ id: m.id, at: m.at }));
    cleanups.push(() => stopChild(sink.child));
    const smtpUrl = `smtp://127.0.0.1:${sink.first.port}`;

    const ports = { temporal: await freePort(), temporalUi: await freePort(), postgres: await freePort(), smtp: await freePort(), mailWeb: await freePort() };
    const stack = await startStack({
      ports,
      env: { TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS, DATABASE_URL: process.env.DATABASE_URL, SMTP_URL: smtpUrl },
      log,
    });
    cleanups.push(() => stack.stop());
    const database = process.env.DATABASE_URL ? await freshDatabase(stack.databaseUrl, log) : { url: stack.databaseUrl, drop: async () => {} };
    cleanups.push(() => database.drop());
    await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: database.url } });

    const taskQueue = `bench-${randomUUID().slice(0, 8)}`;
    const workerConfig: WorkerProcessConfig = {
      temporalAddress: stack.temporalAddress,
      taskQueue,
      databaseUrl: database.url,
      smtpUrl,
      dbPool: opts.workerDbPool,
      tuning: opts.workerTuning,
    };
    const worker = await forkTs(
      'worker-process.ts',
      { BENCH_WORKER: JSON.stringify(workerConfig) },
      'ready',
      opts.workerHeapMiB ? [`--max-old-space-size=${opts.workerHeapMiB}`] : [],
    );
    cleanups.push(() => stopChild(worker.child));

    const db = connectDb(database.url, opts.apiDbPool);
    cleanups.push(() => db.$disconnect());
    const connection = await Connection.connect({ address: stack.temporalAddress });
    cleanups.push(() => connection.close());
    const temporal = new Client({ connection, namespace: 'default' });
    const mailer = createMailer(smtpUrl);
    cleanups.push(async () => mailer.close());
    const server = createApp({
      db,
      temporal,
      taskQueue,
      mailer,
      log: createLogger('bench-api', 'warn'),
      linkSecret: 'bench-link-secret-bench-link-secret-0000',
      signIn: testSignIn('http://dealflow.bench', 'Dealflow <dealflow@bench.local>'),
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    /** JSON over HTTP, failing on any status but `expect`. */
    const call = async (token: string, method: string, path: string, body?: unknown, expect = 200) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status !== expect) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`);
      return JSON.parse(text);
    };

    const adminId = randomUUID();
    await db.user.create({ data: { id: adminId, name: 'Bench admin', email: 'admin@bench.local', role: 'admin', locale: 'en' } });
    const adminToken = await grantToken(db, adminId);
    const created = await call(
      adminToken,
      'POST',
      '/api/v1/users',
      { name: 'Bench rep', email: 'rep@bench.local', role: 'rep', locale: 'en', invite: false },
      201,
    );
    const rep = { ...created, token: await grantToken(db, created.id) };
    const account = await call(adminToken, 'POST', '/api/v1/accounts', { name: 'Bench Manufacturing', industry: 'Manufacturing' }, 201);
    const contact = await call(
      adminToken,
      'POST',
      '/api/v1/contacts',
      { accountId: account.id, name: 'Wang Lei', title: 'CFO', email: 'wang@bench.local' },
      201,
    );
    const dbKind = process.env.DATABASE_URL
      ? `PostgreSQL ${(await db.$queryRaw<Array<{ v: string }>>`SELECT current_setting('server_version') AS v`.then((r) => r[0].v)).split(' ')[0]} (DATABASE_URL)`
      : 'embedded PGlite 0.4 (PostgreSQL 17, one session)';
    log(`ready: API ${baseUrl}, task queue ${taskQueue}, worker pid ${worker.child.pid}, database ${dbKind}`);

    return {
      db,
      temporal,
      taskQueue,
      dbKind,
      receipts,
      rep: { id: rep.id as string, token: rep.token as string },
      accountId: account.id as string,
      contactId: contact.id as string,
      /** As the rep, who owns every deal. */
      api: (method: string, path: string, body?: unknown, expect = 200) => call(rep.token, method, path, body, expect),
      workerRss: () => rssOf(worker.child.pid!),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

export type Bench = Awaited<ReturnType<typeof startBench>>;
