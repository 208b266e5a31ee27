import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import type { Config } from '../runtime/config';
import { createMailer } from '../runtime/mailer';
import { connectDb } from '../runtime/db';
import type { Logger } from '../runtime/logger';
import { createApp } from './app';
import { bootstrapAdmin } from './auth/bootstrap-admin';
import { signInSettings } from './auth/settings';

/** Connects to Temporal, the database and SMTP, and serves the API until `stop()`. */
export async function serveApi(config: Config, log: Logger) {
  const db = connectDb(config.DATABASE_URL);
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const mailer = createMailer(config.SMTP_URL);
  if (config.DEALFLOW_ADMIN_PASSWORD || config.DEALFLOW_ADMIN_TOKEN)
    await bootstrapAdmin(db, { email: config.DEALFLOW_ADMIN_EMAIL, password: config.DEALFLOW_ADMIN_PASSWORD, token: config.DEALFLOW_ADMIN_TOKEN });

  const server = createApp({
    db,
    temporal,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    mailer,
    log,
    linkSecret: config.APPROVAL_LINK_SECRET,
    signIn: signInSettings(config),
    trustProxy: config.TRUST_PROXY,
  }).listen(config.PORT);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  log.info({ port: (server.address() as AddressInfo).port }, 'api listening');
  return {
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await connection.close();
      mailer.close();
      await db.$disconnect();
      log.info('api stopped');
    },
  };
}
