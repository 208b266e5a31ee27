import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HolidayCalendar, SEED_HOLIDAY_CALENDAR, type Span, dueAfter, yearFromRanges } from '../../process';
import { prisma } from '../../scripts/prisma/cli';
import { type TestApp, startTestApp } from '../support/app';
import { orgChart } from '../support/approvals';
import { dealAtGate } from '../support/approval-scene';
import { eventually, makeAccount } from '../support/fixtures';
import { privateDatabase } from '../support/private-database';
import { approvalQuery, approvalWorkflowId } from '../../workflows/approval/messages';
import { dealQuery, dealWorkflowId, recordFactsUpdate } from '../../workflows/deal/messages';
import { executeUpdate } from '../../api/http/resent-update';
import { calendarBroadcastWorkflowId } from '../../workflows/calendar-broadcast';
import { holidayCalendarSignal } from '../../workflows/shared/holiday-calendar';

// Running workflows are told every new calendar version, so this file runs on a database of its own
// and a year (2027) the seed does not cover. Material sent is followed up, the deal stalls and its
// approval reminds 30 business days on: from December 2026 that is in January 2027, after New Year's Day.
const span: Span = { businessDays: 30 };
const businessTime = { workingHoursOnly: true };
const stallAfter = { LEAD: span, INTENT: span, PROJECT_INITIATED: span, PRELIMINARY_APPROVAL: span, NEGOTIATION: span };

let app: TestApp;
let database: Awaited<ReturnType<typeof privateDatabase>>;
beforeAll(async () => {
  database = await privateDatabase();
  await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: database.url } });
  app = await startTestApp({
    databaseUrl: database.url,
    followUpTiming: { rules: [{ after: 'email_material', creates: 'material', dueAfter: span }], stallAfter, ...businessTime },
    approvalTiming: { remindAfter: span, escalateAfter: span, ...businessTime },
  });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const newYear = { holidays: [{ from: '2027-01-01', to: '2027-01-01', name: { zh: '元旦', en: 'New Year’s Day' } }], workdays: [] };
const with2027: HolidayCalendar = { version: 2, years: { ...SEED_HOLIDAY_CALENDAR.years, '2027': yearFromRanges(newYear) } };

describe('a new calendar version reaches running workflows', () => {
  it('moves a pending deal’s follow-up, its stall alert and its approval’s reminder past the new holiday, once', async () => {
    const org = await orgChart(app);
    const gated = await dealAtGate(app, await makeAccount(app), org.rep, 'New Year');
    const asked = await gated.ask();
    expect(asked.status).toBe(202);
    const deal = app.temporal.workflow.getHandle(dealWorkflowId(gated.deal.id));
    const approval = app.temporal.workflow.getHandle(approvalWorkflowId(asked.body.approvalId));
    const holder = await eventually(async () => (await approval.query(approvalQuery)).holder);
    const logged = await org.rep.api('POST', `/api/v1/deals/${gated.deal.id}/activities`, { type: 'email_material', summary: 'Brochure' });
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
    const [material] = logged.body.followUps;

    const before = await deal.query(dealQuery);
    const stallDue = (holidays: HolidayCalendar) => dueAfter(before.stall.since, span, before.owner.hours, holidays, businessTime);
    const reminderDue = (holidays: HolidayCalendar) => dueAfter(holder.at, span, holder.hours, holidays, businessTime);
    const materialDue = (holidays: HolidayCalendar) => dueAfter(Date.parse(logged.body.at), span, before.owner.hours, holidays, businessTime);
    expect(material.dueAt).toBe(new Date(materialDue(SEED_HOLIDAY_CALENDAR)).toISOString());
    expect(before.holidayCalendarVersion).toBe(1);
    expect(before.reminders.find((r) => r.kind === 'stall')?.at).toBe(stallDue(SEED_HOLIDAY_CALENDAR));
    expect((await approval.query(approvalQuery)).nextReminderAt).toBe(reminderDue(SEED_HOLIDAY_CALENDAR));
    expect(stallDue(with2027)).toBeGreaterThan(stallDue(SEED_HOLIDAY_CALENDAR)); // New Year's Day, a Friday, no longer counts

    const put = await app.admin('PUT', '/api/v1/calendar/years/2027', newYear);
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.version).toBe(2);
    expect(await app.temporal.workflow.getHandle(calendarBroadcastWorkflowId(2)).result()).toBeGreaterThanOrEqual(2);

    const after = await eventually(async () => {
      const view = await deal.query(dealQuery);
      return view.holidayCalendarVersion === 2 && view;
    });
    expect(after.reminders.find((r) => r.kind === 'stall')?.at).toBe(stallDue(with2027));
    const heard = await eventually(async () => {
      const view = await approval.query(approvalQuery);
      return view.holidayCalendarVersion === 2 && view;
    });
    expect(heard.nextReminderAt).toBe(reminderDue(with2027));
    expect(after.followUps.map((f) => f.dueAt)).toEqual([materialDue(with2027)]);
    const live = await gated.live();
    expect(live.holidayCalendarVersion).toBe(2);
    expect(live.followUps.map((f: { dueAt: string }) => f.dueAt)).toEqual([new Date(materialDue(with2027)).toISOString()]);

    // Told again, or told an older version late, nothing changes: the update after them is the only change.
    await deal.signal(holidayCalendarSignal, with2027);
    await deal.signal(holidayCalendarSignal, SEED_HOLIDAY_CALENDAR);
    const again = await executeUpdate(deal, recordFactsUpdate, { actor: { id: org.rep.id, role: 'rep' }, facts: { needSummary: 'after New Year' } });
    expect(again.version).toBe(after.version + 1);
    expect(again.holidayCalendarVersion).toBe(2);
    expect(again.reminders).toEqual(after.reminders);
    await expect
      .poll(async () => (await gated.timeline()).filter((e) => e.type === 'calendar_changed').map((e) => e.data))
      .toEqual([{ from: 1, to: 2, followUps: [{ followUpId: material.id, dueAt: materialDue(with2027) }] }]);
  });
});
