/**
 * The local stack behind `npm start` and the tests: Temporal dev server, embedded Postgres and a
 * mail catcher. Each part is skipped when its env var points at a real one: TEMPORAL_ADDRESS,
 * DATABASE_URL, SMTP_URL.
 */
import { join, resolve } from 'node:path';
import { resolveTemporalCli } from '../tools/temporal-cli';
import { startEmbeddedPostgres } from './embedded-postgres';
import type { Log } from './log';
import { startMailCatcher } from './mail-catcher';
import { assertPortFree } from './ports';
import { startTemporalDevServer, type SearchAttributeType } from './temporal-server';

export interface StackPorts {
  temporal: number;
  temporalUi: number;
  postgres: number;
  smtp: number;
  mailWeb: number;
}

export interface StackOptions {
  /** Where state survives restarts; undefined => everything in memory or temporary (tests). */
  dataDir?: string;
  ports: StackPorts;
  /**
   * Only TEMPORAL_ADDRESS, DATABASE_URL and SMTP_URL are read; tests pass {} to get every embedded
   * part. (Where the Temporal CLI binary lives is a machine setting: TEMPORAL_CLI and PATH come from process.env.)
   */
  env: NodeJS.ProcessEnv;
  log: Log;
  temporal?: { namespace?: string; searchAttributes?: Record<string, SearchAttributeType> };
}

export interface Stack {
  temporalAddress: string;
  /** Undefined when TEMPORAL_ADDRESS points at an existing server. */
  temporalUiUrl?: string;
  databaseUrl: string;
  smtpUrl: string;
  /** Undefined when SMTP_URL points at an existing server. */
  mailWebUrl?: string;
  /** Stops what this stack started, in reverse order. Safe to call twice. */
  stop(): Promise<void>;
}

interface Part<T> {
  value: T;
  stop?: () => Promise<void>;
}

/** The URL without its password, for logs. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const { ports, env, log } = options;
  const dataDir = options.dataDir && resolve(options.dataDir);
  const started = Date.now();

  const external = (name: string, value: string, skipped: string) => log(`stack: ${name}=${redact(value)} is set: using it, ${skipped} not started`);
  if (env.TEMPORAL_ADDRESS) external('TEMPORAL_ADDRESS', env.TEMPORAL_ADDRESS, 'Temporal dev server');
  if (env.DATABASE_URL) external('DATABASE_URL', env.DATABASE_URL, 'embedded Postgres');
  if (env.SMTP_URL) external('SMTP_URL', env.SMTP_URL, 'mail catcher');

  // Fail on a taken port before anything starts, with a hint instead of a bind error deep in a log.
  const portChecks: Array<[number, string]> = [];
  if (!env.TEMPORAL_ADDRESS) {
    portChecks.push([ports.temporal, 'another Temporal? set TEMPORAL_ADDRESS to use it, or stop it']);
    portChecks.push([ports.temporalUi, 'the Temporal Web UI port is taken; stop whatever holds it']);
  }
  if (!env.DATABASE_URL) portChecks.push([ports.postgres, 'another Postgres? set DATABASE_URL to use it, or stop it']);
  if (!env.SMTP_URL) {
    portChecks.push([ports.smtp, 'another mail catcher? set SMTP_URL to use it, or stop it']);
    portChecks.push([ports.mailWeb, 'the mail catcher web port is taken; stop whatever holds it']);
  }
  for (const [port, hint] of portChecks) await assertPortFree(port, hint);

  const temporal = async (): Promise<Part<{ address: string; uiUrl?: string }>> => {
    if (env.TEMPORAL_ADDRESS) return { value: { address: env.TEMPORAL_ADDRESS } };
    const cli = await resolveTemporalCli(log);
    const server = await startTemporalDevServer({
      cliPath: cli.path,
      port: ports.temporal,
      uiPort: ports.temporalUi,
      dbFile: dataDir && join(dataDir, 'temporal.sqlite'),
      ...options.temporal,
      log,
    });
    return { value: server, stop: server.stop };
  };

  const postgres = async (): Promise<Part<string>> => {
    if (env.DATABASE_URL) return { value: env.DATABASE_URL };
    const db = await startEmbeddedPostgres({ dataDir: dataDir && join(dataDir, 'pg'), port: ports.postgres, log });
    return { value: db.url, stop: db.stop };
  };

  const mail = async (): Promise<Part<{ smtpUrl: string; webUrl?: string }>> => {
    if (env.SMTP_URL) return { value: { smtpUrl: env.SMTP_URL } };
    const catcher = await startMailCatcher({ smtpPort: ports.smtp, webPort: ports.mailWeb, log });
    return { value: catcher, stop: catcher.stop };
  };

  // The parts are independent, so they start concurrently; they stop in reverse order.
  const stops: Array<() => Promise<void>> = [];
  const track = async <T>(order: number, start: () => Promise<Part<T>>): Promise<T> => {
    const part = await start();
    if (part.stop) stops[order] = part.stop;
    return part.value;
  };
  const [t, db, m] = await Promise.allSettled([track(0, temporal), track(1, postgres), track(2, mail)]);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      for (const stopPart of stops.filter(Boolean).reverse()) {
        await stopPart().catch((err: Error) => log(`stack: error while stopping: ${err.message}`));
      }
    })());

  if (t.status === 'rejected' || db.status === 'rejected' || m.status === 'rejected') {
    const reasons = [t, db, m].flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
    log(`stack: failed to start (${reasons.map((e) => e.message.split('\n')[0]).join('; ')}); stopping the parts that started`);
    await stop();
    throw reasons[0];
  }

  log(`stack: ready in ${Date.now() - started} ms${dataDir ? `, state in ${dataDir}` : ''}`);
  return {
    temporalAddress: t.value.address,
    temporalUiUrl: t.value.uiUrl,
    databaseUrl: db.value,
    smtpUrl: m.value.smtpUrl,
    mailWebUrl: m.value.webUrl,
    stop,
  };
}
