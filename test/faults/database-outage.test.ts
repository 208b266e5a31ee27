/**
 * Scenario 4: the database (embedded Postgres, persisted to disk) stops while deals change: call-backs
 * come due and commands reach the workflows. When it is back, the projections catch up (every Deal row
 * and timeline matches its workflow), and every alert is emailed exactly once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { prisma } from '../../scripts/prisma/cli';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../scripts/stack/embedded-postgres';
import { freePort } from '../../scripts/stack/ports';
import { advanceUpdate, dealWorkflowId } from '../../workflows/deal/messages';
import { factsFor } from '../support/fixtures';
import { fastTiming } from '../support/timing';
import {
  type FaultApp,
  alertKeys,
  countByMessageId,
  inSeconds,
  listMail,
  makeAccount,
  makeUser,
  messageIdOf,
  projectionDrift,
  sleep,
  startFaultApp,
  waitUntil,
} from './support/harness';

const DEALS = 10;
const OUTAGE_MS = 8_000;
const log = (msg: string) => console.log(`[database-outage] ${msg}`);
let dir: string;
let db: EmbeddedPostgres | undefined;
let app: FaultApp;
let start: () => Promise<EmbeddedPostgres>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealflow-pg-'));
  const port = await freePort();
  start = () => startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port, log });
  db = await start();
  await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: db.url } });
  const stack = inject('stack');
  app = await startFaultApp({ temporalAddress: stack.temporalAddress, databaseUrl: db.url, smtpUrl: stack.smtpUrl }, { followUpTiming: fastTiming() });
});
afterAll(async () => {
  await app?.stop();
  await db?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('catches the projections up after a database outage, losing nothing', async () => {
  const rep = await makeUser(app, 'rep');
  const { accountId, contactId } = await makeAccount(app);
  const ids: string[] = [];
  for (let i = 0; i < DEALS; i++) {
    const deal = (await rep.api('POST', '/api/v1/deals', { title: `DB ${i}`, accountId, amount: 1000, facts: factsFor.INTENT(contactId) })).body;
    expect((await rep.api('POST', `/api/v1/deals/${deal.id}/callbacks`, { at: inSeconds(3 + (i % 4)), contactId })).status).toBe(201);
    ids.push(deal.id);
  }
  await waitUntil('projections before the outage', async () => (await Promise.all(ids.map((id) => projectionDrift(app, id)))).flat().length === 0, 10_000);

  await db!.stop();
  const down = Date.now();
  // Meanwhile the call-backs come due (alerts, emails wanted) and commands reach the workflows. The API
  // needs the database to authenticate, so the moves go straight to Temporal, as an API node would.
  const api = await rep.api('POST', `/api/v1/deals/${ids[0]}/transitions`, { to: 'INTENT' });
  log(`the API during the outage answers ${api.status} ${api.headers.get('content-type')}: ${JSON.stringify(api.body).slice(0, 160)}`);
  const moved = await Promise.all(
    ids.map((id) =>
      app.temporal.workflow.getHandle(dealWorkflowId(id)).executeUpdate(advanceUpdate, { args: [{ actor: { id: rep.id, role: 'rep' }, to: 'INTENT' }] }),
    ),
  );
  expect(moved.map((v) => v.stage)).toEqual(ids.map(() => 'INTENT'));
  await sleep(Math.max(0, OUTAGE_MS - (Date.now() - down)));
  db = await start();
  log(`database down for ${Date.now() - down} ms`);

  const caughtUp = Date.now();
  await waitUntil(
    'every projection caught up',
    async () => {
      const views = await Promise.all(ids.map((id) => app.view(id)));
      if (!views.every((v) => v.followUps[0].alerts === 2)) return false;
      return (await Promise.all(ids.map((id) => projectionDrift(app, id)))).flat().length === 0;
    },
    60_000,
    500,
  ).catch(async (err: Error) => {
    throw new Error(`${err.message}\n${(await Promise.all(ids.map((id) => projectionDrift(app, id).catch((e: Error) => [e.message])))).flat().join('\n')}`);
  });
  log(`projections caught up ${Date.now() - caughtUp} ms after the database returned`);
  const views = await Promise.all(ids.map((id) => app.view(id)));
  for (const v of views)
    expect(
      v.history.map((h) => h.to),
      v.dealId,
    ).toEqual(['INTENT']);
  const moves = await app.db.timelineEvent.count({ where: { dealId: { in: ids }, type: 'stage_changed' } });
  expect(moves).toBe(DEALS);

  const expected = views.flatMap(alertKeys);
  expect(expected).toHaveLength(DEALS * 2);
  await waitUntil(
    'every alert emailed',
    async () => (await app.db.emailOutbox.count({ where: { key: { in: expected }, status: 'sent' } })) === expected.length,
    60_000,
    500,
  );
  await sleep(1_000);
  const counts = countByMessageId(await listMail(inject('stack').mailWebUrl!));
  expect(
    expected.filter((k) => counts.get(messageIdOf(k)) !== 1),
    'emailed other than exactly once',
  ).toEqual([]);
  expect(await app.db.timelineEvent.count({ where: { dealId: { in: ids }, type: 'email_failed' } })).toBe(0);
}, 150_000);
