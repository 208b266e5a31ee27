import { expect } from 'vitest';
import type { ApprovalTiming } from '../../process';
import type { TestApp } from './app';
import { eventually, makeUser } from './fixtures';

type Person = Awaited<ReturnType<typeof makeUser>> & { email: string; name: string };

/** Approval waits in seconds, without working hours; an hour by default, so that only tests about them see them. */
export const fastApprovals = (remindSeconds = 3600, escalateSeconds = 3600): Partial<ApprovalTiming> => ({
  remindAfter: { seconds: remindSeconds },
  escalateAfter: { seconds: escalateSeconds },
  workingHoursOnly: false,
});

/** A reporting line of its own: an executive, a supervisor under them, and a rep under the supervisor. */
export async function orgChart(app: TestApp) {
  const executive = (await makeUser(app, 'executive')) as Person;
  const supervisor = (await makeUser(app, 'supervisor', { supervisorId: executive.id })) as Person;
  const rep = (await makeUser(app, 'rep', { supervisorId: supervisor.id })) as Person;
  return { executive, supervisor, rep, people: [executive, supervisor, rep] };
}

/**
 * Decides every level of the deal's pending request as whoever holds it (one of `people`), then
 * waits until the deal has entered the stage asked for.
 */
export async function approveAll(app: TestApp, dealId: string, people: Person[]) {
  const deal = await eventually(
    async () => (await app.admin('GET', `/api/v1/deals/${dealId}`)).body.pendingApproval && (await app.admin('GET', `/api/v1/deals/${dealId}`)).body,
  );
  const { approvalId, stage } = deal.pendingApproval;
  for (;;) {
    const request = await eventually(async () => {
      const r = (await app.admin('GET', `/api/v1/approvals/${approvalId}`)).body;
      return (r.status !== 'pending' || r.holder) && r;
    });
    if (request.status !== 'pending') break;
    const holder = people.find((p) => p.id === request.holder.assigneeId);
    if (!holder) throw new Error(`the request is held by ${request.holder.assigneeId}, not by anyone given`);
    const decided = await holder.api('POST', `/api/v1/approvals/${approvalId}/decision`, { decision: 'approve', comment: 'OK' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  }
  return eventually(async () => {
    const live = (await app.admin('GET', `/api/v1/deals/${dealId}`)).body;
    return live.stage === stage && !live.pendingApproval && live;
  });
}
