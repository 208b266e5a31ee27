import { describe, expect, it } from 'vitest';
import {
  type ClockRun,
  DEFAULT_SUPPORT_POLICY,
  DEFAULT_WORKING_HOURS,
  type HolidayCalendar,
  SEED_HOLIDAY_CALENDAR,
  consumedTime,
  holidayCalendarCovers,
  instantConsumed,
  pausedTime,
  slaPolicyFor,
  slaSpanMs,
  workingTimeBetween,
} from '../../process';

const at = (iso: string) => Date.parse(iso);
const shanghai = (instant: number | undefined) =>
  instant === undefined ? undefined : new Date(instant).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
const H = 3_600_000;
const M = 60_000;
const AROUND_THE_CLOCK = null;
const OFFICE = { hours: DEFAULT_WORKING_HOURS, holidays: SEED_HOLIDAY_CALENDAR };

describe('SLA policies', () => {
  it('puts in-warranty tickets on the 24×7 clock and low-priority or out-of-warranty ones on business hours', () => {
    const of = (p: Parameters<typeof slaPolicyFor>[1], w: Parameters<typeof slaPolicyFor>[2]) => slaPolicyFor(DEFAULT_SUPPORT_POLICY, p, w);
    expect(of('urgent', 'in_warranty')).toMatchObject({ calendar: 'around_the_clock', targets: { response: { minutes: 15 }, restore: { hours: 2 } } });
    expect(of('normal', 'in_warranty').calendar).toBe('around_the_clock');
    expect(of('low', 'in_warranty').calendar).toBe('business_hours');
    expect(of('urgent', 'out_of_warranty').calendar).toBe('business_hours');
  });

  it('measures targets in hours, minutes or seconds only', () => {
    expect(slaSpanMs({ hours: 2 })).toBe(2 * H);
    expect(slaSpanMs({ seconds: 1.5 })).toBe(1500);
    expect(() => slaSpanMs({ days: 1 } as never)).toThrow(RangeError);
  });
});

describe('an SLA clock on the 24×7 calendar', () => {
  // 2026-10-01, National Day (国庆节): a holiday, and the 24×7 clock runs as on any day.
  const reported = at('2026-10-01T10:00:00+08:00');

  it('runs through a national holiday: restore is due two hours after the report', () => {
    const runs: ClockRun[] = [{ from: reported }];
    expect(consumedTime(runs, reported + H, AROUND_THE_CLOCK)).toBe(H);
    expect(shanghai(instantConsumed(runs, 2 * H, AROUND_THE_CLOCK))).toBe('2026-10-01 12:00:00');
    expect(shanghai(instantConsumed(runs, 0.75 * 2 * H, AROUND_THE_CLOCK))).toBe('2026-10-01 11:30:00');
  });

  it('keeps consumed time across a pause (waiting for the customer) and moves the deadline by the pause', () => {
    const runs: ClockRun[] = [{ from: reported, to: reported + 30 * M }, { from: reported + 60 * M }];
    const now = reported + 90 * M;
    expect(consumedTime(runs, now, AROUND_THE_CLOCK)).toBe(60 * M);
    expect(pausedTime(runs, now, AROUND_THE_CLOCK, false)).toBe(30 * M);
    expect(shanghai(instantConsumed(runs, 2 * H, AROUND_THE_CLOCK))).toBe('2026-10-01 12:30:00');
  });

  it('stands still while paused: no deadline, and the pause so far counts as paused', () => {
    const runs: ClockRun[] = [{ from: reported, to: reported + 30 * M }];
    expect(instantConsumed(runs, 2 * H, AROUND_THE_CLOCK)).toBeUndefined();
    expect(consumedTime(runs, reported + 5 * H, AROUND_THE_CLOCK)).toBe(30 * M);
    expect(pausedTime(runs, reported + 5 * H, AROUND_THE_CLOCK, true)).toBe(4.5 * H);
  });

  it('gives a deadline in the past when a stricter target is already consumed (a priority change)', () => {
    const runs: ClockRun[] = [{ from: reported, to: reported + 30 * M }, { from: reported + 60 * M }];
    expect(shanghai(instantConsumed(runs, 15 * M, AROUND_THE_CLOCK))).toBe('2026-10-01 10:15:00');
    expect(shanghai(instantConsumed(runs, 45 * M, AROUND_THE_CLOCK))).toBe('2026-10-01 11:15:00');
  });
});

