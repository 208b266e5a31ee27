/**
 * A Dealflow worker alone in a process, so the fault suite can SIGKILL it:
 *   TEMPORAL_ADDRESS=… DATABASE_URL=… SMTP_URL=… TEMPORAL_TASK_QUEUE=… [WORKFLOW_BUNDLE=<bundle.js>] [MAIL_FROM=…]
 *   node --import tsx test/faults/worker-process.ts
 * Prints "ready" once it polls as its deployment's current version. A prebuilt WORKFLOW_BUNDLE makes restarts fast. Ends when stdin closes (parent gone).
 */
import { readFileSync } from 'node:fs';
import { connectDb } from '../../runtime/db';
import { createMailer } from '../../runtime/mailer';
import { createWorker } from '../../worker/worker';
import { TEST_LINK_SECRET } from '../support/link-secret';

const need = (name: string) => process.env[name] || (console.error(`worker-process: ${name} is not set`), process.exit(2));

const db = connectDb(need('DATABASE_URL'));
const transport = createMailer(need('SMTP_URL'));
const bundlePath = process.env.WORKFLOW_BUNDLE;
const taskQueue = need('TEMPORAL_TASK_QUEUE');
const { worker, start } = await createWorker({
  temporalAddress: need('TEMPORAL_ADDRESS'),
  namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
  taskQueue,
  db,
  mail: { transport, from: process.env.MAIL_FROM ?? 'Dealflow <dealflow@test.local>', publicUrl: 'http://dealflow.test', linkSecret: TEST_LINK_SECRET },
  workflowBundle: bundlePath ? { code: readFileSync(bundlePath, 'utf8'), sourceMap: '' } : undefined,
  deployment: { name: process.env.WORKER_DEPLOYMENT_NAME ?? taskQueue },
});
process.stdin.on('end', () => worker.shutdown());
process.stdin.resume();
const { running, current } = start();
await current;
process.stdout.write('ready\n');
await running;
await db.$disconnect();
process.exit(0);
