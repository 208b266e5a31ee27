import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ticketWorkflowId } from '../../state/ticket';
import { collectionQuery, collectionWorkflowId } from '../../workflows/collection/messages';
import {
  completeItemUpdate,
  openTicketUpdate,
  recordAcceptanceUpdate,
  recordTrainingUpdate,
  recordVisitUpdate,
  reopenItemUpdate,
  scheduleVisitUpdate,
  serviceQuery,
  serviceWorkflowId,
} from '../../workflows/service/messages';
import { type TestApp, startTestApp } from '../support/app';
import { eventually } from '../support/fixtures';
import { addressedTo, mailbox } from '../support/mailbox';
import { fastService, servicedContract } from '../support/service-scene';

const MONTH_S = 3;
const WARRANTY_MONTHS = 4;
let app: TestApp;
const mail = mailbox(inject('stack').mailWebUrl!);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  app = await startTestApp({
    collectionTiming: { day: { seconds: 1 }, workingHoursOnly: false },
    serviceTiming: fastService(MONTH_S, WARRANTY_MONTHS),
    supportTiming: { reopenWithin: { seconds: 5 } },
  });
});
afterAll(() => app?.stop());

const ALL_BUT_ACCEPTANCE = ['environment_ready', 'installed', 'debugged', 'training', 'onsite_qa'] as const;
const refusal = (type: string) => ({ cause: { type } });

describe.concurrent('the implementation plan', () => {
  it('chases a late checklist item to the engineer, then escalates it to the supervisor; done, it stops', async () => {
    const c = await servicedContract(app, 'Service late item');
    const view = await c.service.query();
    expect(view.checklist.map((i) => i.key)).toEqual([...ALL_BUT_ACCEPTANCE, 'acceptance']);
    expect(view.checklist.every((i) => i.ownerId === c.engineer.id)).toBe(true);

    await c.service.step('item_alerted', (d) => d.item === 'environment_ready' && d.level === 'supervisor');
    const reference = c.contract.reference as string;
    const toEngineer = await mail.waitFor((e) => addressedTo(c.engineer.email)(e) && e.subject.startsWith('Service due') && e.subject.includes(reference));
    expect(toEngineer.subject).toBe(`Service due: Environment ready — ${reference}`);
    const escalated = await mail.waitFor(
      (e) => addressedTo(c.supervisor.email)(e) && e.subject.includes(reference) && e.subject.startsWith('Service overdue, escalated:'),
    );
    expect((escalated.cc ?? []).map((a) => a.address)).toContain(c.engineer.email);

    await c.service.update(completeItemUpdate, { item: 'environment_ready', note: 'power and network in place' });
    const alerted = (await c.service.query()).history.filter((h) => h.type === 'item_alerted').length;
    await sleep(2_500);
    const after = await c.service.query();
    expect(after.history.filter((h) => h.type === 'item_alerted')).toHaveLength(alerted);
    expect(after.history.find((h) => h.type === 'item_done')?.data).toMatchObject({ item: 'environment_ready', late: true });
    await expect(c.service.update(completeItemUpdate, { item: 'environment_ready' })).rejects.toMatchObject(refusal('conflict'));
    await expect(c.service.update(completeItemUpdate, { item: 'acceptance' })).rejects.toMatchObject(refusal('conflict'));
    await expect(c.service.update(reopenItemUpdate, { item: 'installed', reason: 'x' })).rejects.toMatchObject(refusal('conflict'));

    const timeline = await eventually(async () => {
      const types = (await c.rep.api('GET', `/api/v1/deals/${c.deal.id}/timeline?limit=100`)).body.items.map((e: { type: string }) => e.type);
      return types.includes('service_item_done') && types;
    });
    expect(timeline).toEqual(expect.arrayContaining(['service_started', 'service_item_alerted']));
  }, 60_000);

  it('records training sessions and marks each trainee against the pass mark', async () => {
    const c = await servicedContract(app, 'Service training');
    const heldAt = Date.now() - 3_600_000;
    const first = await c.service.update(recordTrainingUpdate, {
      training: {
        heldAt,
        trainers: ['Training engineer Liu', 'Site engineer Chen'],
        trainees: [
          { name: 'Wang Qiang', kind: 'operator', score: 75 },
          { name: 'Li Na', kind: 'maintenance', score: 55 },
        ],
        topics: ['use', 'maintenance', 'fault handling'],
      },
    });
    expect(first.trainings[0]).toMatchObject({ passed: false, trainees: [{ passed: true }, { passed: false }], recordedBy: c.engineer.id });
    const again = await c.service.update(recordTrainingUpdate, {
      training: { heldAt, trainers: ['Training engineer Liu'], trainees: [{ name: 'Li Na', kind: 'maintenance', score: 60 }], topics: ['maintenance'] },
    });
    expect(again.trainings.map((t) => t.passed)).toEqual([false, true]);
    await expect(
      c.service.update(recordTrainingUpdate, {
        training: { heldAt, trainers: ['x'], trainees: [{ name: 'Zhao', kind: 'technical_manager', score: 101 }], topics: ['use'] },
      }),
    ).rejects.toMatchObject({ cause: { type: 'invalid_input', details: [{ errors: [{ field: 'body.trainees.0.score' }] }] } });
    await c.service.step('training_recorded', (d) => d.passed === true);
  }, 60_000);

  it('continues as new when its history grows long, with its state carried over', async () => {
    const c = await servicedContract(app, 'Service long history');
    const contractId = randomUUID();
    const start = { ...(await c.service.query()).start, contractId, reference: 'HT-LONG' };
    const handle = await app.temporal.workflow.start('serviceWorkflow', {
      workflowId: serviceWorkflowId(contractId),
      taskQueue: app.taskQueue,
      args: [start, undefined, 80],
    });
    const actor = c.actor;
    for (let round = 0; round < 6; round++) {
      await handle.executeUpdate(completeItemUpdate, { args: [{ actor, item: 'installed' }] });
      await handle.executeUpdate(reopenItemUpdate, { args: [{ actor, item: 'installed', reason: `round ${round}` }] });
    }
    await eventually(async () => (await handle.describe()).runId !== handle.firstExecutionRunId);
    const carried = await handle.query(serviceQuery);
    expect(carried.history.filter((h) => h.type === 'item_reopened').map((h) => h.data.reason)).toEqual([0, 1, 2, 3, 4, 5].map((n) => `round ${n}`));
    expect(carried.history.map((h) => h.seq)).toEqual(carried.history.map((_, n) => n + 1));
    const done = await handle.executeUpdate(completeItemUpdate, { args: [{ actor, item: 'installed' }] });
    expect(done.checklist.find((i) => i.key === 'installed')).toMatchObject({ done: { by: actor.id }, round: 6 });
    await handle.terminate('done with it');
  }, 60_000);
});

