import type { WorkingHours } from '../../process';
import type { Db } from '../../runtime/db';

/** The people a contract's service hands work to. */
export function servicePeopleActivities(db: Db) {
  return {
    /** A user's working hours, in their own time zone; null for no such user. */
    async workingHoursOf(userId: string): Promise<WorkingHours | null> {
      const u = await db.user.findUnique({ where: { id: userId }, select: { timezone: true, workdayStart: true, workdayEnd: true } });
      return u && { timezone: u.timezone, start: u.workdayStart, end: u.workdayEnd };
    },
  };
}
