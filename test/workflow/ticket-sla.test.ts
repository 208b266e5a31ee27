import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { label } from '../../process';
import type { SlaClockView, TicketView } from '../../state/ticket';
import { changePriorityUpdate, respondUpdate, restoreUpdate, resumeUpdate, waitForCustomerUpdate } from '../../workflows/ticket/messages';
import { type TestApp, startTestApp } from '../support/app';
import { eventually } from '../support/fixtures';
import { addressedTo, mailbox } from '../support/mailbox';
import { type TicketScene, secondsPolicy, ticketScene } from '../support/tickets';

let app: TestApp;
let scene: TicketScene;
const mail = mailbox(inject('stack').mailWebUrl!);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const at = (iso: string) => Date.parse(iso);

beforeAll(async () => {
  app = await startTestApp();
  scene = await ticketScene(app);
});
afterAll(() => app?.stop());

const clock = (view: TicketView, target: SlaClockView['target']) => view.sla.find((c) => c.target === target)!;
const actor = () => ({ id: scene.engineer.id, role: 'service' });
const about = (reference: string) => async () => (await mail.list()).filter((e) => e.subject.includes(reference));

describe.concurrent('SLA clocks of a ticket', () => {
  it('meets both targets when the ticket is answered and restored in time', async () => {
    const t = await scene.openTicket({ support: secondsPolicy(4, 8) });
    await t.handle.executeUpdate(respondUpdate, { args: [{ actor: actor() }] });
    const restored = await t.handle.executeUpdate(restoreUpdate, { args: [{ actor: actor(), resolution: 'Replaced the drive belt' }] });
    expect(restored.status).toBe('restored');
    for (const c of restored.sla) expect(c).toMatchObject({ status: 'met', breachedAt: null, warnedAt: null, deadline: null });
    expect(restored.reopenUntil).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    await mail.waitFor((e) => e.subject.startsWith('Fault removed') && e.subject.includes(t.reference) && addressedTo(scene.rep.email)(e));
    await sleep(8_500);
    const after = await t.live();
    expect(after.sla.map((c) => c.status)).toEqual(['met', 'met']);
    expect((await about(t.reference)()).map((e) => e.subject)).toEqual([expect.stringMatching(/^Fault removed/)]);
  });

  it('warns the assignee, then records the breach and climbs to the supervisor and the executive, each once', async () => {
    const t = await scene.openTicket({ support: secondsPolicy(2, 60, 2) });
    const emails = await eventually(async () => {
      const found = await about(t.reference)();
      return found.length >= 3 && found;
    }, 15_000).catch(async (err: Error) => {
      const seen = (await about(t.reference)()).map((e) => e.subject);
      throw new Error(`${err.message}: caught ${JSON.stringify(seen)}; steps ${JSON.stringify((await t.live()).history)}`);
    });
    await sleep(2_000); // anything sent twice would have come by now
    const all = await about(t.reference)();
    expect(all).toHaveLength(3);
    const [warning, supervisor, executive] = [...emails].sort((a, b) => a.time.localeCompare(b.time));
    expect(warning.subject).toMatch(/^SLA about to be breached: .* response/);
    expect(warning.to.map((a) => a.address)).toEqual([scene.engineer.email]);
    expect(supervisor.subject).toMatch(/escalated to service supervisor: .* response/);
    expect(supervisor.to.map((a) => a.address)).toEqual([scene.serviceLead.email]);
    expect(executive.subject).toMatch(/escalated to executive: .* response/);
    expect(executive.to.map((a) => a.address)).toEqual([scene.executive.email]);

    const breached = clock(await t.live(), 'response');
    expect(breached.breachedAt).toBe(t.reportedAt + 2_000);
    expect(breached.warnedAt).toBeGreaterThanOrEqual(t.reportedAt + 1_500);
    // Answering late meets the target late: it stays breached.
    const answered = await t.handle.executeUpdate(respondUpdate, { args: [{ actor: actor() }] });
    expect(clock(answered, 'response')).toMatchObject({ status: 'breached', breachedAt: t.reportedAt + 2_000 });
    expect(answered.breached).toBe(true);
    expect(answered.history.map((s) => s.type)).toEqual(['opened', 'sla_warned', 'sla_breached', 'sla_escalated', 'sla_escalated', 'responded']);
    // The deal's timeline hears every step of its customer's ticket.
    const told = await eventually(async () => {
      const events = await app.db.timelineEvent.findMany({ where: { dealId: scene.deal.id, type: { startsWith: 'ticket_' } }, orderBy: { seq: 'asc' } });
      const mine = events.filter((e) => (e.data as { ticketId?: string }).ticketId === t.ticketId);
      return mine.length === 6 && mine;
    });
    expect(told.map((e) => e.type)).toEqual([
      'ticket_opened',
      'ticket_sla_warned',
      'ticket_sla_breached',
      'ticket_sla_escalated',
      'ticket_sla_escalated',
      'ticket_responded',
    ]);
  });

  it('stands the restore clock still while waiting for the customer, keeping the time consumed', async () => {
    const t = await scene.openTicket({ support: secondsPolicy(10, 5) });
    await t.handle.executeUpdate(respondUpdate, { args: [{ actor: actor() }] });
    await sleep(1_000);
    const waiting = await t.handle.executeUpdate(waitForCustomerUpdate, { args: [{ actor: actor(), reason: 'Customer checks the wiring' }] });
    const consumed = clock(waiting, 'restore').consumedMs;
    expect(consumed).toBeGreaterThanOrEqual(1_000);
    await sleep(5_500); // past the restore target, had the clock run
    const paused = clock(await t.live(), 'restore');
    expect(paused).toMatchObject({ status: 'paused', deadline: null, breachedAt: null, consumedMs: consumed });
    const resumed = await t.handle.executeUpdate(resumeUpdate, { args: [{ actor: actor() }] });
    const running = clock(resumed, 'restore');
    expect(running.status).toBe('running');
    expect(running.pausedMs).toBeGreaterThanOrEqual(5_500);
    expect(running.deadline).toBe(t.reportedAt + 5_000 + running.pausedMs);
    const done = await t.handle.executeUpdate(restoreUpdate, { args: [{ actor: actor(), resolution: 'Loose connector fixed' }] });
    expect(clock(done, 'restore')).toMatchObject({ status: 'met', breachedAt: null });
  });

  it('recomputes deadlines from the time consumed when the priority changes', async () => {
    const support = {
      policies: [
        {
          key: 'fast',
          label: label('Fast', '快'),
          priorities: ['urgent' as const],
          calendar: 'around_the_clock' as const,
          targets: { response: { seconds: 2 }, restore: { seconds: 6 } },
        },
        { key: 'slow', label: label('Slow', '慢'), calendar: 'around_the_clock' as const, targets: { response: { seconds: 60 }, restore: { seconds: 120 } } },
      ],
    };
    const t = await scene.openTicket({ priority: 'normal', support });
    const slow = await t.live();
    expect(slow.policy).toBe('slow');
    expect(clock(slow, 'restore').deadline).toBe(t.reportedAt + 120_000);
    await sleep(2_500);
    const urgent = await t.handle.executeUpdate(changePriorityUpdate, { args: [{ actor: actor(), priority: 'urgent' }] });
    expect(urgent.policy).toBe('fast');
    expect(clock(urgent, 'restore').deadline).toBe(t.reportedAt + 6_000);
    // 2.5 s consumed of a 2 s response target: breached at the instant it ran out, not at the change, and never warned late.
    const response = await eventually(async () => {
      const c = clock(await t.live(), 'response');
      return c.breachedAt !== null && c;
    });
    expect(response).toMatchObject({ breachedAt: t.reportedAt + 2_000, warnedAt: null });
    expect((await t.live()).history.map((s) => s.type)).toContain('sla_warning_skipped');
  });

  it('runs the 24×7 clock on a national holiday, and the business-hours clock from the next working day', async () => {
    // Reported on National Day 2026 (a holiday) at 10:00 in Shanghai, under the version's own policies.
    const reportedAt = at('2026-10-01T10:00:00+08:00');
    const aroundTheClock = await scene.openTicket({ reportedAt, priority: 'urgent' });
    const businessHours = await scene.openTicket({ reportedAt, priority: 'low' });
    const breachedAtOf = async (t: typeof aroundTheClock) =>
      eventually(async () => {
        const v = await t.live();
        return v.sla.every((c) => c.breachedAt !== null) && v;
      });
    const holiday = await breachedAtOf(aroundTheClock);
    expect(holiday.policy).toBe('around_the_clock');
    expect(clock(holiday, 'response').breachedAt).toBe(at('2026-10-01T10:15:00+08:00'));
    expect(clock(holiday, 'restore').breachedAt).toBe(at('2026-10-01T12:00:00+08:00'));
    const working = await breachedAtOf(businessHours);
    expect(working.policy).toBe('business_hours');
    expect(clock(working, 'response').breachedAt).toBe(at('2026-10-08T10:00:00+08:00'));
    expect(clock(working, 'restore').breachedAt).toBe(at('2026-10-08T17:00:00+08:00'));
  });
});