describe.concurrent('acceptance and the warranty', () => {
  it('asks the customer to accept; acceptance makes the 60% due, the warranty’s end the 10%, with no other call', async () => {
    const c = await servicedContract(app, 'Service acceptance');
    for (const item of ALL_BUT_ACCEPTANCE) await c.service.update(completeItemUpdate, { item });
    await c.service.step('acceptance_requested');
    const reference = c.contract.reference as string;
    const request = await mail.waitFor((e) => e.subject === `【验收申请】合同 ${reference}`, 10_000);
    expect(request.to.map((a) => a.address)).not.toContain(c.engineer.email);
    expect((request.cc ?? []).map((a) => a.address)).toContain(c.engineer.email);

    const signedAt = Date.now();
    const accepted = await c.service.update(recordAcceptanceUpdate, { signedBy: 'Zhou Min', signedAt, remarks: 'all as agreed' });
    expect(accepted.acceptance).toMatchObject({ signedBy: 'Zhou Min', signedAt, remarks: 'all as agreed' });
    expect(accepted.checklist.every((i) => i.done)).toBe(true);
    expect(accepted.warranty).toMatchObject({ months: WARRANTY_MONTHS, startsAt: signedAt, endsAt: signedAt + WARRANTY_MONTHS * MONTH_S * 1000 });
    await expect(c.service.update(recordAcceptanceUpdate, { signedBy: 'again', signedAt })).rejects.toMatchObject(refusal('conflict'));

    const byStatus = async () => (await c.liveContract()).installments.map((i: { status: string }) => i.status);
    await eventually(async () => (await byStatus())[1] === 'open');
    expect((await byStatus())[2]).toBe('scheduled');
    const collection = app.temporal.workflow.getHandle(collectionWorkflowId(c.contract.id));
    expect((await collection.query(collectionQuery)).milestones.acceptance).toBe(signedAt);

    await c.service.step('warranty_ended', () => true, 30_000);
    await eventually(async () => (await byStatus())[2] === 'open', 15_000);
    expect((await collection.query(collectionQuery)).milestones.warranty_end).toBe(signedAt + WARRANTY_MONTHS * MONTH_S * 1000);
    const after = await c.service.query();
    expect(after.warrantyStatus).toBe('out_of_warranty');
    expect(after.history.filter((h) => h.type === 'milestone_reported').map((h) => h.data.milestone)).toEqual(['acceptance', 'warranty_end']);

    // The relationship stays: a ticket after the warranty is out of it (labour free, parts billed).
    const ticketId = randomUUID();
    const late = await c.service.update(openTicketUpdate, {
      ticket: { ticketId, title: 'Pump noise', description: 'after the warranty', priority: 'low', reportedBy: 'Zhou Min', reportedAt: Date.now() },
    });
    expect(late.tickets).toMatchObject([{ ticketId, warranty: 'out_of_warranty' }]);
    await app.temporal.workflow.getHandle(ticketWorkflowId(ticketId)).terminate('the ticket workflow is not in this build');
  }, 90_000);
});

