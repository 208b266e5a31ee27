import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKING_HOURS,
  spanBefore,
  type HolidayCalendar,
  HolidayCalendarSchema,
  SEED_HOLIDAY_CALENDAR,
  calendarCoverage,
  coveredYears,
  missingYearsWarning,
  newerHolidayCalendar,
  type Span,
  type WorkingHours,
  addSpan,
  atLocalTime,
  holidayCalendarCovers,
  holidaysFrom,
  isWorkingDay,
  isWorkingMoment,
  localDate,
  nextWorkingMoment,
  workingHours,
} from '../../process/calendar';

// Inputs are written with explicit offsets; results are read back with the platform's own
// Intl, never with the calendar module under test.
const at = (isoWithOffset: string) => {
  const t = Date.parse(isoWithOffset);
  if (Number.isNaN(t)) throw new Error(`bad test instant ${isoWithOffset}`);
  return t;
};
const wall = (instant: number, timeZone: string) => new Date(instant).toLocaleString('sv-SE', { timeZone });
const inShanghai = (instant: number) => wall(instant, 'Asia/Shanghai');
const inBerlin = (instant: number) => wall(instant, 'Europe/Berlin');

const CN = SEED_HOLIDAY_CALENDAR;
const SH = DEFAULT_WORKING_HOURS;
const BERLIN = workingHours({ timezone: 'Europe/Berlin', start: '09:00', end: '18:00' });
const add = (instant: number, span: Span, hours: WorkingHours = SH) => addSpan(instant, span, hours, CN);

// Dates below are those of chinese-days 1.5.7's data (dist/chinese-days.json), 2026 schedule:
// National Day holidays 2026-10-01..07, make-up workdays Sun 2026-09-20 and Sat 2026-10-10;
// Spring Festival holidays 2026-02-15..23, make-up workdays Sat 2026-02-14 and Sat 2026-02-28.

