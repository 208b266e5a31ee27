import { webPath } from '../runtime/web-paths';
import {
  AGE_BUCKETS,
  FOLLOW_UP_KINDS,
  type FollowUpKind,
  type Label,
  ageBucket,
  atLocalTime,
  formatMoney,
  type HolidayCalendar,
  isWorkingDay,
  localDate,
  minorFromBigInt,
} from '../process';
import { currentHolidayCalendar } from '../runtime/calendar-years';
import type { Db } from '../runtime/db';
import type { emailActivities } from './email/send';

type Send = ReturnType<typeof emailActivities>['sendEmail'];

const PENDING = { in: ['open', 'snoozed'] };
const HOUR = 3_600_000;

const DAY = 24 * HOUR;

/** The user's day around `at`: where it begins and ends. */
function dayOf(at: number, user: { timezone: string }) {
  const today = localDate(at, user.timezone);
  const tomorrow = localDate(atLocalTime(today, '12:00', user.timezone) + 24 * HOUR, user.timezone);
  return { today, start: atLocalTime(today, '00:00', user.timezone), end: atLocalTime(tomorrow, '00:00', user.timezone) };
}

/** Whether the user's working day opens within the hour from `at`, on the current holiday calendar. */
function opensNow(at: number, user: { timezone: string; workdayStart: string }, holidays: HolidayCalendar): boolean {
  const today = localDate(at, user.timezone);
  const opens = atLocalTime(today, user.workdayStart, user.timezone);
  return isWorkingDay(today, holidays) && at >= opens && at < opens + HOUR;
}

/**
 * The morning digest: at the hour a user's working day starts, on a working day, the follow-ups
 * due that day and those overdue. Nothing to do, no email. One email per user and day, ever.
 */
export function digestActivities(db: Db, sendEmail: Send, publicUrl: string) {
  return {
    /** Who gets a digest at `at`: users with pending follow-ups whose working day opens this hour. */
    async morningDigestRecipients({ at }: { at: number }): Promise<string[]> {
      const pending = await db.followUp.findMany({ where: { state: PENDING }, distinct: ['ownerId'], select: { ownerId: true } });
      const users = await db.user.findMany({
        where: { active: true, id: { in: pending.map((p) => p.ownerId) } },
        select: { id: true, timezone: true, workdayStart: true },
      });
      const holidays = await currentHolidayCalendar(db);
      return users.filter((u) => opensNow(at, u, holidays)).map((u) => u.id);
    },

    async sendMorningDigest({ userId, at }: { userId: string; at: number }): Promise<{ sent: boolean }> {
      const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true, workdayStart: true } });
      const day = dayOf(at, user);
      const followUps = await db.followUp.findMany({
        where: { ownerId: userId, state: PENDING, dueAt: { lt: new Date(day.end) } },
        orderBy: { dueAt: 'asc' },
        include: { deal: { select: { title: true } } },
      });
      if (followUps.length === 0) return { sent: false };
      const item = (f: (typeof followUps)[number]) => ({
        dealTitle: f.deal.title,
        dealUrl: publicUrl + webPath.deal(f.dealId),
        action: f.action === FOLLOW_UP_KINDS[f.kind as FollowUpKind]?.en ? FOLLOW_UP_KINDS[f.kind as FollowUpKind] : f.action,
        dueAt: f.dueAt.toISOString(),
      });
      const result = await sendEmail({
        key: `digest:${userId}:${day.today}`,
        template: 'daily_digest',
        to: [userId],
        vars: {
          date: day.today,
          overdue: followUps.filter((f) => f.dueAt.getTime() < day.start).map(item),
          due: followUps.filter((f) => f.dueAt.getTime() >= day.start).map(item),
        },
      });
      return { sent: !result.alreadySent };
    },

    /** Finance users whose working day opens at `at`: they get the receivables digest. */
    async receivablesDigestRecipients({ at }: { at: number }): Promise<string[]> {
      const finance = await db.user.findMany({ where: { active: true, role: 'finance' }, select: { id: true, timezone: true, workdayStart: true } });
      const holidays = await currentHolidayCalendar(db);
      return finance.filter((u) => opensNow(at, u, holidays)).map((u) => u.id);
    },

    /** Overdue installments by age, and those due this week; nothing to report, no email. One per user and day. */
    async sendReceivablesDigest({ userId, at }: { userId: string; at: number }): Promise<{ sent: boolean }> {
      const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true, workdayStart: true } });
      const day = dayOf(at, user);
      const open = await db.installment.findMany({
        where: { status: 'open', dueAt: { lt: new Date(day.start + 7 * DAY) } },
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        include: { contract: { select: { reference: true, dealId: true } } },
      });
      if (open.length === 0) return { sent: false };
      const deals = await db.deal.findMany({
        where: { id: { in: [...new Set(open.map((i) => i.dealId))] } },
        select: { id: true, title: true, account: { select: { name: true } } },
      });
      const dealOf = new Map(deals.map((d) => [d.id, d]));
      const line = (i: (typeof open)[number]) => ({
        customerName: dealOf.get(i.dealId)?.account.name ?? '',
        dealTitle: dealOf.get(i.dealId)?.title ?? '',
        contractRef: i.contract.reference,
        installmentLabel: i.label as string | Label,
        outstanding: formatMoney(minorFromBigInt(i.amountMinor - i.paidMinor)),
        currency: i.currency,
        dueDate: localDate(i.dueAt!.getTime(), user.timezone),
        daysOverdue: Math.floor((at - i.dueAt!.getTime()) / DAY),
        url: publicUrl + webPath.contract(i.contractId),
      });
      const overdue = open.filter((i) => i.dueAt!.getTime() < day.start).map(line);
      const result = await sendEmail({
        key: `receivables:${userId}:${day.today}`,
        template: 'receivables_digest',
        to: [userId],
        vars: {
          receivablesUrl: publicUrl + webPath.receivables(),
          buckets: AGE_BUCKETS.map((bucket) => ({ bucket, items: overdue.filter((l) => ageBucket(Math.max(0, l.daysOverdue)) === bucket) })).filter(
            (b) => b.items.length > 0,
          ),
          dueThisWeek: open.filter((i) => i.dueAt!.getTime() >= day.start).map(line),
        },
      });
      return { sent: !result.alreadySent };
    },
  };
}
