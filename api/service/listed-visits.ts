import { z } from 'zod';
import type { Visit as VisitRow } from '../../prisma/generated/client';
import type { Locale } from '../../process';
import type { Db } from '../../runtime/db';
import type { ServiceView, Visit } from '../../state/service';
import { VisitOut, presentVisit } from './present';

export const ListedVisit = VisitOut.extend({
  reference: z.string().meta({ description: 'The contract’s reference' }),
  dealId: z.uuid(),
  dealTitle: z.string(),
  customer: z.string().meta({ description: 'The customer’s (account’s) name' }),
}).meta({ id: 'ListedVisit', description: 'A visit in a list, with whom and which contract it is for' });

/** Visit rows as a list shows them: two queries for the page's services and deals, whatever its length. */
export async function listedVisits(db: Db, rows: VisitRow[], locale: Locale): Promise<z.infer<typeof ListedVisit>[]> {
  const [services, deals] = await Promise.all([
    db.service.findMany({ where: { contractId: { in: [...new Set(rows.map((r) => r.contractId))] } }, select: { contractId: true, detail: true } }),
    db.deal.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.dealId))] } },
      select: { id: true, title: true, account: { select: { name: true } } },
    }),
  ]);
  const serviceOf = new Map(services.map((s) => [s.contractId, s.detail as unknown as ServiceView]));
  const dealOf = new Map(deals.map((d) => [d.id, d]));
  return rows.map((r) => {
    const service = serviceOf.get(r.contractId)!;
    const deal = dealOf.get(r.dealId)!;
    const visit: Visit = {
      id: r.id,
      key: r.key,
      kind: r.kind as Visit['kind'],
      season: (r.season ?? undefined) as Visit['season'],
      dueAt: r.dueAt.getTime(),
      assigneeId: r.assigneeId,
      purpose: service.visits.find((v) => v.id === r.id)?.purpose,
      record: (r.record ?? undefined) as Visit['record'],
      alerts: 0,
    };
    return {
      ...presentVisit(r.contractId, visit, locale),
      reference: service.start.reference,
      dealId: r.dealId,
      dealTitle: deal.title,
      customer: deal.account.name,
    };
  });
}
