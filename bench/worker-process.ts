/**
 * The deal worker in a process of its own, so that its RSS is its own: the production worker
 * (worker/worker.ts) with the tuning the bench passes in BENCH_WORKER.
 */
import { connectDb } from '../runtime/db';
import { createMailer } from '../runtime/mailer';
import { type WorkerTuning, bundleWorkflowsApart, createWorker } from '../worker/worker';

export interface WorkerProcessConfig {
  temporalAddress: string;
  taskQueue: string;
  databaseUrl: string;
  smtpUrl: string;
  /** Prisma pool size; runWorker uses WORKER_DB_POOL. */
  dbPool: number;
  tuning: WorkerTuning;
}

const cfg = JSON.parse(process.env.BENCH_WORKER ?? '{}') as WorkerProcessConfig;
const db = connectDb(cfg.databaseUrl, cfg.dbPool);
const transport = createMailer(cfg.smtpUrl);
const { worker, connection, start } = await createWorker({
  temporalAddress: cfg.temporalAddress,
  namespace: 'default',
  taskQueue: cfg.taskQueue,
  db,
  mail: { transport, from: 'Dealflow <dealflow@bench.local>', publicUrl: 'http://dealflow.bench', linkSecret: 'bench-link-secret-bench-link-secret-0000' },
  workflowBundle: await bundleWorkflowsApart(),
  tuning: cfg.tuning,
  deployment: { name: cfg.taskQueue },
});
const { running, current } = start();
await current;
process.send!({ type: 'ready' });
const stop = () => worker.getState() === 'RUNNING' && worker.shutdown();
process.on('message', (m) => m === 'stop' && stop());
process.on('disconnect', stop); // the bench died: do not linger
await running;
await connection.close();
transport.close();
await db.$disconnect();
process.exit(0);
