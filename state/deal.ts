import type {
  ApprovalKind,
  ApprovalTiming,
  CollectionTiming,
  DueRule,
  HolidayCalendar,
  Label,
  Minor,
  Region,
  ServiceTiming,
  Span,
  SupportPolicy,
  TenderTiming,
} from '../process';
import type { CollectionStepType } from './collection';
import type { ServiceStepType } from './service';
import type { TenderResult, TenderStatus, TenderStepType } from './tender';
import type { TicketStepType } from './ticket';
import type {
  ActivityType,
  AllowedMove,
  DealStatus,
  FollowUpKind,
  FollowUpState,
  FollowUpTiming,
  LostReason,
  OpenStage,
  Stage,
  UnmetFact,
  WorkingHours,
} from '../process';

export interface Actor {
  id: string;
  role: string;
}

/** What a deal is created with; validated by the API before the workflow starts. */
export interface DealCreation {
  dealId: string;
  processVersion: number;
  title: string;
  accountId: string;
  ownerId: string;
  amount: Minor;
  currency: string;
  /** Always 'minor' since amounts became exact; absent, `amount` is float yuan (a deal started before). */
  amountsIn?: 'minor';
  /** In their request form: amounts in major units, which the facts' schemas parse to Minor. */
  facts: Record<string, unknown>;
  createdBy: Actor;
  /** Digest of the creating request: a retried POST must carry the same one. */
  fingerprint: string;
  owner: OwnerCalendar;
  /** The holiday calendar version it was handed; absent (started before), the seed. */
  holidays?: HolidayCalendar;
  /** Durations that differ from the process definition's (tests run them in seconds). */
  timing?: Partial<FollowUpTiming>;
  approvalTiming?: Partial<ApprovalTiming>;
  collectionTiming?: Partial<CollectionTiming>;
  tenderTiming?: Partial<TenderTiming>;
  serviceTiming?: Partial<ServiceTiming>;
  /** Handed to every ticket the contract's service opens. */
  supportTiming?: Partial<SupportPolicy>;
}

/** Whose calendar the deal's follow-ups run on, and who hears about missed ones. */
export interface OwnerCalendar {
  hours: WorkingHours;
  supervisorId: string | null;
}

export type TimelineType =
  | 'created'
  | 'facts_recorded'
  | 'stage_changed'
  | 'lost'
  | 'reopened'
  | 'activity_logged'
  | 'followup_scheduled'
  | 'followup_rescheduled'
  | 'followup_done'
  | 'followup_cancelled'
  | 'followup_alerted'
  | 'stall_alerted'
  | 'email_failed'
  | 'owner_calendar_changed'
  | 'calendar_changed'
  | 'approval_requested'
  | 'approval_assigned'
  | 'approval_skipped'
  | 'approval_reminded'
  | 'approval_escalated'
  | 'approval_not_escalated'
  | 'approval_approved'
  | 'approval_rejected'
  | 'approval_withdrawn'
  | 'approval_cancelled'
  | 'approval_unroutable'
  | 'approval_email_failed'
  | 'approval_lapsed'
  | 'contract_drafted'
  | 'contract_approved'
  | 'contract_returned'
  | 'contract_signed'
  | `collection_${CollectionStepType}`
  | `service_${ServiceStepType}`
  | `tender_${TenderStepType}`
  | `ticket_${TicketStepType}`
  | 'tender_won_facts_missing';

export interface TimelineEntry {
  seq: number;
  type: TimelineType;
  at: number;
  actorId: string | null;
  data: Record<string, unknown>;
}

export interface StageChange {
  from: Stage;
  to: Stage;
  kind: 'forward' | 'back' | 'lost' | 'reopen';
  at: number;
  by: string;
  note?: string;
}

export interface LostRecord {
  reason: LostReason;
  note: string;
  competitorWon?: string;
  at: number;
  by: string;
}

export interface FollowUp {
  id: string;
  kind: FollowUpKind;
  /** What to do, when the rep said; the kind's label says it otherwise. */
  action?: string;
  ownerId: string;
  /** Who hears when it is still not done after the reminder. */
  escalateTo: string | null;
  /** As asked for; it rings at the first working moment from then, except a call-back, which rings at the customer's chosen second. */
  dueAt: number;
  state: FollowUpState;
  contactId?: string;
  note?: string;
  createdAt: number;
  updatedAt: number;
  /** Alerts sent for the current due time: 1 due, 2 reminded again, 3 escalated. */
  alerts: number;
  lastAlertAt?: number;
  /** Grows each time the due time moves, so the alerts of a new due time are new emails. */
  round: number;
  /** Due `span` of business time after `from`, by a rule: counted again on a newer holiday calendar until someone moves it. */
  counted?: { from: number; span: Span };
}

/** Idle time in the current stage: measured from `since`, alerted `alerts` times. */
export interface StallWatch {
  since: number;
  alerts: number;
  lastAlertAt?: number;
}

export interface LoggedActivity {
  type: ActivityType;
  at: number;
  summary: string;
  outcome?: string;
  contactIds?: string[];
}

