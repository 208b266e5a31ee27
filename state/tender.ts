import type { ProcessDocument } from '../process/document';
import type { ApprovalTiming, ChecklistOwner, HolidayCalendar, Label, Minor, TenderOutcome, TenderTiming, WorkingHours } from '../process';
import type { Actor } from './deal';

/** What a deal hands its TenderWorkflow. */
export interface TenderStart {
  tenderId: string;
  tenderNo: string;
  processVersion: number;
  /** The published process document, when the version is not built in. */
  processDocument?: ProcessDocument;
  deal: { dealId: string; workflowId: string; title: string; ownerId: string; accountId: string; supervisorId: string | null; stage: string; currency: string };
  presalesId: string;
  financeId: string | null;
  issuedAt: number;
  submissionDeadline: number;
  openingAt: number;
  presentationAt?: number;
  documents: Array<{ name: string; url: string }>;
  bidBond?: { amount: Minor; dueAt: number };
  startedBy: Actor;
  checklist: Array<{ key: string; label: Label; owner: ChecklistOwner }>;
  timing: TenderTiming;
  approvalTiming: ApprovalTiming;
  hours: WorkingHours;
  /** The holiday calendar version it was handed; absent (started before), the seed. */
  holidays?: HolidayCalendar;
}

export interface ChecklistItem {
  key: string;
  label: Label;
  ownerId: string;
  done: boolean;
  note?: string;
  doneBy?: string;
  doneAt?: number;
}

export interface BidReview {
  approvalId: string;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'cancelled' | 'unroutable';
  price: Minor;
  discountPercent?: number;
  requestedBy: string;
  requestedAt: number;
}

export type TenderStatus = 'open' | 'submitted' | 'missed' | TenderOutcome;

export interface TenderResult {
  outcome: TenderOutcome;
  winner?: string;
  ourRank?: number;
  note: string;
  keepOpen?: boolean;
  by: string;
  at: number;
}

export type TenderStepType =
  | 'started'
  | 'checklist_updated'
  | 'reminded'
  | 'presentation_reminded'
  | 'review_requested'
  | 'review_decided'
  | 'submitted'
  | 'missed'
  | 'result'
  | 'email_failed'
  | 'deal_unreachable';

export interface TenderStep {
  seq: number;
  type: TenderStepType;
  at: number;
  actorId: string | null;
  data: Record<string, unknown>;
}

export interface TenderState {
  start: TenderStart;
  status: TenderStatus;
  items: ChecklistItem[];
  review?: BidReview;
  /** How many deadline reminders went out (or were passed over). */
  reminders: number;
  presentationReminded: boolean;
  submittedAt?: number;
  result?: TenderResult;
  history: TenderStep[];
  version: number;
  untold: TenderStep[];
}

export const openItems = (s: TenderState) => s.items.filter((i) => !i.done);

/** The live tender: checklist, review, status, the reminders still to come, and its history. */
export interface TenderView extends Omit<TenderState, 'untold'> {
  /** The holiday calendar version its business time is computed with: the one it was handed, or a newer one told since. */
  holidayCalendarVersion: number;
  next: Array<{ at: number; kind: 'deadline_reminder' | 'presentation_reminder' | 'deadline' }>;
}