describe('an SLA clock on business hours (China working days, 09:00–18:00)', () => {
  it('does not run on the National Day holiday: a ticket of 2026-10-01 starts counting on 2026-10-08', () => {
    const reported = at('2026-10-01T10:00:00+08:00');
    const runs: ClockRun[] = [{ from: reported }];
    expect(consumedTime(runs, at('2026-10-07T23:59:00+08:00'), OFFICE)).toBe(0);
    expect(shanghai(instantConsumed(runs, H, OFFICE))).toBe('2026-10-08 10:00:00');
    expect(shanghai(instantConsumed(runs, 8 * H, OFFICE))).toBe('2026-10-08 17:00:00');
    expect(consumedTime(runs, at('2026-10-08T12:30:00+08:00'), OFFICE)).toBe(3.5 * H);
  });

  it('counts the make-up Saturday (调休) after the holiday as a working day', () => {
    const reported = at('2026-10-09T17:00:00+08:00'); // Friday; Saturday 2026-10-10 is worked
    expect(shanghai(instantConsumed([{ from: reported }], 8 * H, OFFICE))).toBe('2026-10-10 16:00:00');
  });

  it('skips an ordinary weekend', () => {
    expect(workingTimeBetween(at('2026-11-13T17:00:00+08:00'), at('2026-11-16T10:00:00+08:00'), OFFICE.hours, OFFICE.holidays)).toBe(2 * H);
  });

  it('recomputes from the same runs when a priority change moves the ticket to another calendar', () => {
    // Reported Thursday 2026-11-12 at 17:00, paused from 17:30 to Friday 09:30, running since.
    const runs: ClockRun[] = [{ from: at('2026-11-12T17:00:00+08:00'), to: at('2026-11-12T17:30:00+08:00') }, { from: at('2026-11-13T09:30:00+08:00') }];
    const now = at('2026-11-13T10:00:00+08:00');
    expect(consumedTime(runs, now, OFFICE)).toBe(H);
    expect(consumedTime(runs, now, AROUND_THE_CLOCK)).toBe(H);
    expect(pausedTime(runs, now, OFFICE, false)).toBe(H);
    expect(pausedTime(runs, now, AROUND_THE_CLOCK, false)).toBe(16 * H);
    expect(shanghai(instantConsumed(runs, 8 * H, OFFICE))).toBe('2026-11-13 17:00:00');
    expect(shanghai(instantConsumed(runs, 2 * H, AROUND_THE_CLOCK))).toBe('2026-11-13 11:00:00');
  });

  it('runs on plain weekdays in a year the calendar it was given has no schedule for, and stops on the holidays of one that has', () => {
    // National Day 2027 falls on a Friday: the seed (chinese-days' years) does not know 2027 yet.
    const runs: ClockRun[] = [{ from: at('2027-10-01T09:00:00+08:00') }];
    expect(holidayCalendarCovers('2027-10-01', SEED_HOLIDAY_CALENDAR)).toBe(false);
    expect(consumedTime(runs, at('2027-10-01T18:00:00+08:00'), OFFICE)).toBe(9 * H);
    const nationalDay = { zh: '国庆节', en: 'National Day' };
    const with2027: HolidayCalendar = {
      version: 2,
      years: { ...SEED_HOLIDAY_CALENDAR.years, '2027': { holidays: { '2027-10-01': nationalDay }, workdays: [] } },
    };
    expect(consumedTime(runs, at('2027-10-01T18:00:00+08:00'), { ...OFFICE, holidays: with2027 })).toBe(0);
  });
});
