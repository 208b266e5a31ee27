import type { Db } from '../../runtime/db';
import type { OwnerCalendar } from '../../state/deal';
import type { DealGateway } from './gateway';

export async function ownerCalendarOf(db: Db, userId: string): Promise<OwnerCalendar> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true, workdayStart: true, workdayEnd: true, supervisorId: true } });
  return { hours: { timezone: u.timezone, start: u.workdayStart, end: u.workdayEnd }, supervisorId: u.supervisorId };
}

/** Each open deal a user owns runs its follow-ups on their calendar: tell them all when it changes. */
export async function tellOwnedDeals(db: Db, gateway: DealGateway, userId: string): Promise<void> {
  const calendar = await ownerCalendarOf(db, userId);
  const deals = await db.deal.findMany({ where: { ownerId: userId, status: 'open' }, select: { id: true } });
  for (const { id } of deals) await gateway.tellOwnerCalendar(id, calendar);
}
