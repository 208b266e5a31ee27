/**
 * Stage-move latency: the same Update (advance LEAD → INTENT) on fresh deals, once through our
 * API (HTTP, auth, role check, the Update, the presented answer) and once through the raw
 * @temporalio/client on the same Client the API uses. One move at a time, the two kinds
 * alternating, so both see the same machine at the same moment.
 */
import { advanceUpdate, dealWorkflowId } from '../workflows/deal/messages';
import { factsFor } from '../test/support/fixtures';
import type { Bench } from './stack';
import { pool, summarise, ticker } from './stats';

const WARMUP = 10;

/** New deals in LEAD through the API, owned by the bench's rep. */
export async function createFreshDeals(
  b: Bench,
  count: number,
  concurrency: number,
  facts: Record<string, unknown> = {},
  onEach = () => {},
): Promise<string[]> {
  const ids: string[] = [];
  await pool(count, concurrency, async (i) => {
    const deal = await b.api('POST', '/api/v1/deals', { title: `Bench deal ${i}`, accountId: b.accountId, amount: 100000, facts }, 201);
    ids[i] = deal.id;
    onEach();
  });
  return ids;
}

/** Until the projection has written every one of `ids`, so the API reads the deal header from its table as it normally does. */
async function projected(b: Bench, ids: string[]) {
  for (;;) {
    if ((await b.db.deal.count({ where: { id: { in: ids } } })) === ids.length) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function measureStageMoves(b: Bench, samples: number, concurrency: number) {
  const each = samples + WARMUP;
  console.log(`[bench] stage moves: creating ${2 * each} fresh deals with the INTENT facts`);
  const ids = await createFreshDeals(b, 2 * each, concurrency, factsFor.INTENT(b.contactId));
  await projected(b, ids);

  const api: number[] = [];
  const raw: number[] = [];
  const viaApi = async (id: string) => {
    const t = performance.now();
    const deal = await b.api('POST', `/api/v1/deals/${id}/transitions`, { to: 'INTENT' });
    if (deal.stage !== 'INTENT') throw new Error(`API move left deal ${id} in ${deal.stage}`);
    return performance.now() - t;
  };
  const viaClient = async (id: string) => {
    const t = performance.now();
    const view = await b.temporal.workflow
      .getHandle(dealWorkflowId(id))
      .executeUpdate(advanceUpdate, { args: [{ actor: { id: b.rep.id, role: 'rep' }, to: 'INTENT' }] });
    if (view.stage !== 'INTENT') throw new Error(`raw move left deal ${id} in ${view.stage}`);
    return performance.now() - t;
  };
  const stop = ticker(() => `stage moves: ${raw.length}/${each} pairs`);
  try {
    for (let i = 0; i < each; i++) {
      const [a, r] = [ids[2 * i], ids[2 * i + 1]];
      // Alternate which goes first, so neither always runs right after the other.
      if (i % 2 === 0) {
        api.push(await viaApi(a));
        raw.push(await viaClient(r));
      } else {
        raw.push(await viaClient(r));
        api.push(await viaApi(a));
      }
    }
  } finally {
    stop();
  }
  const apiS = summarise(api.slice(WARMUP));
  const rawS = summarise(raw.slice(WARMUP));
  const ratio = (x: number, y: number) => Math.round((x / y) * 100) / 100;
  return { samples, api: apiS, raw: rawS, p50Ratio: ratio(apiS.p50, rawS.p50), p99Ratio: ratio(apiS.p99, rawS.p99) };
}
