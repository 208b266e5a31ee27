/** The summary table and bench/results.json. */
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';

export const machine = () => ({
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim(),
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
});

export const TARGETS = { stageMoveRatio: 1.2, latenessP99Ms: 1_000, createSeconds: 60, workerRssMiB: 1_024 };

export interface Results {
  stageMove: { api: { p50: number; p99: number }; raw: { p50: number; p99: number }; p50Ratio: number; p99Ratio: number };
  reminders: {
    latenessP50Ms: number;
    latenessP99Ms: number;
    latenessMaxMs: number;
    scheduled: number;
    received: number;
    duplicates: number;
    missing: number;
    burst: number;
    burstLateness: { p99: number; max: number };
    sentAtLateness: { p50: number; p99: number; max: number };
  };
  scale: {
    createSeconds: number;
    createPerSecond: number;
    rawCreatePerSecond: number;
    createRatio: number;
    workerRssMiB: number;
    workerRssAfterCreateMiB: number;
  };
  [k: string]: unknown;
}

export function targetsMet(r: Results, deals: number) {
  // The scale targets are stated for 10,000 deals; for another N they are scaled linearly.
  const f = deals / 10_000;
  return {
    stageMoveRatio: r.stageMove.p50Ratio <= TARGETS.stageMoveRatio && r.stageMove.p99Ratio <= TARGETS.stageMoveRatio,
    latenessP99: r.reminders.latenessP99Ms <= TARGETS.latenessP99Ms,
    nothingLostOrDoubled: r.reminders.missing === 0 && r.reminders.duplicates === 0,
    createSeconds: r.scale.createSeconds <= TARGETS.createSeconds * f,
    workerRss: r.scale.workerRssMiB <= TARGETS.workerRssMiB,
  };
}

export function printSummary(r: Results, deals: number) {
  const met = targetsMet(r, deals);
  const ok = (b: boolean) => (b ? 'met' : 'NOT MET');
  const rows: Array<[string, string, string, string]> = [
    [
      'stage move p50 (API / raw client)',
      `${r.stageMove.api.p50} / ${r.stageMove.raw.p50} ms`,
      `ratio ${r.stageMove.p50Ratio}`,
      `≤ ${TARGETS.stageMoveRatio}: ${ok(r.stageMove.p50Ratio <= TARGETS.stageMoveRatio)}`,
    ],
    [
      'stage move p99 (API / raw client)',
      `${r.stageMove.api.p99} / ${r.stageMove.raw.p99} ms`,
      `ratio ${r.stageMove.p99Ratio}`,
      `≤ ${TARGETS.stageMoveRatio}: ${ok(r.stageMove.p99Ratio <= TARGETS.stageMoveRatio)}`,
    ],
    [
      'reminder lateness p50 / p99 / max',
      `${r.reminders.latenessP50Ms} / ${r.reminders.latenessP99Ms} / ${r.reminders.latenessMaxMs} ms`,
      `${r.reminders.received}/${r.reminders.scheduled} received`,
      `p99 ≤ 1000 ms: ${ok(met.latenessP99)}`,
    ],
    ['  of which the burst p99 / max', `${r.reminders.burstLateness.p99} / ${r.reminders.burstLateness.max} ms`, `${r.reminders.burst} due in one minute`, ''],
    [
      '  outbox sentAt − due p50 / p99 / max',
      `${r.reminders.sentAtLateness.p50} / ${r.reminders.sentAtLateness.p99} / ${r.reminders.sentAtLateness.max} ms`,
      'cross-check',
      '',
    ],
    ['missing / duplicate emails', `${r.reminders.missing} / ${r.reminders.duplicates}`, '', `0 / 0: ${ok(met.nothingLostOrDoubled)}`],
    [
      `create ${deals} deals`,
      `${r.scale.createSeconds} s`,
      `${r.scale.createPerSecond}/s, raw client ${r.scale.rawCreatePerSecond}/s`,
      `≤ ${Math.round(TARGETS.createSeconds * (deals / 10_000) * 10) / 10} s: ${ok(met.createSeconds)}`,
    ],
    ['worker RSS (peak / after creating)', `${r.scale.workerRssMiB} / ${r.scale.workerRssAfterCreateMiB} MiB`, '', `≤ 1024 MiB: ${ok(met.workerRss)}`],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c].length)));
  console.log('\n' + rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join('  │  ')).join('\n') + '\n');
  return met;
}

export async function writeResults(path: string, results: object) {
  await writeFile(path, JSON.stringify(results, null, 2) + '\n');
  console.log(`[bench] wrote ${path}`);
}
