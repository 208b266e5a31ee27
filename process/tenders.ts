import type { Span } from './calendar';
import { type Label, label } from './label';
import type { Role } from './roles';
import type { Stage } from './stage';

/** Who prepares a checklist item: the tender's presales engineer, the deal owner, or finance. */
export type ChecklistOwner = 'presales' | 'rep' | 'finance';

export interface ChecklistItemDefinition {
  key: string;
  label: Label;
  owner: ChecklistOwner;
}

/** The bid checklist (投标文件清单): what must be done before a bid may be submitted. */
export const BID_CHECKLIST: readonly ChecklistItemDefinition[] = [
  { key: 'technical_proposal', label: label('Technical proposal', '技术方案'), owner: 'presales' },
  { key: 'commercial_proposal', label: label('Commercial proposal and price sheet', '商务方案及报价单'), owner: 'rep' },
  { key: 'qualifications', label: label('Qualification documents', '资质文件'), owner: 'rep' },
  { key: 'bid_bond', label: label('Bid bond', '投标保证金'), owner: 'finance' },
  { key: 'authorisations', label: label('Authorisations', '授权书'), owner: 'rep' },
];

export const TENDER_OUTCOMES = ['won', 'lost', 'cancelled'] as const;
export type TenderOutcome = (typeof TENDER_OUTCOMES)[number];

/** Reminders before the submission deadline, how far ahead, and whether the supervisor is copied. */
export interface DeadlineReminder {
  before: Span;
  daysLeft: number;
  copySupervisor: boolean;
}

export interface TenderTiming {
  deadlineReminders: readonly DeadlineReminder[];
  presentationBefore: Span;
  workingHoursOnly: boolean;
}

/** The dates a tender document (招标书) sets. */
export interface TenderDates {
  issuedAt: number;
  submissionDeadline: number;
  openingAt: number;
}

/** Issued, then bids due, then opened (开标) no earlier than the deadline; a tender starts before its deadline. */
export function tenderDateErrors(dates: TenderDates, now: number): { field: keyof TenderDates; message: string }[] {
  const { issuedAt, submissionDeadline, openingAt } = dates;
  return [
    ...(issuedAt < submissionDeadline ? [] : [{ field: 'submissionDeadline' as const, message: 'must be after issuedAt' }]),
    ...(submissionDeadline <= openingAt ? [] : [{ field: 'openingAt' as const, message: 'must not be before the submission deadline' }]),
    ...(submissionDeadline > now ? [] : [{ field: 'submissionDeadline' as const, message: 'is already past' }]),
  ];
}

export interface TenderPolicy {
  /** The stages a tender may start in. */
  stages: readonly Stage[];
  /** Who writes the bid: the person named as the tender's presales engineer has this role. */
  presalesRole: Role;
  checklist: readonly ChecklistItemDefinition[];
  timing: TenderTiming;
}

/** process.md: reminders at T−7, T−3 and T−1 business days, the supervisor copied at T−1; the presentation the day before. */
export const DEFAULT_TENDER_POLICY: TenderPolicy = {
  stages: ['PRELIMINARY_APPROVAL', 'NEGOTIATION'],
  presalesRole: 'presales',
  checklist: BID_CHECKLIST,
  timing: {
    deadlineReminders: [
      { before: { businessDays: 7 }, daysLeft: 7, copySupervisor: false },
      { before: { businessDays: 3 }, daysLeft: 3, copySupervisor: false },
      { before: { businessDays: 1 }, daysLeft: 1, copySupervisor: true },
    ],
    presentationBefore: { businessDays: 1 },
    workingHoursOnly: true,
  },
};
