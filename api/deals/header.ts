import type { Db } from '../../runtime/db';
import type { DealGateway } from './gateway';

/** What never changes about a deal: enough to authorise a command without waking its workflow. */
export interface DealHeader {
  ownerId: string;
  accountId: string;
  processVersion: number;
}

/** From the read model; a deal created a moment ago may not be projected yet, so then from its workflow. */
export async function dealHeader(db: Db, gateway: DealGateway, dealId: string): Promise<DealHeader> {
  const row = await db.deal.findUnique({ where: { id: dealId }, select: { ownerId: true, accountId: true, processVersion: true } });
  return row ?? (await gateway.view(dealId));
}
