import { z } from 'zod';
import { Prisma } from '../../prisma/generated/client';
import { warrantyStatusAt } from '../../process';
import type { Db } from '../../runtime/db';
import type { DealScope } from '../auth/policy';
import { Timestamp } from '../http/formats';
import { containsPattern } from '../http/like';
import { PageQuery, decodeCursor, pageOf } from '../http/page';

export const ServicedContractQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'Part of the customer’s name or of the contract’s reference' }),
  ...PageQuery,
});

export const ServicedContract = z
  .object({
    contractId: z.uuid(),
    reference: z.string(),
    dealId: z.uuid(),
    dealTitle: z.string(),
    customer: z.string(),
    warrantyStatus: z.enum(['in_warranty', 'out_of_warranty']),
    acceptedAt: Timestamp.nullable(),
    warrantyEndsAt: Timestamp.nullable(),
  })
  .meta({ id: 'ServicedContract', description: 'A signed contract with its after-sales service: what a ticket is opened for' });

interface Row {
  contractId: string;
  reference: string;
  dealId: string;
  dealTitle: string;
  customer: string;
  signedAt: Date;
  acceptedAt: Date | null;
  warrantyEndsAt: Date | null;
}

/** The signed contracts in service that `scope` covers, most recently signed first, found by customer or reference. */
export async function servicedContracts(db: Db, scope: DealScope, query: z.infer<typeof ServicedContractQuery>, now = Date.now()) {
  const from = decodeCursor(query.cursor);
  const rules = [
    scope.all ? undefined : Prisma.sql`s."ownerId" = ANY(${scope.ownerIds}::uuid[])`,
    query.q ? Prisma.sql`(a."name" ILIKE ${containsPattern(query.q)} OR c."reference" ILIKE ${containsPattern(query.q)})` : undefined,
    from ? Prisma.sql`(c."signedAt", s."contractId") < (${from.at}, ${from.id}::uuid)` : undefined,
  ].filter((r): r is Prisma.Sql => r !== undefined);
  const rows = await db.$queryRaw<Row[]>`
    SELECT s."contractId"::text AS "contractId", c."reference", s."dealId"::text AS "dealId", d."title" AS "dealTitle", a."name" AS "customer",
           c."signedAt", s."acceptedAt", s."warrantyEndsAt"
    FROM "Service" s JOIN "Contract" c ON c."id" = s."contractId" JOIN "Deal" d ON d."id" = s."dealId" JOIN "Account" a ON a."id" = d."accountId"
    WHERE ${rules.length ? Prisma.join(rules, ' AND ') : Prisma.sql`TRUE`}
    ORDER BY c."signedAt" DESC, s."contractId" DESC
    LIMIT ${query.limit + 1}`;
  const page = pageOf(rows, query.limit, (r) => ({ at: r.signedAt, id: r.contractId }));
  return {
    items: page.items.map((r) => ({
      contractId: r.contractId,
      reference: r.reference,
      dealId: r.dealId,
      dealTitle: r.dealTitle,
      customer: r.customer,
      warrantyStatus: warrantyStatusAt(now, r.warrantyEndsAt?.getTime()),
      acceptedAt: r.acceptedAt?.toISOString() ?? null,
      warrantyEndsAt: r.warrantyEndsAt?.toISOString() ?? null,
    })),
    nextCursor: page.nextCursor,
  };
}
