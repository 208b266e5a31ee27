/**
 * The holiday calendar as stored: the seed's years (chinese-days), overridden and extended by
 * the years admins entered. Each change is a new calendar version; workflows are handed the
 * current one when they start.
 */
import {
  DEFAULT_WORKING_HOURS,
  type HolidayCalendar,
  type HolidayRange,
  type HolidayYearInput,
  SEED_HOLIDAY_CALENDAR,
  calendarCoverage,
  holidaysFrom,
  localDate,
  rangesOfYear,
  yearFromRanges,
} from '../process';
import type { Db } from './db';

export type YearSource = 'seed' | 'admin';

export interface CalendarYearEntry {
  year: number;
  source: YearSource;
  /** The calendar version that set this year (1: the seed). */
  version: number;
  holidays: HolidayRange[];
  workdays: string[];
  updatedAt: string | null;
}

const entryOf = (row: { year: number; holidays: unknown; workdays: string[]; version: number; updatedAt: Date }): CalendarYearEntry => ({
  year: row.year,
  source: 'admin',
  version: row.version,
  holidays: row.holidays as HolidayRange[],
  workdays: row.workdays,
  updatedAt: row.updatedAt.toISOString(),
});

const seedEntry = (year: number): CalendarYearEntry | undefined => {
  const seeded = SEED_HOLIDAY_CALENDAR.years[String(year)];
  return (
    seeded && { year, source: 'seed', version: SEED_HOLIDAY_CALENDAR.version, holidays: rangesOfYear(seeded), workdays: [...seeded.workdays], updatedAt: null }
  );
};

/** Every covered year, in order. */
export async function calendarYears(db: Db): Promise<CalendarYearEntry[]> {
  const stored = new Map((await db.calendarYear.findMany()).map((r) => [r.year, entryOf(r)]));
  const years = new Set([...Object.keys(SEED_HOLIDAY_CALENDAR.years).map(Number), ...stored.keys()]);
  return [...years].sort((a, b) => a - b).map((y) => stored.get(y) ?? seedEntry(y)!);
}

export async function calendarYear(db: Db, year: number): Promise<CalendarYearEntry | undefined> {
  const row = await db.calendarYear.findUnique({ where: { year } });
  return row ? entryOf(row) : seedEntry(year);
}

/** The current calendar: the version workflows started now are handed. */
export async function currentHolidayCalendar(db: Db): Promise<HolidayCalendar> {
  const rows = await db.calendarYear.findMany({ orderBy: { year: 'asc' } });
  if (rows.length === 0) return SEED_HOLIDAY_CALENDAR;
  const years = { ...SEED_HOLIDAY_CALENDAR.years };
  for (const r of rows) years[String(r.year)] = yearFromRanges({ holidays: r.holidays as HolidayRange[], workdays: r.workdays });
  return { version: Math.max(...rows.map((r) => r.version)), years };
}

/**
 * What a workflow is handed, at its start or when a new version is told to it: the current
 * calendar from the year before `at` on (a workflow keeps the earlier years it already has).
 */
export async function calendarForWorkflows(db: Db, at: Date): Promise<HolidayCalendar> {
  return holidaysFrom(await currentHolidayCalendar(db), at.getUTCFullYear() - 1);
}

/** The current calendar's coverage on the business day of `at` (Asia/Shanghai): which needed years it is missing. */
export async function calendarCoverageAt(db: Db, at: number): Promise<ReturnType<typeof calendarCoverage>> {
  return calendarCoverage(await currentHolidayCalendar(db), localDate(at, DEFAULT_WORKING_HOURS.timezone));
}

/** Sets one year; the calendar's version grows by one. The unique version makes a racing change fail rather than share it. */
export async function putCalendarYear(db: Db, year: number, input: HolidayYearInput, by: string, at: Date): Promise<CalendarYearEntry> {
  return db.$transaction(async (tx) => {
    const { _max } = await tx.calendarYear.aggregate({ _max: { version: true } });
    const version = (_max.version ?? SEED_HOLIDAY_CALENDAR.version) + 1;
    const data = { holidays: input.holidays, workdays: input.workdays, version, updatedById: by, updatedAt: at };
    return entryOf(await tx.calendarYear.upsert({ where: { year }, create: { year, ...data }, update: data }));
  });
}
