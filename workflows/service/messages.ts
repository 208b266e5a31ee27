import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ChecklistItemKey, TicketPriority, TraineeKind } from '../../process';
import type { Actor } from '../../state/deal';
import type { ServiceStep, ServiceView, TicketRequest, VisitRecord } from '../../state/service';

export interface TrainingInput {
  heldAt: number;
  trainers: string[];
  trainees: Array<{ name: string; kind: TraineeKind; score: number }>;
  topics: string[];
}

export type VisitRecordInput = Omit<VisitRecord, 'ticketId' | 'recordedBy' | 'recordedAt'>;

export interface TicketInput extends TicketRequest {
  ticketId: string;
  reportedBy: string;
  reportedAt: number;
}

export const completeItemUpdate = defineUpdate<ServiceView, [{ actor: Actor; item: ChecklistItemKey; note?: string }]>('completeChecklistItem');
export const reopenItemUpdate = defineUpdate<ServiceView, [{ actor: Actor; item: ChecklistItemKey; reason: string }]>('reopenChecklistItem');
export const recordTrainingUpdate = defineUpdate<ServiceView, [{ actor: Actor; training: TrainingInput }]>('recordTraining');
export const recordAcceptanceUpdate = defineUpdate<ServiceView, [{ actor: Actor; signedBy: string; signedAt: number; remarks?: string }]>('recordAcceptance');
export const scheduleVisitUpdate = defineUpdate<ServiceView, [{ actor: Actor; dueAt: number; assigneeId?: string; purpose: string }]>('scheduleVisit');
export const recordVisitUpdate = defineUpdate<
  ServiceView,
  [{ actor: Actor; visitId: string; record: VisitRecordInput; ticket?: TicketRequest & { priority: TicketPriority } }]
>('recordVisit');
/** Opens a support ticket (its own TicketWorkflow); the same ticket id again answers what the first did. */
export const openTicketUpdate = defineUpdate<ServiceView, [{ actor: Actor; ticket: TicketInput }]>('openTicket');
export const serviceQuery = defineQuery<ServiceView>('service');

/** What a contract's service tells its deal: new steps for the timeline. */
export interface ServiceNews {
  contractId: string;
  steps: ServiceStep[];
}
export const serviceNewsSignal = defineSignal<[ServiceNews]>('serviceNews');

export const serviceWorkflowId = (contractId: string) => `service-${contractId}`;
