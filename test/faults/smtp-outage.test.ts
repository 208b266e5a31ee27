/**
 * Scenario 3: the SMTP catcher is down while reminders come due. When it is back (same ports), every
 * email arrives exactly once and no send failed for good: no outbox row left unsent, no email_failed.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { startMailCatcher, type MailCatcher } from '../../scripts/stack/mail-catcher';
import { freePort } from '../../scripts/stack/ports';
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
  sleep,
  startFaultApp,
  waitUntil,
} from './support/harness';

const DEALS = 10;
const OUTAGE_MS = 10_000;
const log = (msg: string) => console.log(`[smtp-outage] ${msg}`);
let app: FaultApp;
let catcher: MailCatcher | undefined;
let ports: { smtpPort: number; webPort: number };

beforeAll(async () => {
  ports = { smtpPort: await freePort(), webPort: await freePort() };
  catcher = await startMailCatcher({ ...ports, log });
  const stack = inject('stack');
  app = await startFaultApp(
    { temporalAddress: stack.temporalAddress, databaseUrl: stack.databaseUrl, smtpUrl: catcher.smtpUrl },
    { followUpTiming: fastTiming() },
  );
});
afterAll(async () => {
  await app?.stop();
  await catcher?.stop();
});

/** Deals whose reminders all come due while the catcher is down; `followUps` per deal, due 2–5 s from now. */
async function dealsDueDuringOutage(followUps: 1 | 2) {
  const rep = await makeUser(app, 'rep');
  const { accountId, contactId } = await makeAccount(app);
  const ids: string[] = [];
  for (let i = 0; i < DEALS; i++) {
    const deal = (await rep.api('POST', '/api/v1/deals', { title: `SMTP ${followUps}/${i}`, accountId, amount: 1000 })).body;
    expect((await rep.api('POST', `/api/v1/deals/${deal.id}/callbacks`, { at: inSeconds(2 + (i % 4)), contactId })).status).toBe(201);
    if (followUps === 2)
      expect((await rep.api('POST', `/api/v1/deals/${deal.id}/activities`, { type: 'email_material', summary: 'Brochure' })).status).toBe(201);
    ids.push(deal.id);
  }
  return { rep, ids };
}

async function outageThenCheck(followUps: 1 | 2) {
  await catcher!.stop();
  catcher = undefined;
  const down = Date.now();
  const { ids } = await dealsDueDuringOutage(followUps);
  // Every follow-up rings its due alert and, 2 s later, its reminder while SMTP is down.
  await waitUntil(
    'every alert rung during the outage',
    async () => (await Promise.all(ids.map((id) => app.view(id)))).every((v) => v.followUps.every((f) => f.alerts === 2)),
    OUTAGE_MS,
  );
  expect(await app.db.emailOutbox.count({ where: { dealId: { in: ids }, status: 'sent' } }), 'nothing can be sent while SMTP is down').toBe(0);
  await sleep(Math.max(0, OUTAGE_MS - (Date.now() - down)));
  catcher = await startMailCatcher({ ...ports, log });
  log(`catcher down for ${Date.now() - down} ms`);

  const views = await Promise.all(ids.map((id) => app.view(id)));
  const expected = views.flatMap(alertKeys);
  expect(expected).toHaveLength(DEALS * followUps * 2);
  // Retries back off to at most a minute; the first after the outage comes within about 2 × the outage.
  // A deal sends its emails one after another, so "nothing pending" is no sign of the end: between two
  // sends of one deal no activity is pending and the second has no outbox row yet. The assertions
  // below name whatever is still missing when the wait runs out.
  await waitUntil(
    'every send settled after the outage',
    async () => (await app.db.emailOutbox.count({ where: { key: { in: expected }, status: 'sent' } })) === expected.length,
    40_000,
    500,
  ).catch(() => undefined);
  const sent = new Set((await app.db.emailOutbox.findMany({ where: { dealId: { in: ids }, status: 'sent' }, select: { key: true } })).map((r) => r.key));
  expect(
    expected.filter((k) => !sent.has(k)),
    'alerts rung but never emailed (no outbox row)',
  ).toEqual([]);
  await sleep(1_000); // a duplicate would arrive now
  const counts = countByMessageId(await listMail(catcher.webUrl));
  expect(
    expected.filter((k) => counts.get(messageIdOf(k)) !== 1),
    'emailed other than exactly once',
  ).toEqual([]);
  expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(expected.length);
  expect(await app.db.emailOutbox.count({ where: { dealId: { in: ids }, status: { not: 'sent' } } })).toBe(0);
  expect(await app.db.timelineEvent.count({ where: { dealId: { in: ids }, type: 'email_failed' } })).toBe(0);
  const retried = await app.db.emailOutbox.count({ where: { dealId: { in: ids }, attempts: { gt: 1 } } });
  log(`${expected.length} alerts (${followUps} follow-up(s) per deal) emailed once each; ${retried} needed more than one attempt`);
}

it('delivers every reminder exactly once after an SMTP outage', () => outageThenCheck(1), 90_000);

it('delivers both due alerts when two follow-ups of a deal come due during the outage', () => outageThenCheck(2), 90_000);
