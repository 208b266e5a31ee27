import { type HolidayCalendar, type Span, type WorkingHours, addSpan, landInWorkingHours, localDate, spanParts } from './calendar';
import type { Region, Season, SeasonWindow, ServiceTiming, VisitKind } from './service';
import { addWarrantyMonths, warrantyMonthStart } from './warranty';

/** One visit of the warranty's programme: `key` names it for good (`routine-3`, `seasonal-heating-2027`). */
export interface PlannedVisit {
  key: string;
  kind: VisitKind;
  season?: Season;
  dueAt: number;
}

const times = (span: Span, n: number): Span => {
  const { unit, amount } = spanParts(span);
  return { [unit]: amount * n } as Span;
};

/** Each instant `step(k)` for k = 1, 2, … that comes before `end`. */
function every(step: (k: number) => number, end: number): Array<{ n: number; at: number }> {
  const found: Array<{ n: number; at: number }> = [];
  for (let k = 1; ; k++) {
    const at = step(k);
    if (at >= end) return found;
    found.push({ n: k, at });
  }
}

/**
 * How season windows are read: in warranty months from the acceptance month, a visit when each
 * opens or at acceptance inside one; services accepted before the 'season-windows' patch read them
 * in calendar months and visited only at the windows opening after acceptance.
 */
export type SeasonReading = 'warranty-months' | 'calendar-after-acceptance';

/**
 * A visit for each season window the warranty meets, keyed by the year the window opens in (a
 * heating season from November to March is one window): when the window opens, or at acceptance
 * if the contract is accepted inside it.
 */
function seasonalVisits(
  region: Region,
  timing: ServiceTiming,
  acceptedAt: number,
  endsAt: number,
  hours: WorkingHours,
  holidays: HolidayCalendar,
  reading: SeasonReading,
) {
  const months = reading === 'warranty-months' ? timing : { month: 'calendar' as const };
  const [year, month] = localDate(acceptedAt, hours.timezone).split('-').map(Number);
  /** The start of calendar month `m` (1–12, or past 12 into the next years) of `y`, counted from the acceptance month. */
  const monthStart = (y: number, m: number) => warrantyMonthStart(acceptedAt, (y - year) * 12 + (m - month), months, hours, holidays);
  const windows = Object.entries(timing.visits.seasons[region] ?? {}) as Array<[Season, SeasonWindow]>;
  return windows.flatMap(([season, { from, to }]) => {
    const found: Array<{ season: Season; year: number; at: number }> = [];
    // The window of the year before may still be open at acceptance.
    for (let y = year - 1; ; y++) {
      const opensAt = monthStart(y, from);
      if (opensAt >= endsAt) return found;
      const closesAt = monthStart(y, to < from ? to + 13 : to + 1);
      const meets = reading === 'warranty-months' ? closesAt > acceptedAt : opensAt > acceptedAt;
      if (meets) found.push({ season, year: y, at: Math.max(opensAt, acceptedAt) });
    }
  });
}

/**
 * The return visits (回访) of a warranty running from `acceptedAt` to `endsAt`: a routine visit every
 * `routineEvery`, an on-site check every `checkEveryMonths`, and a seasonal visit for each season of
 * the customer's region. Each lands in the engineer's working hours, past weekends and holidays.
 */
export function visitSchedule(
  acceptedAt: number,
  endsAt: number,
  region: Region,
  timing: ServiceTiming,
  hours: WorkingHours,
  holidays: HolidayCalendar,
  reading: SeasonReading = 'warranty-months',
): PlannedVisit[] {
  const land = (at: number) => landInWorkingHours(at, hours, holidays, timing);
  const { routineEvery, checkEveryMonths } = timing.visits;
  const visits: PlannedVisit[] = [
    ...every((k) => addSpan(acceptedAt, times(routineEvery, k), hours, holidays), endsAt).map(({ n, at }) => ({
      key: `routine-${n}`,
      kind: 'routine' as const,
      dueAt: land(at),
    })),
    ...every((k) => addWarrantyMonths(acceptedAt, k * checkEveryMonths, timing, hours, holidays), endsAt).map(({ n, at }) => ({
      key: `monthly_check-${n}`,
      kind: 'monthly_check' as const,
      dueAt: land(at),
    })),
    ...seasonalVisits(region, timing, acceptedAt, endsAt, hours, holidays, reading).map(({ season, year, at }) => ({
      key: `seasonal-${season}-${year}`,
      kind: 'seasonal' as const,
      season,
      dueAt: land(at),
    })),
  ];
  return visits.sort((a, b) => a.dueAt - b.dueAt || a.key.localeCompare(b.key));
}
