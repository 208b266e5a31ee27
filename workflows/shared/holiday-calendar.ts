import { defineSignal, patched, setHandler } from '@temporalio/workflow';
import { type HolidayCalendar, holidaysOrSeed, newerHolidayCalendar } from '../../process';

/** An admin stored a new holiday calendar version: every workflow that computes business time is told (see calendarBroadcastWorkflow). */
export const holidayCalendarSignal = defineSignal<[HolidayCalendar]>('holidayCalendar');

/** Histories recorded before this patch heard the signal and changed nothing: no workflow handled it. */
const CALENDAR_SIGNAL = 'calendar-signal';

/**
 * Takes a newer calendar told by signal: `take` stores it and records the change (bumping the
 * workflow's version, so its loop wakes and derives every business-time deadline again). An older
 * or equal version is ignored, so a signal told twice or out of order changes nothing.
 */
export function followHolidayCalendar(held: () => HolidayCalendar | undefined, take: (calendar: HolidayCalendar, fromVersion: number) => void): void {
  setHandler(holidayCalendarSignal, (told) => {
    if (!patched(CALENDAR_SIGNAL)) return;
    const current = holidaysOrSeed(held());
    const newer = newerHolidayCalendar(current, told);
    if (newer) take(newer, current.version);
  });
}

/** A child workflow keeps its calendar in its start; the new version is recorded there and in its view. */
export function followStartCalendar(state: { version: number; start: { holidays?: HolidayCalendar } }): void {
  followHolidayCalendar(
    () => state.start.holidays,
    (holidays) => {
      state.start.holidays = holidays;
      state.version += 1;
    },
  );
}

/** The calendar version a workflow computes with, for its view. */
export const holidayCalendarVersion = (holidays: HolidayCalendar | undefined): number => holidaysOrSeed(holidays).version;
