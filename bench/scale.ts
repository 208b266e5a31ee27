/**
 * Scale: the time to open N deals through the API (scale.createSeconds), and beside it the same
 * creation (the Update-with-Start the API sends) straight through @temporalio/client on fresh
 * deals in the same run: the rate this machine's Temporal server allows at all.
 */
import { randomUUID } from 'node:crypto';
import { DealGateway } from '../api/deals/gateway';
import { fingerprintOf } from '../api/deals/identity';
import { ownerCalendarOf } from '../api/deals/owner-calendar';
import { CURRENT_PROCESS_VERSION, minor } from '../process';
import type { Bench } from './stack';
import { createFreshDeals } from './stage-move';
import { pool, ticker } from './stats';

/** Times `run`, which calls `tick` once per deal created, with a progress line. */
async function timed<T>(what: string, b: Bench, count: number, run: (tick: () => void) => Promise<T>) {
  let done = 0;
  const started = performance.now();
  const rate = () => Math.round(done / ((performance.now() - started) / 1000));
  const stop = ticker(() => `${what}: ${done}/${count} (${rate()}/s), worker RSS ${b.workerRss().rssMiB} MiB`);
  try {
    const result = await run(() => done++);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    return { result, seconds, perSecond: Math.round(count / seconds) };
  } finally {
    stop();
  }
}

export async function measureScale(b: Bench, deals: number, concurrency: number) {
  const api = await timed('creating deals', b, deals, (tick) => createFreshDeals(b, deals, concurrency, {}, tick));
  const rss = b.workerRss();
  console.log(`[bench] created ${deals} deals in ${api.seconds} s (${api.perSecond}/s); worker RSS ${rss.rssMiB} MiB`);
  return { ids: api.result, createSeconds: api.seconds, createPerSecond: api.perSecond, workerRssAfterCreateMiB: rss.rssMiB };
}

/** The API's creation without the API: what the raw client achieves on `count` more deals. */
export async function measureRawCreation(b: Bench, count: number, concurrency: number) {
  const gateway = new DealGateway(b.temporal, b.taskQueue);
  const owner = await ownerCalendarOf(b.db, b.rep.id);
  const raw = await timed('creating deals, raw client', b, count, (tick) =>
    pool(count, concurrency, async (i) => {
      const request = { title: `Raw deal ${i}`, accountId: b.accountId, amount: minor(100000_00), currency: 'CNY' };
      await gateway.create({
        ...request,
        amountsIn: 'minor',
        dealId: randomUUID(),
        processVersion: CURRENT_PROCESS_VERSION,
        ownerId: b.rep.id,
        facts: {},
        createdBy: { id: b.rep.id, role: 'rep' },
        fingerprint: fingerprintOf(request),
        owner,
      });
      tick();
    }),
  );
  console.log(`[bench] raw client: ${count} deals in ${raw.seconds} s (${raw.perSecond}/s)`);
  return { rawDeals: count, rawCreatePerSecond: raw.perSecond };
}
