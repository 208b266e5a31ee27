import type { ProcessDocument } from '../process/document';
import type {
  ChecklistItemKey,
  HolidayCalendar,
  Label,
  Milestone,
  Region,
  Season,
  ServiceTiming,
  SupportPolicy,
  TicketPriority,
  TraineeKind,
  VisitKind,
  WarrantyStatus,
  WorkingHours,
} from '../process';

/** What a signed contract hands its ServiceWorkflow. */
export interface ServiceStart {
  contractId: string;
  reference: string;
  processVersion: number;
  /** The published process document, when the version is not built in. */
  processDocument?: ProcessDocument;
  deal: { dealId: string; workflowId: string; title: string; ownerId: string; accountId: string };
  signedAt: number;
  /** The implementation lead: the checklist and the visits are theirs, on their calendar. */
  engineerId: string;
  hours: WorkingHours;
  /** The holiday calendar version it was handed; absent (started before), the seed. */
  holidays?: HolidayCalendar;
  /** Who hears about late work; the engineer's supervisor. */
  supervisorId: string | null;
  region: Region;
  /** The contract's warranty, in months from acceptance. */
  warrantyMonths: number;
  timing: ServiceTiming;
  /** Handed to every ticket opened (tests compress its durations). */
  support?: Partial<SupportPolicy>;
  /** The company's time zone, for tickets and emails. */
  timezone: string;
}

/** How late work is chased: 1 due, 2 reminded, 3 escalated to the supervisor, 4 to an executive. */
export interface Chased {
  alerts: number;
  lastAlertAt?: number;
}

export interface ChecklistItem extends Chased {
  key: ChecklistItemKey;
  label: Label;
  ownerId: string;
  dueAt: number;
  done?: { by: string; at: number; note?: string };
  /** Grows each time the item is reopened, so the alerts of a new round are new emails. */
  round: number;
}

export interface Trainee {
  name: string;
  kind: TraineeKind;
  score: number;
  passed: boolean;
}

export interface TrainingSession {
  id: string;
  heldAt: number;
  trainers: string[];
  trainees: Trainee[];
  topics: string[];
  passed: boolean;
  recordedBy: string;
  recordedAt: number;
}

export interface Acceptance {
  signedBy: string;
  signedAt: number;
  remarks?: string;
  recordedBy: string;
  recordedAt: number;
}

export interface Warranty {
  months: number;
  startsAt: number;
  endsAt: number;
  /** When its end was reported to collection. */
  endedAt?: number;
}

export interface TicketRequest {
  title: string;
  description: string;
  priority: TicketPriority;
}

/** The written record of a visit (《工程回访记录》). */
export interface VisitRecord {
  visitedAt: number;
  visitors: string[];
  customerContacts: string[];
  checked: string;
  problems: string;
  actions: string;
  satisfaction: number;
  confirmedBy: { name: string; at: number };
  ticketId?: string;
  recordedBy: string;
  recordedAt: number;
}

export interface Visit extends Chased {
  id: string;
  /** Its place in the programme (`routine-3`), or `technical-<n>` for one a person scheduled. */
  key: string;
  kind: VisitKind;
  season?: Season;
  dueAt: number;
  assigneeId: string;
  /** The assignee's working hours, which its alarms keep to; without them (visits planned with the programme, or scheduled before the 'visit-assignee-hours' patch), the lead's. */
  hours?: WorkingHours;
  purpose?: string;
  scheduledBy?: string;
  record?: VisitRecord;
}

export interface OpenedTicket {
  ticketId: string;
  title: string;
  priority: TicketPriority;
  warranty: WarrantyStatus;
  visitId?: string;
  openedBy: string;
  openedAt: number;
}

/** A milestone collection is still to hear of. */
export interface MilestoneReport {
  milestone: Milestone;
  reachedAt: number;
  actorId: string;
}

export type ServiceStepType =
  | 'started'
  | 'item_done'
  | 'item_reopened'
  | 'item_alerted'
  | 'training_recorded'
  | 'acceptance_requested'
  | 'acceptance_recorded'
  | 'milestone_reported'
  | 'milestone_unheard'
  | 'visits_planned'
  | 'visit_scheduled'
  | 'visit_alerted'
  | 'visit_recorded'
  | 'ticket_opened'
  | 'warranty_ended'
  | 'email_failed'
  | 'deal_unreachable';

export interface ServiceStep {
  seq: number;
  type: ServiceStepType;
  at: number;
  actorId: string | null;
  data: Record<string, unknown>;
}

export interface ServiceState {
  start: ServiceStart;
  checklist: ChecklistItem[];
  trainings: TrainingSession[];
  acceptance?: Acceptance;
  warranty?: Warranty;
  visits: Visit[];
  tickets: OpenedTicket[];
  toCollection: MilestoneReport[];
  history: ServiceStep[];
  version: number;
  /** Steps not yet told to the deal. */
  untold: ServiceStep[];
}

/** The live service of one contract: everything, with the warranty status now and the alarms to come. */
export interface ServiceView extends Omit<ServiceState, 'untold' | 'toCollection'> {
  /** The holiday calendar version its business time is computed with: the one it was handed, or a newer one told since. */
  holidayCalendarVersion: number;
  warrantyStatus: WarrantyStatus;
  next: Array<{ at: number; what: 'item' | 'visit' | 'warranty_end'; id: string; level: number }>;
}