describe('working days: mainland China, from chinese-days', () => {
  it('takes National Day 2026 (Oct 1–7) off, weekdays included, and works again on Thu Oct 8', () => {
    for (let d = 1; d <= 7; d++) expect(isWorkingDay(`2026-10-0${d}`, CN), `2026-10-0${d}`).toBe(false);
    expect(isWorkingDay('2026-10-08', CN)).toBe(true);
    expect(isWorkingDay('2026-09-30', CN)).toBe(true);
  });

  it('takes Spring Festival 2026 (Feb 15–23) off', () => {
    for (const d of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23']) expect(isWorkingDay(d, CN), d).toBe(false);
    expect(isWorkingDay('2026-02-24', CN)).toBe(true);
  });

  it('works on make-up days (调休) that fall on a weekend, and not on plain weekends', () => {
    for (const d of ['2026-02-14', '2026-02-28', '2026-05-09', '2026-10-10', '2026-09-20', '2026-01-04']) expect(isWorkingDay(d, CN), d).toBe(true);
    for (const d of ['2026-10-17', '2026-10-18', '2026-09-19']) expect(isWorkingDay(d, CN), d).toBe(false);
  });

  it('hands a workflow only the years from the one before it starts, with the same answers in them', () => {
    const handed = holidaysFrom(CN, 2025);
    expect(coveredYears(handed)).toEqual([2025, 2026]);
    expect(handed.version).toBe(CN.version);
    for (const d of ['2026-10-01', '2026-10-08', '2026-02-14', '2025-01-28']) expect(isWorkingDay(d, handed), d).toBe(isWorkingDay(d, CN));
  });

  it('knows the holiday schedule of 2004–2026 and says which years it covers', () => {
    expect(coveredYears(CN)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(holidayCalendarCovers('2004-01-01', CN)).toBe(true);
    expect(holidayCalendarCovers('2026-12-31', CN)).toBe(true);
    expect(holidayCalendarCovers('2027-01-01', CN)).toBe(false);
    expect(holidayCalendarCovers('2003-12-31', CN)).toBe(false);
  });

  it('falls back to weekends only outside those years (2027 has no published schedule in this data yet)', () => {
    // New Year's Day 2027 (a Friday) and Monday 2027-02-08, the third day of the 2027 Spring
    // Festival, will be holidays once the State Council publishes 2027; until chinese-days
    // ships that schedule they are working days like any other weekday.
    expect(isWorkingDay('2027-01-01', CN)).toBe(true);
    expect(isWorkingDay('2027-02-08', CN)).toBe(true);
    expect(isWorkingDay('2027-02-06', CN)).toBe(false); // Saturday
    expect(isWorkingDay('2003-10-01', CN)).toBe(true); // a Wednesday before the data starts
  });

  it("agrees day by day with chinese-days' own isWorkday, run in its home zone, 2003–2027", async () => {
    // isWorkday() reads weekdays through the host's local time, so it is only right in zones
    // at or east of UTC; load it under Asia/Shanghai to compare (why we do not call it).
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      const mod: any = await import('chinese-days');
      const isWorkday: (d: string) => boolean = (mod.default ?? mod).isWorkday;
      const differ: string[] = [];
      for (let t = Date.UTC(2003, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
        const d = new Date(t).toISOString().slice(0, 10);
        if (isWorkingDay(d, CN) !== isWorkday(d)) differ.push(d);
      }
      expect(differ).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('rejects what is not a real YYYY-MM-DD date', () => {
    expect(() => isWorkingDay('2026-02-30', CN)).toThrow(/no such date/);
    expect(() => isWorkingDay('2026/10/01', CN)).toThrow(/YYYY-MM-DD/);
  });
});

describe('time zones', () => {
  it('reads the local date of an instant in a given zone', () => {
    const t = at('2026-10-09T18:30:00Z');
    expect(localDate(t, 'Asia/Shanghai')).toBe('2026-10-10');
    expect(localDate(t, 'Europe/Berlin')).toBe('2026-10-09');
    expect(localDate(t, 'America/Los_Angeles')).toBe('2026-10-09');
  });

  it('maps a wall-clock time to an instant across DST changes (Europe/Berlin)', () => {
    expect(atLocalTime('2026-03-27', '09:00', 'Europe/Berlin')).toBe(at('2026-03-27T09:00+01:00'));
    expect(atLocalTime('2026-03-30', '09:00', 'Europe/Berlin')).toBe(at('2026-03-30T09:00+02:00'));
    // 02:30 never happens on 2026-03-29: moved forward by the gap, to 03:30 CEST.
    expect(atLocalTime('2026-03-29', '02:30', 'Europe/Berlin')).toBe(at('2026-03-29T03:30+02:00'));
    // 02:30 happens twice on 2026-10-25: the earlier one, still CEST.
    expect(atLocalTime('2026-10-25', '02:30', 'Europe/Berlin')).toBe(at('2026-10-25T02:30+02:00'));
  });

  it("does not depend on the host's time zone", () => {
    const saved = process.env.TZ;
    const answers = () => [
      isWorkingDay('2026-10-17', CN),
      localDate(at('2026-10-09T18:30:00Z'), 'Asia/Shanghai'),
      nextWorkingMoment(at('2026-10-09T19:00+08:00'), SH, CN),
      add(at('2026-11-20T19:30+08:00'), { businessDays: 1 }),
    ];
    try {
      process.env.TZ = 'Asia/Shanghai';
      const east = answers();
      process.env.TZ = 'America/Los_Angeles';
      expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(480); // the host zone did change
      expect(answers()).toEqual(east);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('working hours', () => {
  it('defaults to 09:00–18:00 in Asia/Shanghai', () => {
    expect(DEFAULT_WORKING_HOURS).toEqual({ timezone: 'Asia/Shanghai', start: '09:00', end: '18:00' });
    expect(workingHours(DEFAULT_WORKING_HOURS)).toEqual(DEFAULT_WORKING_HOURS);
  });

  it('rejects hours that do not end after they start', () => {
    expect(() => workingHours({ timezone: 'Asia/Shanghai', start: '18:00', end: '09:00' })).toThrow(
      'working hours must end after they start on the same day: start 18:00, end 09:00',
    );
    expect(() => workingHours({ timezone: 'Asia/Shanghai', start: '09:00', end: '09:00' })).toThrow(/must end after they start/);
  });

  it('rejects malformed times and unknown zones, also when a span is added', () => {
    expect(() => workingHours({ timezone: 'Asia/Shanghai', start: '9:00', end: '18:00' })).toThrow(/HH:MM/);
    expect(() => workingHours({ timezone: 'Asia/Shanghai', start: '09:00', end: '24:00' })).toThrow(/HH:MM/);
    expect(() => workingHours({ timezone: 'Mars/Olympus_Mons', start: '09:00', end: '18:00' })).toThrow(/unknown time zone/);
    expect(() => add(0, { hours: 1 }, { timezone: 'Asia/Shanghai', start: '18:00', end: '09:00' })).toThrow(/must end after/);
  });
});

describe('nextWorkingMoment', () => {
  const next = (iso: string) => inShanghai(nextWorkingMoment(at(iso), SH, CN));

  it('before opening: the opening the same day', () => {
    expect(next('2026-10-08T08:15+08:00')).toBe('2026-10-08 09:00:00');
  });

  it('during working hours, the opening minute included: the instant itself', () => {
    expect(nextWorkingMoment(at('2026-10-08T14:37:12.345+08:00'), SH, CN)).toBe(at('2026-10-08T14:37:12.345+08:00'));
    expect(next('2026-10-08T09:00+08:00')).toBe('2026-10-08 09:00:00');
    expect(isWorkingMoment(at('2026-10-08T17:59:59.999+08:00'), SH, CN)).toBe(true);
  });

  it('at or after closing: the next working day opening', () => {
    expect(next('2026-10-08T18:00+08:00')).toBe('2026-10-09 09:00:00');
    expect(next('2026-10-08T23:59+08:00')).toBe('2026-10-09 09:00:00');
  });

  it('on a weekend: Monday opening', () => {
    expect(next('2026-10-17T11:00+08:00')).toBe('2026-10-19 09:00:00');
    expect(next('2026-11-20T19:30+08:00')).toBe('2026-11-23 09:00:00');
  });

  it('in a holiday: the first working day after it; before a make-up Saturday: that Saturday', () => {
    expect(next('2026-09-30T18:30+08:00')).toBe('2026-10-08 09:00:00');
    expect(next('2026-10-03T10:00+08:00')).toBe('2026-10-08 09:00:00');
    expect(next('2026-10-09T19:00+08:00')).toBe('2026-10-10 09:00:00');
    expect(next('2026-10-10T10:00+08:00')).toBe('2026-10-10 10:00:00');
  });
});

describe('addSpan: business hours', () => {
  const plus = (iso: string, businessHours: number) => inShanghai(add(at(iso), { businessHours }));

  it('Friday 19:30 + 2 business hours: next working day 11:00', () => {
    expect(plus('2026-11-20T19:30+08:00', 2)).toBe('2026-11-23 11:00:00');
  });

  it('Friday 17:00 + 2 business hours: one hour on Friday, one on Monday', () => {
    expect(plus('2026-11-20T17:00+08:00', 2)).toBe('2026-11-23 10:00:00');
  });

  it('ends at closing time when the span runs out exactly then; nextWorkingMoment moves that to the next opening', () => {
    const due = add(at('2026-11-20T17:00+08:00'), { businessHours: 1 });
    expect(inShanghai(due)).toBe('2026-11-20 18:00:00');
    expect(inShanghai(nextWorkingMoment(due, SH, CN))).toBe('2026-11-23 09:00:00');
  });

  it('skips a public holiday (National Day 2026)', () => {
    expect(plus('2026-09-30T17:00+08:00', 4)).toBe('2026-10-08 12:00:00');
  });

  it('lands on a make-up Saturday', () => {
    expect(plus('2026-10-09T17:00+08:00', 2)).toBe('2026-10-10 10:00:00');
  });

  it('counts fractions, zero and whole weeks', () => {
    expect(plus('2026-11-23T10:00+08:00', 1.5)).toBe('2026-11-23 11:30:00');
    expect(plus('2026-11-23T10:00+08:00', 0)).toBe('2026-11-23 10:00:00');
    expect(plus('2026-11-21T10:00+08:00', 0)).toBe('2026-11-23 09:00:00');
    expect(plus('2026-11-23T09:00+08:00', 45)).toBe('2026-11-27 18:00:00');
  });
});

describe('addSpan: business days', () => {
  const plus = (iso: string, businessDays: number) => inShanghai(add(at(iso), { businessDays }));

  it('from inside working hours: the same time of day, N working days later', () => {
    expect(plus('2026-11-20T10:00+08:00', 1)).toBe('2026-11-23 10:00:00');
    expect(plus('2026-11-23T09:00+08:00', 1)).toBe('2026-11-24 09:00:00');
  });

  it('Friday 19:30 + 1 business day: within the next working day, at its close', () => {
    expect(plus('2026-11-20T19:30+08:00', 1)).toBe('2026-11-23 18:00:00');
    expect(plus('2026-11-23T08:00+08:00', 1)).toBe('2026-11-23 18:00:00');
    expect(plus('2026-11-21T12:00+08:00', 2)).toBe('2026-11-24 18:00:00');
  });

  it('skips National Day 2026 and lands on the make-up Saturday after it', () => {
    expect(plus('2026-09-30T10:00+08:00', 1)).toBe('2026-10-08 10:00:00');
    expect(plus('2026-09-30T10:00+08:00', 3)).toBe('2026-10-10 10:00:00');
    expect(plus('2026-10-09T15:00+08:00', 1)).toBe('2026-10-10 15:00:00');
  });

  it('lands on a make-up Sunday (2026-09-20) and across Spring Festival 2026', () => {
    expect(plus('2026-09-18T11:00+08:00', 1)).toBe('2026-09-20 11:00:00');
    expect(plus('2026-02-13T10:00+08:00', 1)).toBe('2026-02-14 10:00:00');
    expect(plus('2026-02-13T10:00+08:00', 2)).toBe('2026-02-24 10:00:00');
  });

  it('is the same as N × 9 business hours on a 09:00–18:00 day', () => {
    for (let t = at('2026-09-14T00:00+08:00'); t < at('2026-10-20T00:00+08:00'); t += 97 * 60_000) {
      for (const n of [1, 3]) expect(add(t, { businessDays: n }), inShanghai(t)).toBe(add(t, { businessHours: 9 * n }));
    }
  });
});

describe('addSpan: exact spans ignore the calendar', () => {
  const t = at('2026-09-30T19:30+08:00');

  it('lands on holidays and weekends as they come', () => {
    expect(inShanghai(add(t, { days: 1 }))).toBe('2026-10-01 19:30:00');
    expect(inShanghai(add(t, { hours: 2 }))).toBe('2026-09-30 21:30:00');
    expect(inShanghai(add(t, { minutes: 90 }))).toBe('2026-09-30 21:00:00');
    expect(add(t, { seconds: 30 })).toBe(t + 30_000);
  });

  it('goes backwards too (a tender deadline minus 3 days)', () => {
    expect(inShanghai(add(t, { days: -3 }))).toBe('2026-09-27 19:30:00');
    expect(add(t, { hours: -72 })).toBe(t - 72 * 3_600_000);
  });

  it('counts days on the wall clock and hours as elapsed time across DST (Europe/Berlin)', () => {
    const sat = at('2026-03-28T10:00+01:00');
    expect(inBerlin(add(sat, { days: 1 }, BERLIN))).toBe('2026-03-29 10:00:00');
    expect(add(sat, { days: 1 }, BERLIN) - sat).toBe(23 * 3_600_000);
    expect(inBerlin(add(sat, { hours: 24 }, BERLIN))).toBe('2026-03-29 11:00:00');
  });
});

describe('a user in another time zone (Europe/Berlin): mainland China holidays still apply', () => {
  it("skips China's National Day, on Berlin's wall clock", () => {
    expect(inBerlin(add(at('2026-09-30T17:00+02:00'), { businessHours: 2 }, BERLIN))).toBe('2026-10-08 10:00:00');
  });

  it('works on the make-up Saturday, judged on the Berlin date', () => {
    expect(inBerlin(nextWorkingMoment(at('2026-10-09T19:00+02:00'), BERLIN, CN))).toBe('2026-10-10 09:00:00');
    expect(isWorkingMoment(at('2026-10-17T10:00+02:00'), BERLIN, CN)).toBe(false);
  });

  it('keeps working hours across the spring-forward weekend (2026-03-29)', () => {
    const fri = at('2026-03-27T17:00+01:00');
    const due = add(fri, { businessHours: 2 }, BERLIN);
    expect(due).toBe(at('2026-03-30T10:00+02:00'));
    expect(inBerlin(due)).toBe('2026-03-30 10:00:00');
    expect(inBerlin(add(at('2026-03-27T10:00+01:00'), { businessDays: 1 }, BERLIN))).toBe('2026-03-30 10:00:00');
    expect(nextWorkingMoment(at('2026-03-29T12:00+02:00'), BERLIN, CN)).toBe(at('2026-03-30T07:00:00Z'));
  });

  it('keeps working hours across the fall-back weekend (2026-10-25)', () => {
    expect(add(at('2026-10-23T10:00+02:00'), { businessDays: 1 }, BERLIN)).toBe(at('2026-10-26T10:00+01:00'));
    expect(add(at('2026-10-23T17:30+02:00'), { businessHours: 1 }, BERLIN)).toBe(at('2026-10-26T09:30+01:00'));
  });
});

describe('spans are checked', () => {
  it('rejects unknown, several, negative business and fractional day spans', () => {
    expect(() => add(0, { weeks: 1 } as unknown as Span)).toThrow(/exactly one of/);
    expect(() => add(0, { days: 1, hours: 2 } as unknown as Span)).toThrow(/exactly one of/);
    expect(() => add(0, { businessHours: -1 })).toThrow(/must not be negative/);
    expect(() => add(0, { businessDays: 1.5 })).toThrow(/whole number/);
    expect(() => add(0, { days: 0.5 })).toThrow(/whole number/);
    expect(() => add(0, { hours: Number.NaN })).toThrow(/finite/);
    expect(() => add(Number.NaN, { hours: 1 })).toThrow(/not an instant/);
  });
});

describe('spans before an instant', () => {
  const hours = { timezone: 'Asia/Shanghai', start: '09:00', end: '18:00' };
  it('counts business days back over weekends, at the same time of day', () => {
    const deadline = Date.parse('2026-12-07T09:00:00Z'); // Monday 17:00
    expect(new Date(spanBefore(deadline, { businessDays: 1 }, hours, CN)).toISOString()).toBe('2026-12-04T09:00:00.000Z'); // Friday 17:00
    expect(new Date(spanBefore(deadline, { businessDays: 3 }, hours, CN)).toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(spanBefore(deadline, { seconds: 5 }, hours, CN)).toBe(deadline - 5000);
    expect(() => spanBefore(deadline, { businessHours: 2 }, hours, CN)).toThrow(RangeError);
  });
});

describe('the holiday calendar as versioned data', () => {
  const springFestival = { zh: '春节', en: 'Spring Festival' };
  const with2027: HolidayCalendar = {
    version: 2,
    years: { ...CN.years, '2027': { holidays: { '2027-02-08': springFestival }, workdays: ['2027-02-20'] } },
  };

  it('seeds version 1 from chinese-days, frozen and valid', () => {
    expect(CN.version).toBe(1);
    expect(HolidayCalendarSchema.parse(CN)).toEqual(CN);
    expect(Object.isFrozen(CN.years['2026'].holidays)).toBe(true);
    expect(CN.years['2026'].holidays['2026-10-01']).toEqual({ zh: '国庆节', en: 'National Day' });
  });

  it('answers on the calendar it is given: a year an admin added has its holidays and make-up days', () => {
    expect(isWorkingDay('2027-02-08', CN)).toBe(true);
    expect(isWorkingDay('2027-02-08', with2027)).toBe(false);
    expect(isWorkingDay('2027-02-20', with2027)).toBe(true); // a Saturday worked
    expect(inShanghai(addSpan(at('2027-02-05T10:00+08:00'), { businessDays: 1 }, SH, with2027))).toBe('2027-02-09 10:00:00');
  });

  it('refuses a date outside its year, and a day both off and worked', () => {
    const bad = { version: 3, years: { '2027': { holidays: { '2028-01-01': springFestival, '2027-02-20': springFestival }, workdays: ['2027-02-20'] } } };
    const messages = HolidayCalendarSchema.safeParse(bad).error!.issues.map((i) => i.message);
    expect(messages).toEqual(['2028-01-01 is not in 2027', '2027-02-20 is both a holiday and a make-up working day']);
  });
});

describe('years the calendar must cover', () => {
  it('needs this year, and next year from 1 November: missing ones are named, in Chinese and English', () => {
    expect(calendarCoverage(CN, '2026-10-31').missing).toEqual([]);
    expect(calendarCoverage(CN, '2026-11-01').missing).toEqual([2027]);
    expect(calendarCoverage(CN, '2027-03-01').missing).toEqual([2027]);
    expect(missingYearsWarning([2027]).en).toMatch(/2027: those dates count weekends only/);
    expect(missingYearsWarning([2027])['zh-CN']).toMatch(/2027 年/);
  });
});

describe('a newer calendar told to a running workflow', () => {
  const y = (holiday: string) => ({ holidays: { [holiday]: { zh: '假', en: 'Off' } }, workdays: [] });
  const held: HolidayCalendar = { version: 2, years: { '2025': y('2025-01-01'), '2026': y('2026-01-01') } };

  it('takes the new version’s years and keeps its own earlier ones', () => {
    const told: HolidayCalendar = { version: 3, years: { '2026': y('2026-01-02'), '2027': y('2027-01-01') } };
    expect(newerHolidayCalendar(held, told)).toEqual({ version: 3, years: { '2025': y('2025-01-01'), '2026': y('2026-01-02'), '2027': y('2027-01-01') } });
  });

  it('ignores the same version told again, and an older one told late', () => {
    expect(newerHolidayCalendar(held, { ...held, years: {} })).toBeUndefined();
    expect(newerHolidayCalendar(held, { version: 1, years: {} })).toBeUndefined();
  });
});
