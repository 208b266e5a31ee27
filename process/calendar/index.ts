/**
 * The business calendar: a versioned holiday calendar's working days, a person's working hours in their
 * own time zone, and spans of working or plain time. Pure and deterministic (safe in Temporal
 * workflow code): instants are epoch milliseconds, nothing reads the clock or the host's zone.
 */
export {
  type HolidayCalendar,
  HolidayCalendarSchema,
  type HolidayName,
  HolidayNameSchema,
  type HolidayYear,
  HolidayYearSchema,
  coveredYears,
  holidayCalendarCovers,
  holidaysFrom,
  newerHolidayCalendar,
  isWorkingDay,
} from './holiday-calendar';
export { SEED_HOLIDAY_CALENDAR, holidaysOrSeed, withoutHolidays } from './seed-calendar';
export { DEFAULT_WORKING_HOURS, type WorkingHours, workingHours } from './working-hours';
export { atLocalTime, localDate } from './time-zone';
export { isWorkingMoment, nextWorkingMoment } from './working-moment';
export { type Span, type SpanUnit, addSpan, spanParts } from './span';
export { spanBefore } from './before';
export { addWorkingTime, workingTimeBetween } from './working-time';
export { type Calendar, dueAfter, landInWorkingHours } from './due';
export { type HolidayRange, HolidayRangeSchema, type HolidayYearInput, holidayYearSchema, rangesOfYear, yearFromRanges } from './holiday-ranges';
export { NEXT_YEAR_NEEDED_FROM, calendarCoverage, missingYearsWarning, yearsNeeded } from './coverage';
export { type IcsYear, parseIcsYear } from './ics';
