import { type HolidayCalendar, type Span, type WorkingHours, addSpan, atLocalTime, landInWorkingHours, localDate, spanParts } from './calendar';
import type { Region, Season, ServiceTiming, VisitKind } from './service';
import { addWarrantyMonths } from './warranty';

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

/** The first day of each season's window, from the acceptance year to the warranty's end year. */
function seasonStarts(region: Region, timing: ServiceTiming, acceptedAt: number, endsAt: number, hours: WorkingHours) {
  const first = Number(localDate(acceptedAt, hours.timezone).slice(0, 4));
  const last = Number(localDate(endsAt, hours.timezone).slice(0, 4));
  const windows = Object.entries(timing.visits.seasons[region] ?? {}) as Array<[Season, { from: number }]>;
  return windows.flatMap(([season, window]) =>
    Array.from({ length: last - first + 1 }, (_, i) => {
      const year = first + i;
      return { season, year, at: atLocalTime(`${year}-${String(window.from).padStart(2, '0')}-01`, hours.start, hours.timezone) };
    }).filter(({ at }) => at > acceptedAt && at < endsAt),
  );
}

/**
 * The return visits (回访) of a warranty running from `acceptedAt` to `endsAt`: a routine visit every
 * `routineEvery`, an on-site check every `checkEveryMonths`, and a seasonal visit when each season of
 * the customer's region begins. Each lands in the engineer's working hours, past weekends and holidays.
 */
export function visitSchedule(
  acceptedAt: number,
  endsAt: number,
  region: Region,
  timing: ServiceTiming,
  hours: WorkingHours,
  holidays: HolidayCalendar,
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
    ...seasonStarts(region, timing, acceptedAt, endsAt, hours).map(({ season, year, at }) => ({
      key: `seasonal-${season}-${year}`,
      kind: 'seasonal' as const,
      season,
      dueAt: land(at),
    })),
  ];
  return visits.sort((a, b) => a.dueAt - b.dueAt || a.key.localeCompare(b.key));
}
