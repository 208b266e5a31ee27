/** Scenario 6: two clients move the same deal at the same instant; the workflow lets exactly one win. */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { factsFor } from '../support/fixtures';
import { type FaultApp, makeAccount, makeUser, startFaultApp } from './support/harness';

const TRIALS = 40;
let app: FaultApp;
beforeAll(async () => {
  const stack = inject('stack');
  app = await startFaultApp({ temporalAddress: stack.temporalAddress, databaseUrl: stack.databaseUrl, smtpUrl: stack.smtpUrl });
});
afterAll(() => app?.stop());

it(`lets exactly one of two simultaneous moves win, ${TRIALS} times`, async () => {
  const supervisor = await makeUser(app, 'supervisor');
  const rep = await makeUser(app, 'rep', { supervisorId: supervisor.id });
  const { accountId, contactId } = await makeAccount(app);
  const outcomes: string[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const deal = (await rep.api('POST', '/api/v1/deals', { title: `Race ${trial}`, accountId, amount: 1000, facts: factsFor.INTENT(contactId) })).body;
    // Odd trials: the rep and their supervisor; even trials: the same rep twice. Both ask for INTENT.
    const second = trial % 2 ? supervisor : rep;
    const move = (who: typeof rep) => who.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to: 'INTENT' });
    const answers = await Promise.all([move(rep), move(second)]);
    const statuses = answers.map((a) => a.status).sort();
    outcomes.push(statuses.join('/'));
    expect(statuses, `trial ${trial}: ${JSON.stringify(answers.map((a) => a.body))}`).toEqual([200, 409]);
    const loser = answers.find((a) => a.status !== 200)!;
    expect(loser.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const view = await app.view(deal.id);
    expect(
      view.history.map((h) => h.to),
      `trial ${trial}`,
    ).toEqual(['INTENT']);
  }
  console.log(`[concurrency] ${TRIALS} trials: ${[...new Set(outcomes)].join(', ')}`);
});
