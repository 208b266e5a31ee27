import type { UpdateDefinition } from '@temporalio/common';
import { DEFAULT_SERVICE_TIMING, DEFAULT_WORKING_HOURS, type ServiceTiming, type VisitPolicy, localDate } from '../../process';
import type { Actor } from '../../state/deal';
import type { ServiceView } from '../../state/service';
import { serviceQuery, serviceWorkflowId } from '../../workflows/service/messages';
import type { TestApp } from './app';
import { dealInNegotiation, signedContract } from './contract-scene';
import { eventually, makeUser } from './fixtures';

/**
 * After-sales in seconds: the first checklist item is due a second after signing (the others in an
 * hour), late work climbs a rung a second; a warranty month is `monthSeconds`, a routine visit every
 * two seconds, and no seasons.
 */
export function fastService(monthSeconds = 3, warrantyMonths = 2): Partial<ServiceTiming> {
  return {
    checklist: DEFAULT_SERVICE_TIMING.checklist.map((rule) => ({ ...rule, dueAfterSigning: { seconds: rule.key === 'environment_ready' ? 1 : 3600 } })),
    remindAgainAfter: { seconds: 1 },
    escalateAfter: { seconds: 1 },
    warrantyMonths,
    month: { seconds: monthSeconds },
    visits: { routineEvery: { seconds: 2 }, checkEveryMonths: 1, seasons: { north: {}, south: {}, default: {} } },
    workingHoursOnly: false,
  };
}

/** Season windows around `now`, for every region: the rainy season is on this month (in Shanghai), the heating season opens next month. */
export function seasonsAround(now: number): VisitPolicy['seasons'] {
  const month = Number(localDate(now, DEFAULT_WORKING_HOURS.timezone).slice(5, 7));
  const next = (m: number) => (m % 12) + 1;
  const windows = { rainy: { from: month, to: month }, heating: { from: next(month), to: next(next(month)) } };
  return { north: windows, south: windows, default: windows };
}

/** A contract signed on the default schedule (30 / 60 / 10), with a service engineer who reports to the deal's supervisor. */
export async function servicedContract(app: TestApp, title: string, draft: Record<string, unknown> = {}) {
  const s = await dealInNegotiation(app, title);
  const engineer = await makeUser(app, 'service', { supervisorId: s.supervisor.id });
  const contract = await signedContract(app, s, { amount: '100000', ...draft }, { implementationLeadId: engineer.id });
  const handle = app.temporal.workflow.getHandle(serviceWorkflowId(contract.id));
  const actor = { id: engineer.id, role: 'service' };
  const service = {
    query: () => handle.query(serviceQuery),
    update: <A extends { actor: Actor }>(def: UpdateDefinition<ServiceView, [A]>, args: NoInfer<Omit<A, 'actor'>>) =>
      handle.executeUpdate(def, { args: [{ actor, ...args } as A] }),
    /** Waits until the service's history has a step that matches. */
    step: (type: string, match: (data: Record<string, unknown>) => boolean = () => true, timeoutMs = 15_000) =>
      eventually(async () => (await handle.query(serviceQuery)).history.find((h) => h.type === type && match(h.data)), timeoutMs),
  };
  /** The contract as its API shows it now. */
  const live = () => s.contract(contract.id);
  return { ...s, engineer, contract, liveContract: live, handle, actor, service };
}
