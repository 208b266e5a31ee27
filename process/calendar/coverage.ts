import type { Label } from '../label';
import { type HolidayCalendar, coveredYears } from './holiday-calendar';

/** From this day on (MM-DD), next year's holidays are needed: timers set now start to fall in it. */
export const NEXT_YEAR_NEEDED_FROM = '11-01';

/** The years that must be covered on `today` (YYYY-MM-DD): this one, and the next from 1 November. */
export function yearsNeeded(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= NEXT_YEAR_NEEDED_FROM ? [year, year + 1] : [year];
}

/** Which years the calendar covers, and which of those needed on `today` it is missing. */
export function calendarCoverage(holidays: HolidayCalendar, today: string): { version: number; covered: number[]; missing: number[] } {
  const covered = coveredYears(holidays);
  return { version: holidays.version, covered, missing: yearsNeeded(today).filter((y) => !covered.includes(y)) };
}

/** What people are told when needed years have no holidays: never a silent "weekends only". */
export function missingYearsWarning(missing: readonly number[]): Label {
  const years = missing.join(', ');
  return {
    'zh-CN': `业务日历缺少 ${missing.join('、')} 年的节假日与调休安排：在管理员补充之前，这些日期只按周末计算工作日。`,
    en: `The business calendar has no holidays or make-up working days for ${years}: those dates count weekends only until an admin adds them.`,
  };
}
