/**
 * The deal worker in a process of its own, so that its RSS is its own. It is `createWorker`
 * (worker/worker.ts) plus the tuning options the bench passes in BENCH_WORKER.
 */
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities } from '../activities';
import { connectDb } from '../runtime/db';
import { createMailer } from '../runtime/mailer';
import { bundleWorkflows } from '../worker/worker';

export interface WorkerProcessConfig {
  temporalAddress: string;
  taskQueue: string;
  databaseUrl: string;
  smtpUrl: string;
  /** Prisma pool size; runWorker uses the default, 5. */
  dbPool: number;
  tuning: Partial<Pick<WorkerOptions, 'maxCachedWorkflows' | 'maxConcurrentWorkflowTaskExecutions' | 'maxConcurrentActivityTaskExecutions' | 'workflowTaskPollerBehavior' | 'activityTaskPollerBehavior' | 'stickyQueueScheduleToStartTimeout' | 'nonStickyToStickyPollRatio'>>;
}

const cfg = JSON.parse(process.env.BENCH_WORKER ?? '{}') as WorkerProcessConfig;
const db = connectDb(cfg.databaseUrl, cfg.dbPool);
const transport = createMailer(cfg.smtpUrl);
const connection = await NativeConnection.connect({ address: cfg.temporalAddress });
const worker = await Worker.create({
  connection,
  namespace: 'default',
  taskQueue: cfg.taskQueue,
  workflowBundle: await bundleWorkflows(),
  activities: createActivities({ db, mail: { transport, from: 'Dealflow <dealflow@bench.local>', publicUrl: 'http://dealflow.bench', linkSecret: 'bench-link-secret-bench-link-secret-0000' } }),
  ...cfg.tuning,
});
const running = worker.run();
process.send!({ type: 'ready' });
const stop = () => worker.getState() === 'RUNNING' && worker.shutdown();
process.on('message', (m) => m === 'stop' && stop());
process.on('disconnect', stop); // the bench died: do not linger
await running;
await connection.close();
transport.close();
await db.$disconnect();
process.exit(0);
