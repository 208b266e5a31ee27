import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SERVICE_TIMING,
  DEFAULT_WORKING_HOURS,
  SEED_HOLIDAY_CALENDAR,
  type ServiceTiming,
  visitSchedule,
  warrantyEndsAt,
  warrantyMonthStart,
} from '../../process';

const at = (isoWithOffset: string) => Date.parse(isoWithOffset);
const inShanghai = (instant: number) => new Date(instant).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
const SH = DEFAULT_WORKING_HOURS;
const CN = SEED_HOLIDAY_CALENDAR;

// Accepted on Monday 14 September 2026, 10:00: a twelve-month warranty to 14 September 2027.
const accepted = at('2026-09-14T10:00:00+08:00');
const ends = warrantyEndsAt(accepted, 12, DEFAULT_SERVICE_TIMING, SH, CN);
const plan = visitSchedule(accepted, ends, 'north', DEFAULT_SERVICE_TIMING, SH, CN);
const due = (key: string) => inShanghai(plan.find((v) => v.key === key)!.dueAt);

describe('the warranty', () => {
  it('ends twelve calendar months after acceptance, at the same time of day', () => {
    expect(inShanghai(ends)).toBe('2027-09-14 10:00:00');
  });

  it('ends on the last day of a shorter month', () => {
    expect(inShanghai(warrantyEndsAt(at('2027-01-31T15:00:00+08:00'), 1, DEFAULT_SERVICE_TIMING, SH, CN))).toBe('2027-02-28 15:00:00');
  });

  it('counts the timing’s own month when it has one', () => {
    expect(warrantyEndsAt(accepted, 12, { month: { seconds: 2 } }, SH, CN) - accepted).toBe(24_000);
  });

  it('begins its months, as season windows count them, on the first of each calendar month, or at acceptance in the timing’s own', () => {
    expect(inShanghai(warrantyMonthStart(accepted, 2, DEFAULT_SERVICE_TIMING, SH, CN))).toBe('2026-11-01 09:00:00');
    expect(inShanghai(warrantyMonthStart(accepted, -9, DEFAULT_SERVICE_TIMING, SH, CN))).toBe('2025-12-01 09:00:00');
    expect(warrantyMonthStart(accepted, 0, { month: { seconds: 3 } }, SH, CN)).toBe(accepted);
    expect(warrantyMonthStart(accepted, -1, { month: { seconds: 3 } }, SH, CN) - accepted).toBe(-3_000);
  });
});

