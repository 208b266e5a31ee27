import { Client, Connection } from '@temporalio/client';
import type { Config } from '../runtime/config';
import { createMailer } from '../runtime/mailer';
import { connectDb } from '../runtime/db';
import type { Logger } from '../runtime/logger';
import { ensureDigestSchedule } from './digest-schedule';
import { bundleWorkflowsApart, createWorker } from './worker';

/** Database connections of the worker: local activities (the deal's projection) hold one while their workflow task waits. */
export const WORKER_DB_POOL = 10;

/** Runs the worker for the configured task queue until `stop()`; in-flight tasks finish first. */
export async function runWorker(config: Config, log: Logger) {
  const db = connectDb(config.DATABASE_URL, WORKER_DB_POOL);
  const transport = createMailer(config.SMTP_URL);
  const { worker, connection, version, start } = await createWorker({
    temporalAddress: config.TEMPORAL_ADDRESS,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    db,
    mail: { transport, from: config.MAIL_FROM, publicUrl: config.PUBLIC_URL, linkSecret: config.APPROVAL_LINK_SECRET },
    workflowBundle: await bundleWorkflowsApart(),
    tuning: { maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS },
    deployment: { name: config.WORKER_DEPLOYMENT_NAME, buildId: config.WORKER_BUILD_ID, rollout: config.WORKER_VERSION_ROLLOUT },
  });
  const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  await ensureDigestSchedule(new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE }), config.TEMPORAL_TASK_QUEUE);
  await clientConnection.close();
  const { running, current } = start();
  await current;
  log.info({ taskQueue: config.TEMPORAL_TASK_QUEUE, ...version, rollout: config.WORKER_VERSION_ROLLOUT }, 'worker running');
  return {
    running,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await connection.close();
      transport.close();
      await db.$disconnect();
      log.info('worker stopped');
    },
  };
}
