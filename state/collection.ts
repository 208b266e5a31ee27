import {
  type CollectionTiming,
  type DueRule,
  type HolidayCalendar,
  type Label,
  type Milestone,
  type Minor,
  type WorkingHours,
  subtractMoney,
} from '../process';

/** What a signed contract hands its CollectionWorkflow. */
export interface CollectionStart {
  contractId: string;
  reference: string;
  processVersion: number;
  deal: { dealId: string; workflowId: string; title: string; ownerId: string; accountId: string };
  currency: string;
  signedAt: number;
  installments: Array<{ id: string; seq: number; label: string | Label; amount: Minor; due: DueRule }>;
  timing: CollectionTiming;
  /** The company's calendar: when a due date is, and when customers are written to. */
  hours: WorkingHours;
  /** The holiday calendar version it was handed; absent (started before), the seed. */
  holidays?: HolidayCalendar;
}

export interface Payment {
  id: string;
  amount: Minor;
  receivedAt: number;
  reference: string;
  by: string;
  at: number;
}

export interface InstallmentState {
  id: string;
  seq: number;
  label: string | Label;
  amount: Minor;
  due: DueRule;
  /** Known once its rule can say: at signing, or when its milestone is reported. */
  dueAt?: number;
  paid: Minor;
  payments: Payment[];
  /** Index of the next rung of the ladder; rungs before it were sent or passed over. */
  rung: number;
  dispute?: { reason: string; by: string; at: number };
  promise?: { until: number; note?: string; by: string; at: number };
}

export type CollectionStepType =
  | 'started'
  | 'milestone_reported'
  | 'dunning_sent'
  | 'dunning_skipped'
  | 'payment_recorded'
  | 'installment_paid'
  | 'dispute_opened'
  | 'dispute_resolved'
  | 'promise_made'
  | 'promise_lapsed'
  | 'paused'
  | 'resumed'
  | 'completed'
  | 'email_failed'
  | 'deal_unreachable';

export interface CollectionStep {
  seq: number;
  type: CollectionStepType;
  at: number;
  actorId: string | null;
  installmentId?: string;
  data: Record<string, unknown>;
}

export interface CollectionState {
  start: CollectionStart;
  installments: InstallmentState[];
  milestones: Partial<Record<Milestone, number>>;
  paused?: { reason: string; by: string; at: number };
  history: CollectionStep[];
  version: number;
  /** Steps not yet told to the deal. */
  untold: CollectionStep[];
}

export const outstanding = (i: InstallmentState): Minor => subtractMoney(i.amount, i.paid);
export const isPaid = (i: InstallmentState) => outstanding(i) <= 0;

/** The live collection: installments with what is outstanding and when the next reminder goes, and the whole history. */
export interface CollectionView extends Omit<CollectionState, 'untold'> {
  /** The holiday calendar version its business time is computed with: the one it was handed, or a newer one told since. */
  holidayCalendarVersion: number;
  next: Array<{ installmentId: string; at: number; rung: string | null; paused: 'contract' | 'dispute' | 'promise' | null }>;
}
