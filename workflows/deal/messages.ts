import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { FactPatch, LostReason, Stage } from '../../process';
import type { ContractDraft } from './contract';
import type { TenderInput } from './tender';
import type { ActivityInput } from './followups';
import type { Actor, DealView, OwnerCalendar } from '../../state/deal';

export const createDeal = defineUpdate<DealView, [{ fingerprint: string }]>('create');
export const recordFactsUpdate = defineUpdate<DealView, [{ actor: Actor; facts: FactPatch }]>('recordFacts');
export const advanceUpdate = defineUpdate<DealView, [{ actor: Actor; to: Stage; note?: string }]>('advance');
export const markLostUpdate = defineUpdate<DealView, [{ actor: Actor; reason: LostReason; note: string; competitorWon?: string }]>('markLost');
export const reopenUpdate = defineUpdate<DealView, [{ actor: Actor; reason: string }]>('reopen');
export const logActivityUpdate = defineUpdate<DealView, [{ actor: Actor; activity: ActivityInput }]>('logActivity');
export const scheduleCallbackUpdate = defineUpdate<DealView, [{ actor: Actor; at: number; contactId?: string; note?: string }]>('scheduleCallback');
export const moveCallbackUpdate = defineUpdate<DealView, [{ actor: Actor; followUpId: string; at: number }]>('moveCallback');
export const completeFollowUpUpdate = defineUpdate<DealView, [{ actor: Actor; followUpId: string; note?: string; activity?: ActivityInput }]>(
  'completeFollowUp',
);
export const snoozeFollowUpUpdate = defineUpdate<DealView, [{ actor: Actor; followUpId: string; until: number }]>('snoozeFollowUp');
export const cancelFollowUpUpdate = defineUpdate<DealView, [{ actor: Actor; followUpId: string; note?: string }]>('cancelFollowUp');
export const draftContractUpdate = defineUpdate<DealView, [{ actor: Actor; contract: ContractDraft }]>('draftContract');
export const signContractUpdate = defineUpdate<
  DealView,
  [{ actor: Actor; signedAt: number; signedBy: string; implementationLeadId?: string; implementationLeadCalendar?: OwnerCalendar }]
>('signContract');
export const startTenderUpdate = defineUpdate<DealView, [{ actor: Actor; tender: TenderInput }]>('startTender');
export const dealQuery = defineQuery<DealView>('deal');
/** The owner's time zone, working hours or supervisor changed. */
export const ownerCalendarSignal = defineSignal<[OwnerCalendar]>('ownerCalendar');

export const dealWorkflowId = (dealId: string) => `deal-${dealId}`;
