/**
 * `npm run bench [-- --deals 10000]`: stage-move latency (API vs raw client), reminder lateness and
 * scale, on a stack of its own (or TEMPORAL_ADDRESS / DATABASE_URL), written to bench/results.json.
 * Options: --deals N (10000), --moves N stage-move samples per side (500), --burst N call-backs
 * due in one minute (1000), --concurrency N requests in flight (32), --window S over which the
 * other call-backs are spread (600), --cache N maxCachedWorkflows (2000, as the worker), --wft N maxConcurrentWorkflowTaskExecutions,
 * --activities N maxConcurrentActivityTaskExecutions, --worker-db-pool N (10, as the worker),
 * --api-db-pool N (5), --worker-heap MiB (768, as docker-compose.yml gives the worker),
 * --out FILE (bench/results.json).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_CACHED_WORKFLOWS } from '../runtime/config';
import { WORKER_DB_POOL } from '../worker/run';
import { machine, printSummary, writeResults } from './report';
import { measureReminders } from './reminders';
import { measureRawCreation, measureScale } from './scale';
import { startBench } from './stack';
import { measureStageMoves } from './stage-move';

const { values } = parseArgs({
  options: {
    deals: { type: 'string', default: '10000' },
    moves: { type: 'string', default: '500' },
    burst: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '32' },
    window: { type: 'string', default: '600' },
    grace: { type: 'string', default: '120' },
    cache: { type: 'string', default: String(DEFAULT_MAX_CACHED_WORKFLOWS) },
    wft: { type: 'string' },
    activities: { type: 'string' },
    'worker-db-pool': { type: 'string', default: String(WORKER_DB_POOL) },
    'api-db-pool': { type: 'string', default: '5' },
    'worker-heap': { type: 'string', default: '768' },
    out: { type: 'string', default: fileURLToPath(new URL('results.json', import.meta.url)) },
  },
});
const int = (v: string | undefined) => (v === undefined ? undefined : Number.parseInt(v, 10));
const deals = int(values.deals)!;
const concurrency = int(values.concurrency)!;
const workerTuning = Object.fromEntries(
  Object.entries({
    maxCachedWorkflows: int(values.cache),
    maxConcurrentWorkflowTaskExecutions: int(values.wft),
    maxConcurrentActivityTaskExecutions: int(values.activities),
  }).filter(([, v]) => v !== undefined),
);

const bench = await startBench({
  workerTuning,
  workerDbPool: int(values['worker-db-pool'])!,
  apiDbPool: int(values['api-db-pool'])!,
  workerHeapMiB: int(values['worker-heap']),
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void bench.stop().finally(() => process.exit(130)));
let failed = false;
try {
  const startedAt = new Date().toISOString();
  const workerRssIdleMiB = bench.workerRss().rssMiB;
  const stageMove = await measureStageMoves(bench, int(values.moves)!, concurrency);
  console.log(
    `[bench] stage move p50 ${stageMove.api.p50} vs ${stageMove.raw.p50} ms (×${stageMove.p50Ratio}), p99 ${stageMove.api.p99} vs ${stageMove.raw.p99} ms (×${stageMove.p99Ratio})`,
  );
  const { ids, ...scale } = await measureScale(bench, deals, concurrency);
  const raw = await measureRawCreation(bench, Math.min(1000, Math.ceil(deals / 10)), concurrency);
  const reminders = await measureReminders(bench, ids, scale.createPerSecond, {
    deals,
    burst: int(values.burst)!,
    concurrency,
    windowSeconds: int(values.window)!,
    graceSeconds: int(values.grace)!,
  });
  const rss = bench.workerRss();
  const results = {
    startedAt,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    deals,
    machine: machine(),
    database: bench.dbKind,
    temporal: process.env.TEMPORAL_ADDRESS ? `external (${process.env.TEMPORAL_ADDRESS})` : 'temporal dev server (in memory), same machine',
    worker: {
      process: 'own child process',
      tuning: workerTuning,
      dbPool: int(values['worker-db-pool']),
      heapMiB: int(values['worker-heap']) ?? 'node default',
    },
    concurrency,
    stageMove,
    reminders,
    scale: {
      ...scale,
      ...raw,
      createRatio: Math.round((raw.rawCreatePerSecond / scale.createPerSecond) * 100) / 100,
      workerRssIdleMiB,
      workerRssMiB: rss.peakMiB,
      workerRssEndMiB: rss.rssMiB,
      openWorkflows: deals + raw.rawDeals + 2 * (int(values.moves)! + 10),
    },
  };
  const met = printSummary(results, deals);
  await writeResults(values.out, { ...results, targetsMet: met });
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  await bench.stop();
}
process.exit(failed ? 1 : 0);