describe('a worker that dies while a restore deadline is pending', () => {
  it('still records the breach once, and escalates each rung once, when a worker is back', async () => {
    const t = await scene.openTicket({ support: secondsPolicy(30, 3, 1) });
    await t.handle.executeUpdate(respondUpdate, { args: [{ actor: actor() }] });
    await app.withWorkerDown(() => sleep(5_000));
    const escalations = await eventually(async () => {
      const found = (await about(t.reference)()).filter((e) => e.subject.startsWith('SLA breached'));
      return found.length >= 2 && found;
    }, 15_000);
    await sleep(2_000);
    expect((await about(t.reference)()).filter((e) => e.subject.startsWith('SLA breached'))).toHaveLength(escalations.length);
    expect(escalations.map((e) => e.subject).sort()).toEqual([
      expect.stringMatching(/executive: .* fault removal/),
      expect.stringMatching(/service supervisor: .* fault removal/),
    ]);
    const restore = clock(await t.live(), 'restore');
    expect(restore.breachedAt).toBe(t.reportedAt + 3_000);
    const steps = (await t.live()).history.map((s) => s.type);
    expect(steps.filter((s) => s === 'sla_breached')).toHaveLength(1);
    expect(steps.filter((s) => s === 'sla_escalated')).toHaveLength(2);
  });
});
