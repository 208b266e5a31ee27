import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_TIMING, DEFAULT_WORKING_HOURS, SEED_HOLIDAY_CALENDAR, checklistDueAt, passes, scoreError, warrantyStatusAt } from '../../process';

const inShanghai = (instant: number) => new Date(instant).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
const rule = (key: string) => DEFAULT_SERVICE_TIMING.checklist.find((r) => r.key === key)!;

describe('the implementation plan', () => {
  it('has the six steps of the handbook, each the service engineer’s', () => {
    expect(DEFAULT_SERVICE_TIMING.checklist.map((r) => r.key)).toEqual(['environment_ready', 'installed', 'debugged', 'training', 'onsite_qa', 'acceptance']);
    expect(DEFAULT_SERVICE_TIMING.checklist.every((r) => r.owner === 'service' && r.label['zh-CN'] && r.label.en)).toBe(true);
  });

  it('counts due dates in working days from signing, over the National Day holiday onto its make-up Saturday', () => {
    // Signed Monday 28 September 2026: 29, 30 September, then 8, 9 and (make-up) Saturday 10 October.
    const signed = Date.parse('2026-09-28T10:00:00+08:00');
    expect(inShanghai(checklistDueAt(rule('environment_ready'), signed, DEFAULT_WORKING_HOURS, SEED_HOLIDAY_CALENDAR, DEFAULT_SERVICE_TIMING))).toBe(
      '2026-10-10 10:00:00',
    );
  });

  it('counts business days as plain days when the timing ignores working hours', () => {
    const signed = Date.parse('2026-09-28T10:00:00+08:00');
    expect(checklistDueAt(rule('installed'), signed, DEFAULT_WORKING_HOURS, SEED_HOLIDAY_CALENDAR, { workingHoursOnly: false }) - signed).toBe(10 * 86_400_000);
  });
});

describe('the training assessment', () => {
  const policy = DEFAULT_SERVICE_TIMING.training;
  it('passes at the pass mark', () => {
    expect([passes(59, policy), passes(60, policy), passes(100, policy)]).toEqual([false, true, true]);
  });
  it('marks out of 100', () => {
    expect([scoreError(0, policy), scoreError(100, policy), scoreError(101, policy), scoreError(-1, policy)]).toEqual([
      undefined,
      undefined,
      'a score from 0 to 100',
      'a score from 0 to 100',
    ]);
  });
});

describe('warranty status', () => {
  it('is in warranty until the end, and before acceptance', () => {
    expect([warrantyStatusAt(5, undefined), warrantyStatusAt(5, 6), warrantyStatusAt(6, 6)]).toEqual(['in_warranty', 'in_warranty', 'out_of_warranty']);
  });
});
