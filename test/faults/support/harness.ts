/**
 * What the fault scenarios share: the real API (in this process) on any Temporal server, database
 * and SMTP server, a worker in-process or in a child process that can be SIGKILLed, and bounded waits.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createApp } from '../../../api/app';
import type { ApprovalTiming, CollectionTiming, FollowUpTiming, ServiceTiming, SupportPolicy, TenderTiming } from '../../../process';
import type { ApiResponse } from '../../support/http';
import { TEST_LINK_SECRET } from '../../support/link-secret';
import { testSignIn } from '../../support/sign-in-settings';
import { grantToken } from '../../support/tokens';
import { connectDb } from '../../../runtime/db';
import { createLogger } from '../../../runtime/logger';
import { createMailer } from '../../../runtime/mailer';
import { dealQuery, dealWorkflowId } from '../../../workflows/deal/messages';
import type { DealView } from '../../../state/deal';
import { bundleWorkflows, createWorker } from '../../../worker/worker';
import { type Api, apiClient } from '../../support/http';
import type { CaughtEmail } from '../../support/mailbox';

export const MAIL_FROM = 'Dealflow <dealflow@test.local>';
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;
export const workflowBundle = () => (bundle ??= bundleWorkflows());

export interface Endpoints {
  temporalAddress: string;
  databaseUrl: string;
  smtpUrl: string;
}

/** Polls `probe` until it returns something truthy; fails after `timeoutMs` saying what was awaited and the last value. */
export async function waitUntil<T>(what: string, probe: () => Promise<T | undefined | false | null>, timeoutMs: number, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (err) {
      last = (err as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms (last: ${JSON.stringify(last)?.slice(0, 500)})`);
    await sleep(everyMs);
  }
}

/** The Message-ID activities/email/send.ts derives from an outbox key (same recipe, same From domain). */
export const messageIdOf = (key: string) => `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@test.local>`;

/** Every alert a deal's follow-ups have rung, as outbox keys (see workflows/deal/alarms.ts). */
export const alertKeys = (view: DealView) =>
  view.followUps.flatMap((f) => Array.from({ length: f.alerts }, (_, i) => `${view.dealId}:followup:${f.id}:${f.round}:${i + 1}`));

/** Counts caught emails per Message-ID. */
export const countByMessageId = (emails: CaughtEmail[]) => {
  const counts = new Map<string, number>();
  for (const e of emails) counts.set(e.headers['message-id'], (counts.get(e.headers['message-id']) ?? 0) + 1);
  return counts;
};

/**
 * Outbox keys not delivered exactly once, as "key: copies". SMTP itself cannot be exactly once: a
 * worker killed after the SMTP server accepted an email and before the email's outbox row committed
 * sends it again when the activity is retried, with the same Message-ID (receivers that deduplicate
 * drop it). So a second copy is allowed, and counted in `resent`, only when its first copy was
 * caught at the moment of a kill (the catcher's clock has whole seconds); a missing email, a third
 * copy or a second copy that no kill explains is wrong.
 */
export function deliveredOnce(keys: string[], emails: CaughtEmail[], killedAt: number[]) {
  const caughtAt = new Map<string, number[]>();
  for (const e of emails) caughtAt.set(e.headers['message-id'], [...(caughtAt.get(e.headers['message-id']) ?? []), Date.parse(e.time)]);
  const cutOffByKill = (first: number) => killedAt.some((k) => first >= k - 3_000 && first <= k + 1_000);
  const wrong: string[] = [];
  const resent: string[] = [];
  for (const key of keys) {
    const times = caughtAt.get(messageIdOf(key)) ?? [];
    if (times.length === 2 && cutOffByKill(Math.min(...times))) resent.push(key);
    else if (times.length !== 1) wrong.push(`${key}: ${times.length}`);
  }
  return { wrong, resent };
}

export async function listMail(webUrl: string): Promise<CaughtEmail[]> {
  const res = await fetch(`${webUrl}/api/email`, { signal: AbortSignal.timeout(5_000) });
  if (!res.ok) throw new Error(`MailDev answered ${res.status}`);
  return (await res.json()) as CaughtEmail[];
}

/** A worker in a child process (test/faults/worker-process.ts), to be SIGKILLed. */
export async function childWorkerFactory(endpoints: Endpoints, taskQueue: string) {
  const dir = await mkdtemp(join(tmpdir(), 'dealflow-faults-'));
  const bundlePath = join(dir, 'workflows.js');
  await writeFile(bundlePath, (await workflowBundle()).code);
  const entry = fileURLToPath(new URL('../worker-process.ts', import.meta.url));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return {
    /** Spawns a worker; resolves once it polls (it prints "ready"). */
    async start(): Promise<ChildProcess> {
      const child = spawn(process.execPath, ['--import', tsx, entry], {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, ...toEnv(endpoints), TEMPORAL_TASK_QUEUE: taskQueue, WORKFLOW_BUNDLE: bundlePath, MAIL_FROM },
      });
      let output = '';
      child.stderr!.on('data', (d) => (output = (output + d).slice(-4000)));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker process not ready in 30 s:\n${output}`)), 30_000);
        child.stdout!.on('data', (d) => String(d).includes('ready') && (clearTimeout(timer), resolve()));
        child.once('exit', (code, signal) => (clearTimeout(timer), reject(new Error(`worker process exited (${signal ?? code}) before ready:\n${output}`))));
      });
      return child;
    },
  };
}

