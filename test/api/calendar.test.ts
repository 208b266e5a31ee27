import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKING_HOURS,
  type HolidayCalendar,
  SEED_HOLIDAY_CALENDAR,
  calendarCoverage,
  dueAfter,
  localDate,
  missingYearsWarning,
  yearFromRanges,
} from '../../process';
import { prisma } from '../../scripts/prisma/cli';
import { type TestApp, startTestApp } from '../support/app';
import { makeAccount, makeUser } from '../support/fixtures';
import { privateDatabase } from '../support/private-database';

// Adding a year changes the calendar every workflow started afterwards is handed, so this file
// runs on a database of its own.
let app: TestApp;
let database: Awaited<ReturnType<typeof privateDatabase>>;
beforeAll(async () => {
  database = await privateDatabase();
  await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: database.url } });
  // Material sent is followed up 60 business days later, in working hours: from December 2026 that
  // crosses the 2027 Spring Festival, so the calendar decides the day.
  app = await startTestApp({
    databaseUrl: database.url,
    followUpTiming: { rules: [{ after: 'email_material', creates: 'material', dueAfter: { businessDays: 60 } }], workingHoursOnly: true },
  });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const springFestival = { zh: '春节', en: 'Spring Festival' };
// A 2027 schedule as the State Council might publish it: Saturday 6 to Friday 12 February off, Saturday 20 February worked.
const year2027 = { holidays: [{ from: '2027-02-06', to: '2027-02-12', name: springFestival }], workdays: ['2027-02-20'] };

