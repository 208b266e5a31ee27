import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { inject } from 'vitest';
import { createApp } from '../../api/app';
import type { ApprovalTiming, CollectionTiming, FollowUpTiming, ServiceTiming, SupportPolicy, TenderTiming } from '../../process';
import { TEST_LINK_SECRET } from './link-secret';
import type { SignInSettings } from '../../api/auth/settings';
import { testSignIn } from './sign-in-settings';
import { grantToken } from './tokens';
import { createMailer } from '../../runtime/mailer';
import { connectDb } from '../../runtime/db';
import { createLogger } from '../../runtime/logger';
import { bundleWorkflows, createWorker } from '../../worker/worker';
import { type Api, apiClient } from './http';
import type { Activities } from '../../activities';

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/**
 * The real API and a real worker, in this test process, on the run's Temporal server and
 * database. Each test file gets its own task queue, so files never share workers.
 */
export async function startTestApp(
  options: {
    followUpTiming?: Partial<FollowUpTiming>;
    approvalTiming?: Partial<ApprovalTiming>;
    collectionTiming?: Partial<CollectionTiming>;
    tenderTiming?: Partial<TenderTiming>;
    serviceTiming?: Partial<ServiceTiming>;
    supportTiming?: Partial<SupportPolicy>;
    /** Shorter sessions or another throttle, for the sign-in tests. */
    signIn?: Partial<SignInSettings>;
    /** A migrated database of the file's own, for a test that needs a world nobody else writes to. */
    databaseUrl?: string;
    /** The worker's activities, from the real ones; a test may hold one to stage a race. */
    activities?: (real: Activities) => Activities;
  } = {},
) {
  const stack = inject('stack');
  const taskQueue = `test-${randomUUID()}`;
  const db = connectDb(options.databaseUrl ?? stack.databaseUrl);
  const log = createLogger('test', 'warn');
  bundle ??= bundleWorkflows();
  const workflowBundle = await bundle;

  const mailer = createMailer(stack.smtpUrl);
  const mail = { transport: mailer, from: 'Dealflow <dealflow@test.local>', publicUrl: 'http://dealflow.test', linkSecret: TEST_LINK_SECRET };
  const startWorker = async () => {
    const { worker, connection, start } = await createWorker({
      temporalAddress: stack.temporalAddress,
      namespace: 'default',
      taskQueue,
      db,
      mail,
      workflowBundle,
      activities: options.activities,
      // A deployment per file: its versions see one task queue, and no file's build becomes another's current.
      deployment: { name: taskQueue },
    });
    const { running, current } = start();
    await current;
    return {
      async stop() {
        worker.shutdown();
        await running;
        await connection.close();
      },
    };
  };
  let worker = await startWorker();

  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new Client({ connection, namespace: 'default' });
  const signIn = { ...testSignIn(mail.publicUrl, mail.from), ...options.signIn };
  // Loopback is trusted as a proxy, so a test can speak for another client address with X-Forwarded-For.
  const server = createApp({
    db,
    temporal,
    taskQueue,
    mailer,
    log,
    dealQueryTimeoutMs: 1_000,
    followUpTiming: options.followUpTiming,
    approvalTiming: options.approvalTiming,
    collectionTiming: options.collectionTiming,
    tenderTiming: options.tenderTiming,
    serviceTiming: options.serviceTiming,
    supportTiming: options.supportTiming,
    linkSecret: TEST_LINK_SECRET,
    signIn,
    trustProxy: 'loopback',
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const adminId = randomUUID();
  await db.user.create({ data: { id: adminId, name: 'Test admin', email: `admin-${randomUUID()}@test.local`, role: 'admin', locale: 'en' } });
  const admin = apiClient(url, await grantToken(db, adminId));

  return {
    url,
    db,
    mail,
    temporal,
    taskQueue,
    signIn,
    adminId,
    admin,
    as: (token: string): Api => apiClient(url, token),
    /** Stops the worker, runs `meanwhile` with no worker polling, and starts a new one. */
    async withWorkerDown<T>(meanwhile: () => Promise<T>): Promise<T> {
      await worker.stop();
      const result = await meanwhile();
      worker = await startWorker();
      return result;
    },
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await worker.stop();
      await connection.close();
      mailer.close();
      await db.$disconnect();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
