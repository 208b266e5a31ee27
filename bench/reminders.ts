/**
 * Reminder lateness. Gives each of the N open deals (bench/scale.ts) a call-back
 * (POST /deals/:id/callbacks), which must email the owner at exactly its `at`: N - burst of them
 * spread evenly over a window that opens once all are scheduled, and
 * `burst` of them due within one and the same minute in the middle of it, on top of the others.
 * Lateness is the SMTP sink's receipt minus `at`. The outbox's `sentAt` (written by the worker once
 * SMTP has accepted) is reported alongside as a cross-check.
 */
import type { Bench } from './stack';
import { pool, summarise, ticker } from './stats';

export interface ReminderOptions {
  deals: number;
  burst: number;
  concurrency: number;
  /** How long the due instants are spread over. */
  windowSeconds: number;
  /** How long to wait for stragglers after the last due instant. */
  graceSeconds: number;
}

const second = (ms: number) => Math.ceil(ms / 1000) * 1000;
const MINUTE = 60_000;

export async function measureReminders(b: Bench, ids: string[], createPerSecond: number, o: ReminderOptions) {
  const n = ids.length;
  const burst = Math.min(o.burst, Math.floor(n / 2));
  // Every call-back is scheduled before the first is due: scheduling wakes deals the worker may
  // have evicted, so it is assumed to run at half the creation rate. Then they come due over the
  // window while all N workflows stay open.
  const windowMs = o.windowSeconds * 1000;
  const start = second(Date.now() + 10_000 + (2 * n * 1000) / createPerSecond);
  const burstMinute = second(start + windowMs / 2 - MINUTE / 2);
  const spread = n - burst;
  const plan = ids
    .map((dealId, i) =>
      i < spread
        ? { dealId, at: Math.round(start + (i * windowMs) / spread), inBurst: false }
        : { dealId, at: Math.round(burstMinute + ((i - spread) * MINUTE) / burst), inBurst: true },
    )
    .sort((x, y) => x.at - y.at);
  const last = plan[plan.length - 1].at;
  console.log(
    `[bench] reminders: ${spread} call-backs over ${windowMs / 1000} s from ${new Date(start).toISOString()}, and ${burst} more in the minute from ${new Date(burstMinute).toISOString()}`,
  );

  const due = new Map<string, { at: number; inBurst: boolean }>();
  let tooLate = 0;
  const receiptsBefore = b.receipts.length;
  const stop = ticker(() => {
    const now = Date.now();
    const dueSoFar = [...due.values()].filter((d) => d.at <= now).length;
    return `reminders: scheduled ${due.size}/${n}, due ${dueSoFar}, received ${b.receipts.length - receiptsBefore}, worker RSS ${b.workerRss().rssMiB} MiB`;
  });
  try {
    await pool(plan.length, o.concurrency, async (i) => {
      const { dealId, at, inBurst } = plan[i];
      if (at - Date.now() < 1_000) {
        tooLate++;
        return;
      }
      try {
        await b.api('POST', `/api/v1/deals/${dealId}/callbacks`, { at: new Date(at).toISOString(), contactId: b.contactId });
        due.set(dealId, { at, inBurst });
      } catch (err) {
        if (!/must be in the future/.test((err as Error).message)) throw err;
        tooLate++; // scheduling fell behind: reported, not measured
      }
    });
    const deadline = last + o.graceSeconds * 1000;
    while (b.receipts.length - receiptsBefore < due.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
  } finally {
    stop();
  }
  await new Promise((r) => setTimeout(r, 1_000)); // let the last outbox rows commit

  // Message-ID → deal, from the outbox the send activity keeps; then receipt − due.
  const rows = await b.db.emailOutbox.findMany({ where: { template: 'callback_due' }, select: { dealId: true, messageId: true, sentAt: true } });
  const byMessageId = new Map(rows.map((r) => [r.messageId, r]));
  const seen = new Map<string, number>();
  const lateness: number[] = [];
  const burstLateness: number[] = [];
  for (const r of b.receipts.slice(receiptsBefore)) {
    const row = r.id ? byMessageId.get(r.id) : undefined;
    const d = row?.dealId ? due.get(row.dealId) : undefined;
    if (!d || !r.id) continue;
    seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
    if (seen.get(r.id)! > 1) continue;
    lateness.push(r.at - d.at);
    if (d.inBurst) burstLateness.push(r.at - d.at);
  }
  const sentAtLateness = rows.flatMap((r) => {
    const d = r.dealId ? due.get(r.dealId) : undefined;
    return d && r.sentAt ? [r.sentAt.getTime() - d.at] : [];
  });
  const all = summarise(lateness);
  return {
    scheduled: due.size,
    scheduledTooLate: tooLate,
    received: lateness.length,
    missing: due.size - lateness.length,
    duplicates: [...seen.values()].filter((c) => c > 1).length,
    burst,
    windowSeconds: windowMs / 1000,
    latenessP50Ms: all.p50,
    latenessP99Ms: all.p99,
    latenessMaxMs: all.max,
    lateness: all,
    burstLateness: summarise(burstLateness),
    sentAtLateness: summarise(sentAtLateness),
    measuredAt: 'SMTP receipt: end of DATA at the bench SMTP sink (smtp-server, own child process), ms clock',
  };
}
