import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import express, { Router } from 'express';
import { z } from 'zod';
import { HolidayNameSchema, holidayYearSchema, parseIcsYear } from '../../process';
import type { Db } from '../../runtime/db';
import type { Client } from '@temporalio/client';
import { broadcastCalendar } from '../calendar/broadcast';
import { calendarYear, calendarYears, putCalendarYear } from '../../runtime/calendar-years';
import { route, zodErrors } from '../http/route';
import { invalid, notFound } from '../http/problem';

const LocalDate = z.string().meta({ description: 'YYYY-MM-DD', example: '2027-02-06' });
const HolidayRange = z.strictObject({ from: LocalDate, to: LocalDate, name: HolidayNameSchema }).meta({ id: 'HolidayRange' });
const YearBody = z
  .strictObject({
    holidays: z.array(HolidayRange).meta({ description: 'The days off, as ranges in order, each with its holiday’s name in Chinese and English' }),
    workdays: z.array(LocalDate).meta({ description: 'Make-up working days (调休): Saturdays or Sundays worked, in order' }),
  })
  .meta({ id: 'CalendarYearInput' });
const Source = z.enum(['seed', 'admin']).meta({ description: 'seed: from the chinese-days package; admin: entered here' });
const CalendarYear = z
  .object({
    year: z.number().int(),
    source: Source,
    version: z.number().int().meta({ description: 'The calendar version that set this year' }),
    holidays: z.array(HolidayRange),
    workdays: z.array(LocalDate),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'CalendarYear' });
const CalendarYears = z
  .object({
    version: z.number().int().meta({ description: 'The current calendar version, handed to workflows started now' }),
    years: z.array(z.object({ year: z.number().int(), source: Source, version: z.number().int() })),
  })
  .meta({ id: 'CalendarYears' });
const YearParams = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

/** The holiday calendar (节假日 / 调休): which years it covers, and an admin's years added without a release. */
export function calendarRouter(db: Db, temporal: Client, taskQueue: string, registry: OpenAPIRegistry): Router {
  const router = Router();
  /**
   * Checks a year against itself (dates in it, ranges in order, make-up days on weekends), stores it
   * as a new version and tells the running workflows, whose business-time deadlines follow it.
   */
  const save = async (year: number, input: unknown, by: string) => {
    const checked = holidayYearSchema(year).safeParse(input);
    if (!checked.success) throw invalid(zodErrors('body', checked.error));
    const stored = await putCalendarYear(db, year, checked.data, by, new Date());
    await broadcastCalendar(db, temporal, taskQueue);
    return { body: stored };
  };

  route(router, registry, {
    method: 'get',
    path: '/calendar/years',
    tag: 'calendar',
    summary: 'The years the holiday calendar covers, each from the seed or entered by an admin, and the current calendar version',
    responses: { 200: { description: 'The covered years', schema: CalendarYears } },
    handler: async () => {
      const years = await calendarYears(db);
      const version = Math.max(1, ...years.map((y) => y.version));
      return { body: { version, years: years.map(({ year, source, version: v }) => ({ year, source, version: v })) } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/calendar/years/:year',
    tag: 'calendar',
    summary: 'One year of the holiday calendar: its holiday ranges and make-up working days',
    params: YearParams,
    responses: { 200: { description: 'The year', schema: CalendarYear } },
    handler: async ({ params }) => {
      const year = await calendarYear(db, params.year);
      if (!year) throw notFound(`the calendar year ${params.year}`);
      return { body: year };
    },
  });

  route(router, registry, {
    method: 'put',
    path: '/calendar/years/:year',
    tag: 'calendar',
    summary: 'Set one year of the holiday calendar (a new calendar version); running workflows are told it, and workflows started afterwards compute with it',
    roles: ['admin'],
    params: YearParams,
    body: YearBody,
    responses: { 200: { description: 'The year as stored', schema: CalendarYear } },
    handler: async ({ params, body, user }) => save(params.year, body, user.id),
  });

  router.post('/calendar/years/:year/ics', express.text({ type: 'text/calendar', limit: '1mb' }));
  route(router, registry, {
    method: 'post',
    path: '/calendar/years/:year/ics',
    tag: 'calendar',
    summary:
      'Set one year from an iCalendar file (Content-Type: text/calendar): each all-day VEVENT is a holiday named by its SUMMARY ' +
      '(SUMMARY;LANGUAGE=en for English), or make-up working days when its SUMMARY contains 补班 or 上班 or its CATEGORIES include WORKDAY',
    roles: ['admin'],
    params: YearParams,
    fileBody: { contentType: 'text/calendar', description: 'The iCalendar file (RFC 5545), at most 1 MB' },
    responses: { 200: { description: 'The year as stored', schema: CalendarYear } },
    handler: async ({ params, user, req }) => {
      if (typeof req.body !== 'string' || !req.is('text/calendar'))
        throw invalid([{ field: 'body', message: 'send the iCalendar file with Content-Type: text/calendar' }]);
      const { problems, ...year } = parseIcsYear(req.body);
      if (problems.length) throw invalid(problems.map((message) => ({ field: 'body', message })));
      return save(params.year, year, user.id);
    },
  });

  return router;
}