describe.concurrent('visits', () => {
  it('plans routine visits and monthly checks through the warranty; a visit record opens a ticket in the same step', async () => {
    const c = await servicedContract(app, 'Service visits');
    const signedAt = Date.now();
    const accepted = await c.service.update(recordAcceptanceUpdate, { signedBy: 'Zhou Min', signedAt });
    expect(accepted.visits.map((v) => [v.key, (v.dueAt - signedAt) / 1000])).toEqual(
      [
        ['routine-1', 2],
        ['monthly_check-1', 3],
        ['routine-2', 4],
        ['monthly_check-2', 6],
        ['routine-3', 6],
        ['monthly_check-3', 9],
        ['routine-4', 8],
        ['routine-5', 10],
      ].sort((a, b) => (a[1] as number) - (b[1] as number) || String(a[0]).localeCompare(String(b[0]))),
    );
    const first = accepted.visits[0];
    await c.service.step('visit_alerted', (d) => d.visitId === first.id && d.level === 'due');
    await mail.waitFor((e) => addressedTo(c.engineer.email)(e) && e.subject === `Service due: Routine visit — ${c.contract.reference}`);

    const recorded = await c.service.update(recordVisitUpdate, {
      visitId: first.id,
      record: {
        visitedAt: Date.now(),
        visitors: ['Chen Gong', 'Liu Gong'],
        customerContacts: ['Zhou Min'],
        checked: 'pumps, controller, logs',
        problems: 'controller restarts at night',
        actions: 'firmware logs collected',
        satisfaction: 4,
        confirmedBy: { name: 'Zhou Min', at: Date.now() },
      },
      ticket: { title: 'Controller restarts at night', description: 'Seen on the routine visit', priority: 'high' },
    });
    const ticket = recorded.tickets[0];
    expect(ticket).toMatchObject({ title: 'Controller restarts at night', priority: 'high', warranty: 'in_warranty', visitId: first.id });
    expect(recorded.visits[0].record).toMatchObject({ satisfaction: 4, ticketId: ticket.ticketId, recordedBy: c.engineer.id });
    const child = app.temporal.workflow.getHandle(ticketWorkflowId(ticket.ticketId));
    expect((await child.describe()).type).toBe('ticketWorkflow');
    const [started] = (await child.fetchHistory()).events!;
    const input = JSON.parse(new TextDecoder().decode(started.workflowExecutionStartedEventAttributes!.input!.payloads![0].data!));
    expect(input).toMatchObject({
      ticketId: ticket.ticketId,
      contractId: c.contract.id,
      priority: 'high',
      reportedBy: 'Zhou Min',
      openedBy: c.engineer.id,
      warranty: 'in_warranty',
      assigneeId: c.engineer.id,
      visitId: first.id,
      support: { reopenWithin: { seconds: 5 } },
      timezone: 'Asia/Shanghai',
    });
    await expect(c.service.update(recordVisitUpdate, { visitId: first.id, record: recorded.visits[0].record! })).rejects.toMatchObject(refusal('conflict'));

    const ticketId = randomUUID();
    const asked = {
      ticketId,
      title: 'Display flickers',
      description: 'Reported by phone',
      priority: 'normal' as const,
      reportedBy: 'Zhou Min',
      reportedAt: Date.now(),
    };
    await c.service.update(openTicketUpdate, { ticket: asked });
    const twice = await c.service.update(openTicketUpdate, { ticket: asked });
    expect(twice.tickets.filter((t) => t.ticketId === ticketId)).toHaveLength(1);

    const adHoc = await c.service.update(scheduleVisitUpdate, { dueAt: Date.now() + 3_600_000, purpose: 'check the new firmware' });
    expect(adHoc.visits.find((v) => v.kind === 'technical')).toMatchObject({
      key: 'technical-1',
      assigneeId: c.engineer.id,
      purpose: 'check the new firmware',
    });
    await Promise.all(
      [ticket.ticketId, ticketId].map((id) => app.temporal.workflow.getHandle(ticketWorkflowId(id)).terminate('the ticket workflow is not in this build')),
    );
  }, 60_000);
});
