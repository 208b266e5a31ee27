import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Minor, TenderOutcome } from '../../process';
import type { Actor } from '../../state/deal';
import type { TenderResult, TenderStep, TenderView } from '../../state/tender';

export const updateChecklistUpdate = defineUpdate<TenderView, [{ actor: Actor; item: string; done: boolean; note?: string }]>('updateChecklist');
export const requestReviewUpdate = defineUpdate<TenderView, [{ actor: Actor; price: Minor; discountPercent?: number; note?: string }]>('requestReview');
export const submitBidUpdate = defineUpdate<TenderView, [{ actor: Actor }]>('submit');
export const tenderResultUpdate = defineUpdate<
  TenderView,
  [{ actor: Actor; outcome: TenderOutcome; winner?: string; ourRank?: number; note: string; keepOpen?: boolean }]
>('result');
export const tenderQuery = defineQuery<TenderView>('tender');

/** What a tender tells its deal: new steps for the timeline, and its result once there is one. */
export interface TenderNews {
  tenderId: string;
  steps: TenderStep[];
  result?: TenderResult;
}
export const tenderNewsSignal = defineSignal<[TenderNews]>('tenderNews');

export const tenderWorkflowId = (tenderId: string) => `tender-${tenderId}`;