describe('the visit programme', () => {
  it('visits every 20 days while the warranty runs: 18 routine visits in a year', () => {
    expect(plan.filter((v) => v.kind === 'routine')).toHaveLength(18);
    expect(due('routine-3')).toBe('2026-11-13 10:00:00');
    expect(due('routine-18')).toBe('2027-09-09 10:00:00');
  });

  it('moves a visit that falls on the National Day holiday to the next working morning', () => {
    // 4 October 2026 is inside the holiday of 1–7 October.
    expect(due('routine-1')).toBe('2026-10-08 09:00:00');
  });

  it('moves a visit that falls on a weekend to Monday, in 2027 too', () => {
    expect(due('routine-2')).toBe('2026-10-26 09:00:00');
    // Sunday 21 February 2027.
    expect(due('routine-8')).toBe('2027-02-22 09:00:00');
  });

  it('checks on site every month, the last one before the warranty ends', () => {
    const checks = plan.filter((v) => v.kind === 'monthly_check');
    expect(checks).toHaveLength(11);
    expect(due('monthly_check-1')).toBe('2026-10-14 10:00:00');
    expect(due('monthly_check-11')).toBe('2027-08-16 09:00:00');
  });

  it('visits when each season of the region begins, inside the warranty only', () => {
    const seasonal = plan.filter((v) => v.kind === 'seasonal');
    expect(seasonal.map((v) => v.key)).toEqual(['seasonal-heating-2026', 'seasonal-rainy-2027']);
    // 1 November 2026 is a Sunday.
    expect(due('seasonal-heating-2026')).toBe('2026-11-02 09:00:00');
    expect(due('seasonal-rainy-2027')).toBe('2027-07-01 09:00:00');
  });

  it('visits at acceptance inside a season, keying a window over the new year by the year it opens', () => {
    const seasonal = (isoWithOffset: string) => {
      const from = at(isoWithOffset);
      return visitSchedule(from, warrantyEndsAt(from, 12, DEFAULT_SERVICE_TIMING, SH, CN), 'north', DEFAULT_SERVICE_TIMING, SH, CN)
        .filter((v) => v.kind === 'seasonal')
        .map((v) => [v.key, inShanghai(v.dueAt)]);
    };
    expect(seasonal('2026-12-10T10:00:00+08:00')).toEqual([
      ['seasonal-heating-2026', '2026-12-10 10:00:00'],
      ['seasonal-rainy-2027', '2027-07-01 09:00:00'],
      ['seasonal-heating-2027', '2027-11-01 09:00:00'],
    ]);
    expect(seasonal('2027-03-03T10:00:00+08:00')).toEqual([
      ['seasonal-heating-2026', '2027-03-03 10:00:00'],
      ['seasonal-rainy-2027', '2027-07-01 09:00:00'],
      ['seasonal-heating-2027', '2027-11-01 09:00:00'],
    ]);
  });

  it('plans as it did before the season-windows patch when acceptance is outside every season, and without the visit at acceptance inside one', () => {
    expect(visitSchedule(accepted, ends, 'north', DEFAULT_SERVICE_TIMING, SH, CN, 'calendar-after-acceptance')).toEqual(plan);
    const inside = at('2026-12-10T10:00:00+08:00');
    const later = warrantyEndsAt(inside, 12, DEFAULT_SERVICE_TIMING, SH, CN);
    const before = visitSchedule(inside, later, 'north', DEFAULT_SERVICE_TIMING, SH, CN, 'calendar-after-acceptance');
    expect(before).toEqual(visitSchedule(inside, later, 'north', DEFAULT_SERVICE_TIMING, SH, CN).filter((v) => v.key !== 'seasonal-heating-2026'));
  });

  it('takes the season windows from the data, per region', () => {
    const south = visitSchedule(accepted, ends, 'south', DEFAULT_SERVICE_TIMING, SH, CN).filter((v) => v.kind === 'seasonal');
    // The south's rainy season runs from April to September: accepted inside it, visited at acceptance.
    expect(south.map((v) => [v.key, inShanghai(v.dueAt)])).toEqual([
      ['seasonal-rainy-2026', '2026-09-14 10:00:00'],
      ['seasonal-rainy-2027', '2027-04-01 09:00:00'],
    ]);
  });

  it('is in time order, and runs in seconds when the timing says so', () => {
    expect(plan.map((v) => v.dueAt)).toEqual([...plan.map((v) => v.dueAt)].sort((a, b) => a - b));
    const fast: ServiceTiming = {
      ...DEFAULT_SERVICE_TIMING,
      month: { seconds: 3 },
      visits: { ...DEFAULT_SERVICE_TIMING.visits, routineEvery: { seconds: 2 } },
      workingHoursOnly: false,
    };
    const short = visitSchedule(accepted, warrantyEndsAt(accepted, 3, fast, SH, CN), 'north', fast, SH, CN);
    expect(short.map((v) => [v.key, (v.dueAt - accepted) / 1000])).toEqual([
      ['routine-1', 2],
      ['monthly_check-1', 3],
      ['routine-2', 4],
      ['monthly_check-2', 6],
      ['routine-3', 6],
      // The heating season opens in November, the second warranty month after September's.
      ['seasonal-heating-2026', 6],
      ['routine-4', 8],
    ]);
    const around = { north: { rainy: { from: 9, to: 9 }, heating: { from: 10, to: 11 } }, south: {}, default: {} };
    const seasons = visitSchedule(
      accepted,
      warrantyEndsAt(accepted, 3, fast, SH, CN),
      'north',
      { ...fast, visits: { ...fast.visits, seasons: around } },
      SH,
      CN,
    );
    expect(seasons.filter((v) => v.kind === 'seasonal').map((v) => [v.key, (v.dueAt - accepted) / 1000])).toEqual([
      ['seasonal-rainy-2026', 0],
      ['seasonal-heating-2026', 3],
    ]);
  });
});
