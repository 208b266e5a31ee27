import { type HolidayCalendar, type ServiceTiming, type WorkingHours, dueAfter, holidaysOrSeed, landInWorkingHours } from '../../process';
import * as ledger from './ledger';
import type { Chased, ServiceState } from '../../state/service';

/** The rungs of chasing late work: due (to the engineer), reminded, escalated to the supervisor, then to an executive. */
export const CHASE_LEVELS = ['due', 'reminder', 'supervisor', 'executive'] as const;
export type ChaseLevel = (typeof CHASE_LEVELS)[number];

export interface ServiceAlarm {
  at: number;
  what: 'item' | 'visit' | 'warranty_end';
  id: string;
  /** The rung it rings, 1-based; 0 for the warranty's end. */
  level: number;
  ring(now: number): void;
}

/** When the next rung of chasing `c` (due at `dueAt`, in `hours`) rings; undefined once the last has. */
function chaseAt(timing: ServiceTiming, hours: WorkingHours, holidays: HolidayCalendar, c: Chased, dueAt: number): number | undefined {
  switch (c.alerts) {
    case 0:
      return landInWorkingHours(dueAt, hours, holidays, timing);
    case 1:
      return dueAfter(c.lastAlertAt!, timing.remindAgainAfter, hours, holidays, timing);
    case 2:
    case 3:
      return dueAfter(c.lastAlertAt!, timing.escalateAfter, hours, holidays, timing);
    default:
      return undefined;
  }
}

function chase(state: ServiceState, c: Chased, now: number, type: 'item_alerted' | 'visit_alerted', data: Record<string, unknown>) {
  c.alerts += 1;
  c.lastAlertAt = now;
  ledger.step(state, type, null, now, { ...data, level: CHASE_LEVELS[c.alerts - 1] });
}

export function serviceAlarms(state: ServiceState): ServiceAlarm[] {
  const { timing, hours } = state.start;
  const holidays = holidaysOrSeed(state.start.holidays);
  const alarms: ServiceAlarm[] = [];
  for (const i of state.checklist) {
    const at = i.done ? undefined : chaseAt(timing, hours, holidays, i, i.dueAt);
    if (at !== undefined)
      alarms.push({ at, what: 'item', id: i.key, level: i.alerts + 1, ring: (now) => chase(state, i, now, 'item_alerted', { item: i.key, dueAt: i.dueAt }) });
  }
  for (const v of state.visits) {
    const at = v.record ? undefined : chaseAt(timing, v.hours ?? hours, holidays, v, v.dueAt);
    if (at !== undefined)
      alarms.push({
        at,
        what: 'visit',
        id: v.id,
        level: v.alerts + 1,
        ring: (now) => chase(state, v, now, 'visit_alerted', { visitId: v.id, kind: v.kind, dueAt: v.dueAt, assigneeId: v.assigneeId }),
      });
  }
  const w = state.warranty;
  if (w && w.endedAt === undefined)
    alarms.push({ at: w.endsAt, what: 'warranty_end', id: 'warranty', level: 0, ring: (now) => ledger.endWarranty(state, now) });
  return alarms.sort((a, b) => a.at - b.at);
}