const toEnv = (e: Endpoints) => ({ TEMPORAL_ADDRESS: e.temporalAddress, DATABASE_URL: e.databaseUrl, SMTP_URL: e.smtpUrl });

export async function killHard(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

/** A child worker that the scenario SIGKILLs and restarts, remembering when it killed and how long each restart took. */
export async function killableWorker(endpoints: Endpoints, taskQueue: string) {
  const factory = await childWorkerFactory(endpoints, taskQueue);
  let worker = await factory.start();
  const killedAt: number[] = [];
  const restartMs: number[] = [];
  return {
    killedAt,
    restartMs,
    /** Kills and restarts the worker `times` times, `pauseMs()` apart. */
    async chaos(times: number, pauseMs: () => number) {
      for (let k = 0; k < times; k++) {
        await sleep(pauseMs());
        killedAt.push(Date.now());
        await killHard(worker);
        const t = Date.now();
        worker = await factory.start();
        restartMs.push(Date.now() - t);
      }
    },
    stop: () => killHard(worker),
  };
}

/** Sends commands while the worker may be dead, until each is answered below 500; keeps every 5xx for the report. */
export function patientSender() {
  const serverErrors: string[] = [];
  return {
    /** Sends until the answer is not a 5xx (a command waits on the server while no worker polls, so 5xx are rare). */
    async untilAnswered(what: string, send: () => Promise<ApiResponse>): Promise<{ res: ApiResponse; retried: boolean }> {
      for (let attempt = 0; ; attempt++) {
        const res = await send().catch((err: Error) => ({ status: 599, body: err.message, headers: new Headers() }));
        if (res.status < 500) return { res, retried: attempt > 0 };
        serverErrors.push(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        if (attempt >= 60) throw new Error(`${what}: still ${res.status} after ${attempt} attempts: ${JSON.stringify(res.body)}`);
        await sleep(1_000);
      }
    },
    report(): string {
      const status500 = serverErrors.filter((e) => / 500 /.test(e));
      return `${serverErrors.length} 5xx answers retried (${status500.length} of them 500)${status500.length ? `, e.g. ${status500.slice(0, 3).join(' | ')}` : ''}`;
    },
  };
}

/**
 * The real API in this process and, unless `worker: false`, a real worker in this process, on the
 * given endpoints and a task queue of their own. An admin is created for the setup calls.
 */
export async function startFaultApp(
  endpoints: Endpoints,
  options: {
    followUpTiming?: Partial<FollowUpTiming>;
    approvalTiming?: Partial<ApprovalTiming>;
    collectionTiming?: Partial<CollectionTiming>;
    tenderTiming?: Partial<TenderTiming>;
    serviceTiming?: Partial<ServiceTiming>;
    supportTiming?: Partial<SupportPolicy>;
    worker?: boolean;
  } = {},
) {
  const taskQueue = `faults-${randomUUID()}`;
  const db = connectDb(endpoints.databaseUrl);
  // Unhandled API errors (answered 500) are logged: a fault scenario wants to see them.
  const log = createLogger('faults', 'error');
  const mailer = createMailer(endpoints.smtpUrl);
  const mail = { transport: mailer, from: MAIL_FROM, publicUrl: 'http://dealflow.test', linkSecret: TEST_LINK_SECRET };

  let worker: { stop(): Promise<void> } | undefined;
  const startWorker = async () => {
    const {
      worker: w,
      connection,
      start,
    } = await createWorker({
      ...endpoints,
      namespace: 'default',
      taskQueue,
      db,
      mail,
      workflowBundle: await workflowBundle(),
      deployment: { name: taskQueue },
    });
    const { running, current } = start();
    await current;
    worker = {
      async stop() {
        w.shutdown();
        await running.catch(() => {});
        await connection.close().catch(() => {});
      },
    };
  };
  if (options.worker !== false) await startWorker();

  const connection = await Connection.connect({ address: endpoints.temporalAddress });
  const temporal = new Client({ connection, namespace: 'default' });
  const server = createApp({
    db,
    temporal,
    taskQueue,
    mailer,
    log,
    dealQueryTimeoutMs: 2_000,
    followUpTiming: options.followUpTiming,
    approvalTiming: options.approvalTiming,
    collectionTiming: options.collectionTiming,
    tenderTiming: options.tenderTiming,
    serviceTiming: options.serviceTiming,
    supportTiming: options.supportTiming,
    linkSecret: TEST_LINK_SECRET,
    signIn: testSignIn(mail.publicUrl, MAIL_FROM),
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const adminId = randomUUID();
  await db.user.create({ data: { id: adminId, name: 'Faults admin', email: `admin-${randomUUID()}@test.local`, role: 'admin', locale: 'en' } });
  const admin = apiClient(url, await grantToken(db, adminId));

  return {
    url,
    db,
    temporal,
    taskQueue,
    admin,
    as: (token: string): Api => apiClient(url, token),
    /** The workflow's own answer, the truth the projection must match. */
    view: (dealId: string) => temporal.workflow.getHandle(dealWorkflowId(dealId)).query(dealQuery),
    startWorker,
    stopWorker: async () => {
      await worker?.stop();
      worker = undefined;
    },
    async stop() {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
      await worker?.stop();
      await connection.close().catch(() => {});
      mailer.close();
      await db.$disconnect();
    },
  };
}

export type FaultApp = Awaited<ReturnType<typeof startFaultApp>>;

export { makeAccount, makeUser } from '../../support/fixtures';

/** Differences between the Deal row and the workflow's query, or [] when the projection has caught up. */
export async function projectionDrift(app: FaultApp, dealId: string): Promise<string[]> {
  const [view, row, entries] = await Promise.all([
    app.view(dealId),
    app.db.deal.findUnique({ where: { id: dealId } }),
    app.db.timelineEvent.count({ where: { dealId } }),
  ]);
  if (!row) return [`${dealId}: no Deal row (workflow at version ${view.version})`];
  const drift: string[] = [];
  for (const key of ['stage', 'status', 'version'] as const) if (row[key] !== view[key]) drift.push(`${dealId}: ${key} row=${row[key]} workflow=${view[key]}`);
  if (entries !== view.version) drift.push(`${dealId}: ${entries} timeline rows, workflow version ${view.version}`);
  return drift;
}

/** A seeded random source, so a failing run can be replayed with FAULTS_SEED=<seed>. */
export function seededRandom(label: string) {
  const seed = Number(process.env.FAULTS_SEED ?? Date.now() % 1_000_000);
  console.log(`[${label}] FAULTS_SEED=${seed}`);
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, between: (min: number, max: number) => min + next() * (max - min) };
}
