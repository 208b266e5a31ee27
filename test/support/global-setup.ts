import type { TestProject } from 'vitest/node';
import { freshDatabase } from './fresh-database';
import { startStack } from '../../scripts/stack';
import { freePort } from '../../scripts/stack/ports';
import { prisma } from '../../scripts/prisma/cli';
import { ensureWebBuild } from '../../scripts/web/build';

export interface TestStack {
  temporalAddress: string;
  databaseUrl: string;
  smtpUrl: string;
  mailWebUrl?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: TestStack;
  }
}

/**
 * One stack for the whole run: a Temporal dev server, Postgres and an SMTP catcher, all
 * in memory on free ports. A DATABASE_URL, TEMPORAL_ADDRESS or SMTP_URL in the environment
 * is used instead; the tests then run in a database of their own, dropped at the end.
 */
export default async function setup(project: TestProject) {
  const log = (msg: string) => console.log(`[stack] ${msg}`);
  // The browser tests load web/dist; a run started with plain `vitest` must not test a stale build.
  await ensureWebBuild(log);
  const ports = { temporal: await freePort(), temporalUi: await freePort(), postgres: await freePort(), smtp: await freePort(), mailWeb: await freePort() };
  const stack = await startStack({ ports, env: process.env, log });
  const database = process.env.DATABASE_URL ? await freshDatabase(stack.databaseUrl, log) : { url: stack.databaseUrl, drop: async () => {} };
  try {
    await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: database.url } });
  } catch (err) {
    await database.drop();
    await stack.stop();
    throw err;
  }
  project.provide('stack', { temporalAddress: stack.temporalAddress, databaseUrl: database.url, smtpUrl: stack.smtpUrl, mailWebUrl: stack.mailWebUrl });
  return async () => {
    await database.drop();
    await stack.stop();
  };
}
