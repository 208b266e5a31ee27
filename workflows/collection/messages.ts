import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Milestone, Minor } from '../../process';
import type { Actor } from '../../state/deal';
import type { CollectionStep, CollectionView } from '../../state/collection';

export const reportMilestoneUpdate = defineUpdate<CollectionView, [{ actor: Actor; milestone: Milestone; at: number }]>('reportMilestone');
export const recordPaymentUpdate = defineUpdate<
  CollectionView,
  [{ actor: Actor; installmentId: string; paymentId: string; amount: Minor; receivedAt: number; reference: string }]
>('recordPayment');
export const disputeUpdate = defineUpdate<CollectionView, [{ actor: Actor; installmentId: string; reason: string }]>('dispute');
export const resolveDisputeUpdate = defineUpdate<CollectionView, [{ actor: Actor; installmentId: string; note?: string }]>('resolveDispute');
export const promiseUpdate = defineUpdate<CollectionView, [{ actor: Actor; installmentId: string; until: number; note?: string }]>('promise');
export const pauseCollectionUpdate = defineUpdate<CollectionView, [{ actor: Actor; reason: string }]>('pause');
export const resumeCollectionUpdate = defineUpdate<CollectionView, [{ actor: Actor }]>('resume');
export const collectionQuery = defineQuery<CollectionView>('collection');
/** A milestone reached, told by the workflow that saw it (the contract's service); one already reported is ignored. */
export const milestoneReachedSignal = defineSignal<[{ milestone: Milestone; reachedAt: number; actorId: string }]>('milestoneReached');

/** What a contract's collection tells its deal: new steps for the timeline; `firstPaid` once its first installment is paid. */
export interface CollectionNews {
  contractId: string;
  steps: CollectionStep[];
  firstPaid?: { by: string };
}
export const collectionNewsSignal = defineSignal<[CollectionNews]>('collectionNews');

export const collectionWorkflowId = (contractId: string) => `collection-${contractId}`;
