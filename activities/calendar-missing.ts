import { calendarCoverageAt } from '../runtime/calendar-years';
import type { Db } from '../runtime/db';
import { webPath } from '../runtime/web-paths';
import type { emailActivities } from './email/send';

type Send = ReturnType<typeof emailActivities>['sendEmail'];

/**
 * Admins hear of each holiday-calendar year missing at `at` (this year, and next year from
 * 1 November, as the process view and /readyz say): one email per admin and year, ever. Once an
 * admin stores the year it is no longer missing, and nothing more goes out.
 */
export function calendarMissingActivities(db: Db, sendEmail: Send, publicUrl: string) {
  return {
    async warnOfMissingCalendarYears({ at }: { at: number }): Promise<{ sent: number }> {
      const { missing } = await calendarCoverageAt(db, at);
      if (missing.length === 0) return { sent: 0 };
      const admins = await db.user.findMany({ where: { active: true, role: 'admin' }, select: { id: true }, orderBy: { id: 'asc' } });
      const due = missing.flatMap((year) => admins.map((admin) => ({ year, adminId: admin.id, key: `calendar-missing:${year}:${admin.id}` })));
      // The hourly run skips what the outbox has sent without a send each; the send itself still decides.
      const done = new Set(
        (await db.emailOutbox.findMany({ where: { key: { in: due.map((d) => d.key) }, status: 'sent' }, select: { key: true } })).map((r) => r.key),
      );
      let sent = 0;
      for (const { year, adminId, key } of due.filter((d) => !done.has(d.key))) {
        const result = await sendEmail({
          key,
          template: 'calendar_year_missing',
          to: [adminId],
          vars: { year, calendarUrl: publicUrl + webPath.adminCalendar() },
        });
        if (!result.alreadySent) sent++;
      }
      return { sent };
    },
  };
}
