import { describe, expect, it } from 'vitest';
import { type TicketStart, slaClockView } from '../../state/ticket';
import { nextAlarm } from '../../workflows/ticket/alarms';
import * as ledger from '../../workflows/ticket/ledger';
import { label } from '../../process';

const S = 1000;
const reportedAt = Date.parse('2026-10-01T10:00:00+08:00');
const support = {
  policies: [
    {
      key: 'fast',
      label: label('Fast', '快'),
      priorities: ['urgent' as const],
      calendar: 'around_the_clock' as const,
      targets: { response: { seconds: 10 }, restore: { seconds: 40 } },
    },
    { key: 'slow', label: label('Slow', '慢'), calendar: 'around_the_clock' as const, targets: { response: { seconds: 100 }, restore: { seconds: 400 } } },
  ],
  escalation: [
    { key: 'supervisor' as const, after: { seconds: 0 } },
    { key: 'executive' as const, after: { seconds: 30 } },
  ],
  reopenWithin: { seconds: 60 },
};
const start: TicketStart = {
  ticketId: 't1',
  contractId: 'c1',
  reference: 'T-1',
  processVersion: 1,
  deal: { dealId: 'd1', workflowId: 'deal-d1', title: 'Deal', ownerId: 'rep', accountId: 'a1' },
  title: 'Fault',
  description: '',
  priority: 'urgent',
  reportedBy: 'Wang Lei',
  reportedAt,
  openedBy: 'eng',
  warranty: 'in_warranty',
  timezone: 'Asia/Shanghai',
  support,
};
const open = (extra: Partial<TicketStart> = {}) => ledger.openTicket({ ...start, ...extra });

describe('the next alarm of a ticket', () => {
  it('is the response warning at 75 %, then its breach, then each escalation rung after the breach', () => {
    const state = open();
    expect(nextAlarm(state)).toMatchObject({ kind: 'warning', at: reportedAt + 7.5 * S });
    const response = ledger.clockOf(state, 'response');
    ledger.warn(state, response, reportedAt + 10 * S, reportedAt + 7.5 * S);
    expect(nextAlarm(state)).toMatchObject({ kind: 'breach', at: reportedAt + 10 * S });
    ledger.breach(state, response, reportedAt + 10 * S, reportedAt + 10 * S);
    expect(nextAlarm(state)).toMatchObject({ kind: 'escalation', at: reportedAt + 10 * S });
    ledger.escalate(state, response, reportedAt + 10 * S);
    // The restore clock's warning comes before the executive's rung.
    const restore = ledger.clockOf(state, 'restore');
    expect(nextAlarm(state)).toMatchObject({ kind: 'warning', at: reportedAt + 30 * S, clock: { target: 'restore' } });
    ledger.warn(state, restore, reportedAt + 40 * S, reportedAt + 30 * S);
    expect(nextAlarm(state)).toMatchObject({ kind: 'escalation', at: reportedAt + 40 * S, clock: { target: 'response' } });
    ledger.escalate(state, response, reportedAt + 40 * S);
    expect(nextAlarm(state)).toMatchObject({ kind: 'breach', at: reportedAt + 40 * S, clock: { target: 'restore' } });
  });

  it('passes over a warning the breach overtook, and keeps a breached target breached once met', () => {
    const state = open();
    const response = ledger.clockOf(state, 'response');
    ledger.breach(state, response, reportedAt + 10 * S, reportedAt + 12 * S);
    expect(state.history.map((s) => s.type)).toEqual(['opened', 'sla_warning_skipped', 'sla_breached']);
    ledger.respond(state, 'eng', undefined, reportedAt + 20 * S);
    expect(slaClockView(state, response, reportedAt + 30 * S)).toMatchObject({ status: 'breached', metAt: reportedAt + 20 * S, consumedMs: 20 * S });
  });

  it('waits for nothing while the customer is waited for, and the restore deadline moves by the pause', () => {
    const state = open();
    ledger.respond(state, 'eng', undefined, reportedAt + 5 * S);
    ledger.waitForCustomer(state, 'eng', 'logs', reportedAt + 20 * S);
    expect(nextAlarm(state)).toBeUndefined();
    ledger.resume(state, 'eng', reportedAt + 50 * S);
    expect(nextAlarm(state)).toMatchObject({ kind: 'warning', at: reportedAt + 60 * S });
    expect(slaClockView(state, ledger.clockOf(state, 'restore'), reportedAt + 50 * S)).toMatchObject({
      consumedMs: 20 * S,
      pausedMs: 30 * S,
      deadline: reportedAt + 70 * S,
    });
  });

  it('recomputes from the time consumed when the priority changes the policy', () => {
    const state = open({ priority: 'normal' });
    expect(nextAlarm(state)).toMatchObject({ kind: 'warning', at: reportedAt + 75 * S });
    ledger.changePriority(state, 'eng', 'urgent', reportedAt + 20 * S);
    // 20 s consumed of a 10 s response target: both instants are past, so the workflow rings the
    // warning at once, finds its deadline gone too, and records the breach back when the target ran out.
    expect(nextAlarm(state)).toMatchObject({ kind: 'warning', at: reportedAt + 7.5 * S, deadline: reportedAt + 10 * S });
  });

  it('closes the ticket when its reopen window ends; a reopened ticket runs on from the time consumed', () => {
    const state = open();
    ledger.respond(state, 'eng', undefined, reportedAt + 5 * S);
    ledger.restore(state, 'eng', 'fixed', reportedAt + 20 * S);
    expect(nextAlarm(state)).toEqual({ kind: 'close', at: reportedAt + 80 * S });
    ledger.reopen(state, 'eng', 'again', reportedAt + 60 * S);
    expect(slaClockView(state, ledger.clockOf(state, 'restore'), reportedAt + 60 * S)).toMatchObject({
      status: 'running',
      consumedMs: 20 * S,
      deadline: reportedAt + 80 * S,
    });
  });

  it('bills parts out of warranty only', () => {
    expect(open().billableParts).toBe(false);
    expect(open({ warranty: 'out_of_warranty' }).billableParts).toBe(true);
  });
});
