import type { Span } from './calendar';
import { type Label, label } from './label';

export type RungKey = 'courtesy' | 'due' | 'overdue_7' | 'overdue_15' | 'final';

/** Who is told at a rung besides the customer. */
export type DunningParty = 'rep' | 'finance' | 'supervisor' | 'executive';

export interface DunningRung {
  key: RungKey;
  label: Label;
  /** Days from the due date; negative is before it. */
  offsetDays: number;
  cc: readonly DunningParty[];
}

/** Everything about chasing payment that a process version decides. Tests shorten `day` to seconds. */
export interface CollectionTiming {
  ladder: readonly DunningRung[];
  /** What one day of the ladder and of due rules is. */
  day: Span;
  /** Whether reminders to customers wait for the company's working hours. */
  workingHoursOnly: boolean;
}

/** The rungs of process.md: a courtesy notice, the due date, then +7, +15 and a final notice at +30. */
export const DEFAULT_COLLECTION_TIMING: CollectionTiming = {
  ladder: [
    { key: 'courtesy', label: label('Courtesy notice', '付款提醒'), offsetDays: -3, cc: ['rep'] },
    { key: 'due', label: label('Due today', '今日到期'), offsetDays: 0, cc: ['finance'] },
    { key: 'overdue_7', label: label('7 days overdue', '逾期7天'), offsetDays: 7, cc: ['finance', 'rep'] },
    { key: 'overdue_15', label: label('15 days overdue', '逾期15天'), offsetDays: 15, cc: ['finance', 'rep', 'supervisor'] },
    { key: 'final', label: label('Final notice', '最后催告'), offsetDays: 30, cc: ['finance', 'rep', 'supervisor', 'executive'] },
  ],
  day: { days: 1 },
  workingHoursOnly: true,
};

export const AGE_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export const ageBucket = (daysOverdue: number): AgeBucket => (daysOverdue <= 30 ? '0-30' : daysOverdue <= 60 ? '31-60' : daysOverdue <= 90 ? '61-90' : '90+');
