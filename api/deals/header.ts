import type { Db } from '../../runtime/db';
import type { DealGateway } from './gateway';

/** What never changes about a deal: enough to authorise a command without waking its workflow. */
export interface DealHeader {
  ownerId: string;
  accountId: string;
  processVersion: number;
}

/** Headers never change, so every command after a deal's first skips the database read. Bounded: the oldest go first. */
const KEPT = 50_000;
const known = new Map<string, DealHeader>();

const remember = (dealId: string, header: DealHeader) => {
  if (known.size >= KEPT) known.delete(known.keys().next().value!);
  known.set(dealId, header);
  return header;
};

/** From the read model; a deal created a moment ago may not be projected yet, so then from its workflow. */
export async function dealHeader(db: Db, gateway: DealGateway, dealId: string): Promise<DealHeader> {
  const cached = known.get(dealId);
  if (cached) return cached;
  const row = await db.deal.findUnique({ where: { id: dealId }, select: { ownerId: true, accountId: true, processVersion: true } });
  const { ownerId, accountId, processVersion } = row ?? (await gateway.view(dealId));
  return remember(dealId, { ownerId, accountId, processVersion });
}
