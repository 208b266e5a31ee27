import { getExternalWorkflowHandle } from '@temporalio/workflow';
import { collectionWorkflowId, milestoneReachedSignal } from '../collection/messages';
import * as ledger from './ledger';
import type { ServiceState } from '../../state/service';

/**
 * Tells the contract's collection the milestones it waits for (acceptance, the warranty's end), so
 * their installments fall due with nobody reporting them. A collection that has finished (every
 * installment paid) no longer listens: that is recorded, and the milestone is not asked again.
 */
export async function tellCollection(state: ServiceState, now: () => number) {
  const collection = getExternalWorkflowHandle(collectionWorkflowId(state.start.contractId));
  while (state.toCollection.length > 0) {
    const report = state.toCollection[0];
    try {
      await collection.signal(milestoneReachedSignal, report);
      ledger.step(state, 'milestone_reported', null, now(), { milestone: report.milestone, reachedAt: report.reachedAt });
    } catch (err) {
      ledger.step(state, 'milestone_unheard', null, now(), { milestone: report.milestone, error: (err as Error).message });
    }
    state.toCollection.shift();
  }
}
