import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_TIMING, DEFAULT_WORKING_HOURS } from '../../process';
import type { ServiceStart } from '../../state/service';
import { serviceAlarms } from '../../workflows/service/alarms';
import * as ledger from '../../workflows/service/ledger';

const at = (isoWithOffset: string) => Date.parse(isoWithOffset);
const NEW_YORK = { timezone: 'America/New_York', start: '09:00', end: '17:00' };
const start: ServiceStart = {
  contractId: 'c1',
  reference: 'HT-1',
  processVersion: 5,
  deal: { dealId: 'd1', workflowId: 'deal-d1', title: 'Deal', ownerId: 'rep', accountId: 'a1' },
  signedAt: at('2026-12-01T10:00:00+08:00'),
  engineerId: 'lead',
  hours: DEFAULT_WORKING_HOURS,
  supervisorId: null,
  region: 'default',
  warrantyMonths: 12,
  timing: DEFAULT_SERVICE_TIMING,
  timezone: 'Asia/Shanghai',
};
// Monday 7 December 2026, 10:00 in Shanghai: Sunday 21:00 in New York.
const dueAt = at('2026-12-07T10:00:00+08:00');

function visitAlarm(assigneeId: string, hours: typeof NEW_YORK | undefined) {
  const state = { ...ledger.openService(start), checklist: [] };
  const visit = ledger.scheduleVisit(state, 'v1', dueAt, assigneeId, hours, 'firmware', 'lead', start.signedAt);
  const alarm = () => serviceAlarms(state).find((a) => a.what === 'visit')!;
  return { visit, alarm };
}

describe('a visit’s alarms', () => {
  it('keep to the lead’s working hours for the lead’s visit', () => {
    expect(visitAlarm('lead', DEFAULT_WORKING_HOURS).alarm().at).toBe(dueAt);
  });

  it('keep to the assignee’s working hours for a visit of someone else: due, then reminded, in New York', () => {
    const { alarm } = visitAlarm('colleague', NEW_YORK);
    const due = alarm();
    expect(due.at).toBe(at('2026-12-07T09:00:00-05:00'));
    due.ring(due.at);
    expect(alarm()).toMatchObject({ level: 2, at: at('2026-12-08T09:00:00-05:00') });
  });

  it('keep to the lead’s for a visit scheduled before visits had hours of their own', () => {
    expect(visitAlarm('colleague', undefined).alarm().at).toBe(dueAt);
  });
});