describe('the holiday calendar years', () => {
  it('covers the seed’s years (2004–2026) at version 1, and not 2027', async () => {
    const rep = await makeUser(app, 'rep');
    const years = await rep.api('GET', '/api/v1/calendar/years');
    expect(years.status).toBe(200);
    expect(years.body.version).toBe(1);
    expect(years.body.years.map((y: { year: number }) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(years.body.years[22]).toEqual({ year: 2026, source: 'seed', version: 1 });
    const year2026 = (await rep.api('GET', '/api/v1/calendar/years/2026')).body;
    expect(year2026.holidays.find((h: { name: { en: string } }) => h.name.en === 'National Day')).toEqual({
      from: '2026-10-01',
      to: '2026-10-07',
      name: { zh: '国庆节', en: 'National Day' },
    });
    expect((await rep.api('GET', '/api/v1/calendar/years/2027')).status).toBe(404);
  });

  it('says which needed years are missing, in the process view and as a readiness warning (never a failure)', async () => {
    const rep = await makeUser(app, 'rep');
    const { missing } = calendarCoverage(SEED_HOLIDAY_CALENDAR, localDate(Date.now(), 'Asia/Shanghai'));
    const view = (await rep.api('GET', '/api/v1/process', undefined, { 'accept-language': 'zh-CN' })).body.holidayCalendar;
    expect(view).toMatchObject({ version: 1, missing, warning: missing.length ? missingYearsWarning(missing)['zh-CN'] : null });
    expect(view.covered).toContain(2026);
    const ready = await fetch(`${app.url}/readyz`).then((r) => r.json());
    expect(ready.status).toBe('ready');
    expect(ready.warnings).toEqual(missing.length ? [missingYearsWarning(missing).en] : []);
  });

  it('lets only an admin set a year', async () => {
    const rep = await makeUser(app, 'rep');
    const res = await rep.api('PUT', '/api/v1/calendar/years/2027', year2027);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('refuses dates outside the year, a weekday make-up day, ranges out of order and a day both off and worked: 400 with field errors', async () => {
    const res = await app.admin('PUT', '/api/v1/calendar/years/2027', {
      holidays: [
        { from: '2027-02-06', to: '2027-02-12', name: springFestival },
        { from: '2027-02-10', to: '2027-02-09', name: springFestival },
        { from: '2028-01-01', to: '2028-01-01', name: { zh: '元旦', en: 'New Year’s Day' } },
      ],
      workdays: ['2027-02-07', '2027-02-17'],
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.holidays.2.from',
        'body.holidays.2.to',
        'body.workdays.1',
        'body.holidays.1.to',
        'body.holidays.1.from',
        'body.workdays.0',
      ]),
    );
    expect((await app.admin('GET', '/api/v1/calendar/years')).body.version).toBe(1);
  });

  it('adds 2027 as a new version: a deal started afterwards keeps the Spring Festival off', async () => {
    const put = await app.admin('PUT', '/api/v1/calendar/years/2027', year2027);
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ year: 2027, source: 'admin', version: 2, ...year2027 });
    const years = (await app.admin('GET', '/api/v1/calendar/years')).body;
    expect(years.version).toBe(2);
    expect(years.years.at(-1)).toEqual({ year: 2027, source: 'admin', version: 2 });

    const rep = await makeUser(app, 'rep', { timezone: 'Asia/Shanghai', workdayStart: '09:00', workdayEnd: '18:00' });
    const { accountId } = await makeAccount(app);
    const deal = (await rep.api('POST', '/api/v1/deals', { title: 'Lunar new year', accountId, amount: 1000 })).body;
    expect(deal.holidayCalendarVersion).toBe(2);
    const logged = await rep.api('POST', `/api/v1/deals/${deal.id}/activities`, { type: 'email_material', summary: 'Brochure' });
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
    const sent = Date.parse(logged.body.at);
    const dueOn = (holidays: HolidayCalendar) =>
      new Date(dueAfter(sent, { businessDays: 60 }, DEFAULT_WORKING_HOURS, holidays, { workingHoursOnly: true })).toISOString();
    const with2027 = { version: 2, years: { ...SEED_HOLIDAY_CALENDAR.years, '2027': yearFromRanges(year2027) } };
    expect(logged.body.followUps.map((f: { dueAt: string }) => f.dueAt)).toEqual([dueOn(with2027)]);
    expect(dueOn(with2027)).not.toBe(dueOn(SEED_HOLIDAY_CALENDAR)); // the festival's weekdays count as days off
  });

  it('imports a year from an iCalendar file: all-day holidays by name, 补班 events as make-up days', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20280126',
      'DTEND;VALUE=DATE:20280202',
      'SUMMARY:春节',
      'SUMMARY;LANGUAGE=en:Spring',
      '  Festival',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20280122',
      'SUMMARY:春节调休补班',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const text = { 'content-type': 'text/calendar' };
    const rep = await makeUser(app, 'rep');
    expect((await rep.api('POST', '/api/v1/calendar/years/2028/ics', ics, text)).status).toBe(403);
    const wrongYear = await app.admin('POST', '/api/v1/calendar/years/2029/ics', ics, text);
    expect(wrongYear.status).toBe(400);
    expect(wrongYear.body.errors.map((e: { field: string }) => e.field)).toContain('body.holidays.0.from');
    const timed = ics.replace('DTSTART;VALUE=DATE:20280122', 'DTSTART:20280122T090000Z');
    expect((await app.admin('POST', '/api/v1/calendar/years/2028/ics', timed, text)).body.errors).toEqual([
      { field: 'body', message: '春节调休补班: not an all-day event (DTSTART;VALUE=DATE:YYYYMMDD)' },
    ]);
    for (const [file, message] of [
      ['not a calendar', 'not an iCalendar file: it has no BEGIN:VCALENDAR'],
      ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR', 'the file has no all-day holiday event (VEVENT)'],
    ]) {
      const refused = await app.admin('POST', '/api/v1/calendar/years/2028/ics', file, text);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ field: 'body', message }]);
    }
    const empty = await app.admin('PUT', '/api/v1/calendar/years/2028', { holidays: [], workdays: [] });
    expect(empty.body.errors).toEqual([{ field: 'body.holidays', message: '2028 has at least one holiday' }]);
    expect((await app.admin('GET', '/api/v1/calendar/years/2028')).status).toBe(404);
    const put = await app.admin('POST', '/api/v1/calendar/years/2028/ics', ics, text);
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({
      year: 2028,
      source: 'admin',
      holidays: [{ from: '2028-01-26', to: '2028-02-01', name: { zh: '春节', en: 'Spring Festival' } }],
      workdays: ['2028-01-22'],
    });
    expect(put.body.version).toBe((await app.admin('GET', '/api/v1/calendar/years')).body.version);
  });
});
