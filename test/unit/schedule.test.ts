import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_TIMING, DEFAULT_WORKING_HOURS, SEED_HOLIDAY_CALENDAR } from '../../process';
import { dueAfter } from '../../workflows/deal/schedule';

const at = (iso: string) => Date.parse(iso);
const due = (start: string, span: Parameters<typeof dueAfter>[1], workingHoursOnly = true) =>
  new Date(dueAfter(at(start), span, DEFAULT_WORKING_HOURS, SEED_HOLIDAY_CALENDAR, { ...DEFAULT_FOLLOW_UP_TIMING, workingHoursOnly })).toISOString();

describe('when a deal’s follow-ups fall due (Asia/Shanghai, 09:00–18:00)', () => {
  it('moves a Friday-evening escalation wait to Monday morning', () => {
    // Friday 2026-11-27 19:30 + 2 business hours = Monday 11:00
    expect(due('2026-11-27T11:30:00Z', { businessHours: 2 })).toBe('2026-11-30T03:00:00.000Z');
  });

  it('lands a material follow-up that falls on National Day on the first working morning after it', () => {
    // Monday 2026-09-28 10:00 + 5 days = Saturday 3 Oct, inside the holiday; the holiday ends on the 7th.
    expect(due('2026-09-28T02:00:00Z', { days: 5 })).toBe('2026-10-08T01:00:00.000Z');
  });

  it('counts a make-up working Saturday (调休) as a working day', () => {
    // Friday 2026-10-09 17:00 + 2 business hours = Saturday 10 Oct 10:00, a make-up working day
    expect(due('2026-10-09T09:00:00Z', { businessHours: 2 })).toBe('2026-10-10T02:00:00.000Z');
  });

  it('counts plain time when the timing ignores working hours, as fast tests do', () => {
    expect(due('2026-11-27T11:30:00Z', { businessHours: 2 }, false)).toBe('2026-11-27T13:30:00.000Z');
    expect(due('2026-11-27T11:30:00Z', { seconds: 2 }, false)).toBe('2026-11-27T11:30:02.000Z');
  });
});
