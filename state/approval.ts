import type { ProcessDocument } from '../process/document';
import type { ApprovalKind, ApprovalTiming, ApproverRole, ApproverRule, HolidayCalendar, Minor, Stage, WorkingHours } from '../process';
import type { Actor } from './deal';

/** What the parent asks to have approved. */
export interface ApprovalRequest {
  approvalId: string;
  kind: ApprovalKind;
  processVersion: number;
  /** The published process document, when the version is not built in. */
  processDocument?: ProcessDocument;
  deal: { dealId: string; workflowId: string; title: string; ownerId: string; stage: Stage };
  /** The stage a stage gate asks to enter. */
  stage?: Stage;
  amount: Minor;
  currency: string;
  /** Always 'minor' since amounts became exact; absent, `amount` is float yuan (a request made before). */
  amountsIn?: 'minor';
  requester: Actor;
  note?: string;
  chain: readonly ApproverRule[];
  requestedAt: number;
  timing: ApprovalTiming;
  /** The holiday calendar version it was handed; absent (started before), the seed. */
  holidays?: HolidayCalendar;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'cancelled' | 'unroutable';
export type LevelStatus = 'waiting' | 'pending' | 'approved' | 'rejected' | 'skipped';

/** One person holding one level for a while: the approver, or their delegate on their behalf. */
export interface Assignment {
  n: number;
  approverId: string;
  /** Who the request went to: the approver, or their delegate. */
  assigneeId: string;
  onBehalfOf?: string;
  role?: ApproverRole;
  at: number;
  hours: WorkingHours;
  remindedAt?: number;
  escalatedFrom?: string;
  /** Set when an escalation found nobody above: the request waits with this holder. */
  topOfLine?: boolean;
  /** When the emailed links stop working. */
  linksExpireAt: number;
}

export interface Decision {
  outcome: 'approved' | 'rejected';
  by: string;
  onBehalfOf?: string;
  comment?: string;
  at: number;
  via: 'inbox' | 'link';
  linkId?: string;
}

export interface ApprovalLevel {
  level: number;
  rule: ApproverRule;
  status: LevelStatus;
  assignments: Assignment[];
  decision?: Decision;
  skipped?: { userId?: string; reason: string };
}

export type ApprovalStepType =
  | 'requested'
  | 'assigned'
  | 'skipped'
  | 'reminded'
  | 'escalated'
  | 'not_escalated'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'cancelled'
  | 'unroutable'
  | 'email_failed'
  | 'deal_unreachable';

/** One entry of the request's own history; each is also told to the deal for its timeline. */
export interface ApprovalStep {
  seq: number;
  type: ApprovalStepType;
  at: number;
  actorId: string | null;
  level?: number;
  data: Record<string, unknown>;
}

export interface ApprovalState {
  request: ApprovalRequest;
  status: ApprovalStatus;
  levels: ApprovalLevel[];
  /** 0-based index of the level in play. */
  current: number;
  history: ApprovalStep[];
  decidedAt?: number;
  version: number;
  /** Steps not yet told to the deal. */
  untold: ApprovalStep[];
}

export const currentLevel = (s: ApprovalState): ApprovalLevel | undefined => (s.status === 'pending' ? s.levels[s.current] : undefined);
export const currentAssignment = (s: ApprovalState): Assignment | undefined => {
  const level = currentLevel(s);
  return level?.status === 'pending' ? level.assignments[level.assignments.length - 1] : undefined;
};

/** The live request: its chain, who holds it now, its history and its timers. */
export interface ApprovalView extends Omit<ApprovalState, 'untold'> {
  /** The holiday calendar version its business time is computed with: the one it was handed, or a newer one told since. */
  holidayCalendarVersion: number;
  holder: Assignment | null;
  nextReminderAt: number | null;
  nextEscalationAt: number | null;
}