/** A move waiting on its approval: the deal enters `stage` when the request is approved. */
export interface PendingApproval {
  approvalId: string;
  kind: ApprovalKind;
  stage: Stage;
  note?: string;
  requestedBy: string;
  requestedAt: number;
}

/** The deal's contract, from draft to signature; after that its CollectionWorkflow chases the money. */
export interface DealContract {
  id: string;
  reference: string;
  status: 'pending_approval' | 'draft' | 'approved' | 'signed';
  amount: Minor;
  currency: string;
  technicalAgreement?: string;
  installments: Array<{ id: string; seq: number; label: string | Label; amount: Minor; due: DueRule }>;
  /** 质保期 in months from acceptance; the process's default unless the contract says. */
  warrantyMonths?: number;
  /** Where the customer is, for the seasons of its return visits. */
  region?: Region;
  approvalId?: string;
  draftedBy: string;
  draftedAt: number;
  /** Why the last approval sent it back to draft. */
  returned?: { status: string; by?: string; comment?: string; at: number };
  signedAt?: number;
  /** The manager present at signing (the handbook wants one). */
  signedBy?: string;
}

/** The last request turned down, and the facts it saw: asking again needs different facts. */
export interface RejectedApproval {
  approvalId: string;
  stage: Stage;
  facts: string;
}

export interface DealState {
  dealId: string;
  processVersion: number;
  fingerprint: string;
  title: string;
  accountId: string;
  ownerId: string;
  createdBy: string;
  amount: Minor;
  currency: string;
  /** Always 'minor' since amounts became exact; absent, the amount and money facts are float yuan (state carried over from before). */
  amountsIn?: 'minor';
  stage: Stage;
  status: DealStatus;
  facts: Record<string, unknown>;
  lostFrom?: OpenStage;
  lost?: LostRecord;
  reopenCount: number;
  history: StageChange[];
  createdAt: number;
  updatedAt: number;
  stageEnteredAt: number;
  /** Grows with every change; the projection never lets an older one win. */
  version: number;
  /** Sequence number of the last timeline entry. */
  seq: number;
  /** Timeline entries not yet written to the read model. */
  unprojected: TimelineEntry[];
  owner: OwnerCalendar;
  /** The holiday calendar version it was handed; absent (started before), the seed. */
  holidays?: HolidayCalendar;
  timing?: Partial<FollowUpTiming>;
  followUps: FollowUp[];
  stall: StallWatch;
  /** Emails decided but not yet handed to the send activity, which is idempotent on their keys. */
  emails: DealEmailIntent[];
  approvalTiming?: Partial<ApprovalTiming>;
  pendingApproval?: PendingApproval;
  lastRejection?: RejectedApproval;
  collectionTiming?: Partial<CollectionTiming>;
  tenderTiming?: Partial<TenderTiming>;
  serviceTiming?: Partial<ServiceTiming>;
  supportTiming?: Partial<SupportPolicy>;
  contract?: DealContract;
  tender?: DealTender;
}

/** The deal's tender, as far as the deal needs it: which one, where it stands, how it ended. */
export interface DealTender {
  id: string;
  tenderNo: string;
  status: TenderStatus;
  documents: Array<{ name: string; url: string }>;
  result?: TenderResult;
}

/** What a deal's workflow knows when it decides to send: ids and its own facts, no names or URLs. */
export interface DealEmailIntent {
  key: string;
  dealId: string;
  template: 'followup_due' | 'followup_reminder' | 'followup_escalated' | 'callback_due' | 'tender_handover' | 'stall_owner' | 'stall_supervisor';
  to: string[];
  cc?: string[];
  /** What the email alerts about, so the workflow can drop it if that changed before it went out. */
  alert: { followUpId: string; round: number; level: number } | { stallSince: number; level: number };
  about: {
    dealTitle: string;
    processVersion: number;
    /** When the workflow decided to send. */
    at: number;
    kind?: FollowUpKind;
    /** A custom action; the follow-up kind's label otherwise. */
    action?: string;
    dueAt?: number;
    ownerId?: string;
    contactId?: string;
    note?: string;
    stage?: OpenStage;
    idleSince?: number;
    /** A technical handover: the tender it came from and the signed contract. */
    handover?: { tenderNo: string; documents: Array<{ name: string; url: string }>; contractRef?: string };
  };
}

/** The live state of one deal, as its query and every update answer it. */
export interface DealView extends Omit<
  DealState,
  'unprojected' | 'fingerprint' | 'emails' | 'timing' | 'approvalTiming' | 'collectionTiming' | 'tenderTiming' | 'serviceTiming' | 'supportTiming' | 'holidays'
> {
  /** The version of the holiday calendar the deal's timers are computed on. */
  holidayCalendarVersion: number;
  probability: number;
  /** Every timer the deal holds, soonest first. */
  reminders: { at: number; kind: 'followup' | 'stall'; followUpId?: string; level: number }[];
  next: { stage: Stage; unmet: UnmetFact[] } | null;
  allowedMoves: AllowedMove[];
}
