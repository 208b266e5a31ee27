/**
 * Scenario 2: the Temporal dev server (persisting to SQLite) stops while call-back timers are pending
 * and starts again on the same port and file. Every timer still fires, and no later than the outage
 * (plus a little slack) after its due instant.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { freePort } from '../../scripts/stack/ports';
import { type TemporalDevServer, startTemporalDevServer } from '../../scripts/stack/temporal-server';
import { resolveTemporalCli } from '../../scripts/tools/temporal-cli';
import { fastTiming } from '../support/timing';
import { type FaultApp, alertKeys, countByMessageId, listMail, makeAccount, makeUser, messageIdOf, sleep, startFaultApp, waitUntil } from './support/harness';

const DEALS = 10;
const OUTAGE_MS = 10_000;
const SLACK_MS = 3_000;
const log = (msg: string) => console.log(`[temporal-restart] ${msg}`);
let dir: string;
let server: TemporalDevServer | undefined;
let app: FaultApp;
let start: () => Promise<TemporalDevServer>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealflow-temporal-'));
  const cli = await resolveTemporalCli(log);
  const ports = { port: await freePort(), uiPort: await freePort() };
  start = () => startTemporalDevServer({ cliPath: cli.path, ...ports, dbFile: join(dir, 'temporal.sqlite'), log });
  server = await start();
  const stack = inject('stack');
  // Only the due alert: a reminder would overwrite lastAlertAt, the instant measured here.
  const timing = { ...fastTiming(), remindAgainAfter: { seconds: 3600 } };
  app = await startFaultApp({ temporalAddress: server.address, databaseUrl: stack.databaseUrl, smtpUrl: stack.smtpUrl }, { followUpTiming: timing });
});
afterAll(async () => {
  await app?.stop();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('fires every pending timer after a Temporal server restart, late by no more than the outage', async () => {
  const rep = await makeUser(app, 'rep');
  const { accountId, contactId } = await makeAccount(app);
  const ids: string[] = [];
  for (let i = 0; i < DEALS; i++) ids.push((await rep.api('POST', '/api/v1/deals', { title: `Restart ${i}`, accountId, amount: 1000 })).body.id);
  const t0 = Date.now();
  const deals: Array<{ id: string; due: number }> = [];
  for (const [i, id] of ids.entries()) {
    // Due from 3 s to 16.5 s after t0: most during the outage, some after it.
    const due = t0 + 3_000 + i * 1_500;
    const res = await rep.api('POST', `/api/v1/deals/${id}/callbacks`, { at: new Date(due).toISOString(), contactId });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    deals.push({ id, due });
  }
  await server!.stop();
  const down = Date.now();
  await sleep(OUTAGE_MS);
  server = await start();
  const outage = Date.now() - down;
  const dueDuringOutage = deals.filter((d) => d.due >= down && d.due < down + outage).length;
  log(`server down for ${outage} ms; ${dueDuringOutage} of ${DEALS} timers came due during the outage`);
  expect(dueDuringOutage, 'the outage must cover some timers (setup too slow?)').toBeGreaterThanOrEqual(3);

  const views = await waitUntil(
    'every call-back alerted',
    async () => {
      const views = await Promise.all(deals.map((d) => app.view(d.id)));
      return views.every((v) => v.followUps[0].alerts === 1) && views;
    },
    deals.at(-1)!.due - Date.now() + outage + 15_000,
  );
  const lateness = views.map((v) => v.followUps[0].lastAlertAt! - v.followUps[0].dueAt);
  log(`lateness ms: ${lateness.join(', ')}`);
  for (const [i, late] of lateness.entries()) {
    expect(late, `call-back ${i}`).toBeGreaterThanOrEqual(0);
    expect(late, `call-back ${i} late by more than the outage`).toBeLessThanOrEqual(outage + SLACK_MS);
  }

  const expected = views.flatMap(alertKeys);
  await waitUntil(
    'every call-back emailed',
    async () => {
      const counts = countByMessageId(await listMail(inject('stack').mailWebUrl!));
      return expected.every((k) => counts.get(messageIdOf(k)) === 1);
    },
    20_000,
  );
  const counts = countByMessageId(await listMail(inject('stack').mailWebUrl!));
  expect(expected.map((k) => counts.get(messageIdOf(k)))).toEqual(expected.map(() => 1));
});
