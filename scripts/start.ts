import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { z } from 'zod';
import { serveApi } from '../api/serve';
import { webPath } from '../runtime/web-paths';
import { DEV_ADMIN_PASSWORD, loadConfig } from '../runtime/config';
import { createLogger } from '../runtime/logger';
import { runWorker } from '../worker/run';
import { prisma } from './prisma/cli';
import { startStack } from './stack';

/** The embedded stack's own settings; everything else is the app's config (runtime/config.ts). */
const Launch = z.object({
  DEALFLOW_DATA_DIR: z.string().min(1).default('./var'),
  DEALFLOW_ADMIN_PASSWORD: z.string().min(10).default(DEV_ADMIN_PASSWORD),
  PORT: z.coerce.number().int().default(3000),
  TEMPORAL_PORT: z.coerce.number().int().default(7233),
  TEMPORAL_UI_PORT: z.coerce.number().int().default(8233),
  EMBEDDED_PG_PORT: z.coerce.number().int().default(5433),
  SMTP_PORT: z.coerce.number().int().default(1025),
  MAIL_WEB_PORT: z.coerce.number().int().default(1080),
});

const say = (line: string) => console.log(`[dealflow] ${line}`);
const launch = Launch.parse(process.env);
const dataDir = resolve(launch.DEALFLOW_DATA_DIR);
await mkdir(dataDir, { recursive: true });

// We own Ctrl-C: the API stops taking requests before the worker and the servers under it stop.
Runtime.install({ shutdownSignals: [], logger: new DefaultLogger('WARN') });

const stack = await startStack({
  dataDir,
  ports: {
    temporal: launch.TEMPORAL_PORT,
    temporalUi: launch.TEMPORAL_UI_PORT,
    postgres: launch.EMBEDDED_PG_PORT,
    smtp: launch.SMTP_PORT,
    mailWeb: launch.MAIL_WEB_PORT,
  },
  env: process.env,
  log: say,
});

let stopping = false;
async function stop(parts: { stop(): Promise<void> }[]) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  for (const part of parts) await part.stop().catch((err) => console.error(err));
  say('stopped; data kept in ' + dataDir);
  process.exit(0);
}

try {
  await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: stack.databaseUrl } });
  const config = loadConfig({
    ...process.env,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    DATABASE_URL: stack.databaseUrl,
    SMTP_URL: stack.smtpUrl,
    DEALFLOW_ADMIN_PASSWORD: launch.DEALFLOW_ADMIN_PASSWORD,
    PORT: String(launch.PORT),
  });
  const log = createLogger('dealflow', config.LOG_LEVEL);
  const worker = await runWorker(config, log);
  const api = await serveApi(config, log);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop([api, worker, stack]));

  const api_ = `http://localhost:${launch.PORT}`;
  console.log(
    [
      '',
      'Dealflow is running. Ctrl-C stops everything; data stays in ' + dataDir,
      `  Sign in        ${api_}${webPath.signIn()}`,
      `  API            ${api_}/api/v1   (docs: ${api_}/api/docs)`,
      `  Health         ${api_}/readyz`,
      `  Temporal UI    ${stack.temporalUiUrl ?? `(external Temporal at ${stack.temporalAddress})`}`,
      `  Mailbox        ${stack.mailWebUrl ?? `(external SMTP at ${stack.smtpUrl})`}`,
      `  Database       ${stack.databaseUrl}`,
      `  Admin          ${config.DEALFLOW_ADMIN_EMAIL}`,
      `  Password       ${process.env.DEALFLOW_ADMIN_PASSWORD ? 'from DEALFLOW_ADMIN_PASSWORD' : `${DEV_ADMIN_PASSWORD}   (dev default; set DEALFLOW_ADMIN_PASSWORD)`}, applied while the admin has none`,
      '',
      '  sign in (the cookie jar keeps the session; writes send Origin):',
      `    curl -c jar -H 'content-type: application/json' -H 'Origin: ${config.PUBLIC_URL}' ${api_}/api/v1/session \\`,
      `      -d '{"email":"${config.DEALFLOW_ADMIN_EMAIL}","password":"${process.env.DEALFLOW_ADMIN_PASSWORD ? '<your password>' : DEV_ADMIN_PASSWORD}"}'`,
      `    curl -b jar ${api_}/api/v1/users/me`,
      '',
    ].join('\n'),
  );
} catch (err) {
  console.error(err);
  await stack.stop();
  process.exit(1);
}
