/**
 * `npm run bench:web`: how long the pipeline board takes to become interactive with 2,000 open
 * deals, in headless Chromium: from navigation until every column shows its cards and a card's
 * "Move to" menu opens. The deals are read-model rows written straight into the database (a read
 * needs no workflows). Prints the median of 5 loads; the target is under 1.5 s.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { chromium } from 'playwright-core';
import { createApp } from '../api/app';
import { hashPassword } from '../api/auth/password';
import { OPEN_STAGES } from '../process';
import { connectDb } from '../runtime/db';
import { createLogger } from '../runtime/logger';
import { createMailer } from '../runtime/mailer';
import { prisma } from '../scripts/prisma/cli';
import { startStack } from '../scripts/stack';
import { freePort } from '../scripts/stack/ports';
import { ensureWebBuild } from '../scripts/web/build';
import { testSignIn } from '../test/support/sign-in-settings';

const DEALS = 2000;
const LOADS = 5;
const TARGET_MS = 1500;
const PROBABILITY = [10, 20, 30, 50, 75];
const log = (line: string) => console.log(`[bench:web] ${line}`);

await ensureWebBuild(log);
const ports = { temporal: await freePort(), temporalUi: await freePort(), postgres: await freePort(), smtp: await freePort(), mailWeb: await freePort() };
const stack = await startStack({ ports, env: process.env, log });
const db = connectDb(stack.databaseUrl);
let server: ReturnType<ReturnType<typeof createApp>['listen']> | undefined;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: stack.databaseUrl } });
  const password = `pw-${randomUUID()}`;
  const rep = await db.user.create({
    data: { id: randomUUID(), name: '王小明', email: `bench-${randomUUID()}@bench.local`, role: 'rep', passwordHash: await hashPassword(password) },
  });
  const account = await db.account.create({ data: { id: randomUUID(), name: '华东制造有限公司', createdById: rep.id } });
  const now = Date.now();
  await db.deal.createMany({
    data: Array.from({ length: DEALS }, (_, i) => {
      const stage = i % OPEN_STAGES.length;
      const at = new Date(now - i * 60_000);
      return {
        id: randomUUID(),
        workflowId: `bench-${i}`,
        processVersion: 1,
        title: `商机 ${i + 1}`,
        accountId: account.id,
        ownerId: rep.id,
        amountMinor: BigInt(100_000 + i * 137),
        currency: 'CNY',
        stage: OPEN_STAGES[stage],
        status: 'open',
        probability: PROBABILITY[stage],
        facts: {},
        stageEnteredAt: at,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
    }),
  });
  log(`${DEALS} open deals seeded for one rep`);

  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const app = createApp({
    db,
    temporal: new Client({ connection: Connection.lazy({ address: stack.temporalAddress }) }),
    taskQueue: 'bench-web',
    mailer: createMailer(stack.smtpUrl),
    log: createLogger('bench', 'warn'),
    linkSecret: randomUUID(),
    signIn: testSignIn(publicUrl, 'Dealflow <bench@bench.local>'),
  });
  server = app.listen(port, '127.0.0.1');
  await new Promise((resolve) => server!.once('listening', resolve));
  log(`API on ${publicUrl} (port ${(server.address() as AddressInfo).port})`);

  const context = await browser.newContext({ baseURL: publicUrl, locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  const signedIn = await context.request.post('/api/v1/session', { data: { email: rep.email, password } });
  if (!signedIn.ok()) throw new Error(`sign-in failed: ${signedIn.status()}`);
  const page = await context.newPage();
  let pageStart = 0;
  let requests: string[] = [];
  page.on('requestfinished', (request) => {
    const { startTime, responseEnd } = request.timing();
    const { pathname, search } = new URL(request.url());
    requests.push(`${responseEnd.toFixed(0).padStart(5)} ms  ${pathname}${search}  (at ${(startTime - pageStart).toFixed(0)})`);
  });
  const times: number[] = [];
  for (let load = 0; load <= LOADS; load++) {
    const started = performance.now();
    requests = [];
    pageStart = Date.now();
    await page.goto('/board');
    for (const stage of OPEN_STAGES) await page.locator(`section[data-stage="${stage}"] [data-deal-id]`).first().waitFor();
    await page
      .locator('[data-deal-id]')
      .first()
      .getByRole('button', { name: /移动到/ })
      .click();
    await page.getByRole('menuitem').first().waitFor();
    const ms = performance.now() - started;
    const cards = await page.locator('[data-deal-id]').count();
    // The first load warms the server and the browser's cache of the app's code; it is not counted.
    if (load > 0) times.push(ms);
    log(`load ${load}${load === 0 ? ' (warm-up)' : ''}: ${ms.toFixed(0)} ms, ${cards} cards`);
    if (load === LOADS) log(`the last load's requests (time to last byte, path, start after navigation, ms):\n${requests.join('\n')}`);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  console.log(
    `board interactive with ${DEALS} open deals: median ${median.toFixed(0)} ms of ${LOADS} loads (target < ${TARGET_MS} ms) ${median < TARGET_MS ? 'OK' : 'TOO SLOW'}`,
  );
} finally {
  await browser.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await db.$disconnect();
  await stack.stop();
}
