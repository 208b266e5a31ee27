import type { Dayjs } from 'dayjs';
import type { Schemas } from '../../../api/client';
import { sumAmounts, toMinor } from '../../../format/money';

type Plan = NonNullable<Schemas['ContractDraft']['schedule']>[number];
export type Milestone = Extract<Plan['due'], { kind: 'after_milestone' }>['milestone'];
export const MILESTONES: readonly Milestone[] = ['acceptance', 'go_live', 'warranty_end'];

/** One row of the schedule editor, as the form holds it. */
export interface ScheduleRow {
  label?: string;
  share: 'percent' | 'amount';
  percent?: number;
  amount?: string;
  dueKind: Plan['due']['kind'];
  date?: Dayjs;
  days?: number;
  milestone?: Milestone;
}

export const newRow = (): ScheduleRow => ({ share: 'percent', dueKind: 'after_signing', days: 0 });

/** A row's amount as a decimal string, as the server will split it (a percent of the total, rounded to the fen). */
export function rowAmount(row: ScheduleRow | undefined, total: string): string {
  if (!row) return '0';
  if (row.share === 'amount') return /^\d+(\.\d{1,2})?$/.test(row.amount ?? '') ? row.amount! : '0';
  return (Math.round((Number(toMinor(total)) * (row.percent ?? 0)) / 100) / 100).toFixed(2);
}

/** What the installments add up to, and how far that is from the contract amount (positive: short of it). */
export function scheduleBalance(rows: readonly (ScheduleRow | undefined)[], total: string) {
  const sum = sumAmounts(rows.map((r) => rowAmount(r, total)));
  const difference = sumAmounts([total, sum.startsWith('-') ? sum.slice(1) : `-${sum}`]);
  return { sum, difference, balanced: toMinor(difference) === 0n };
}

export function toPlan(row: ScheduleRow): Plan {
  const due: Plan['due'] =
    row.dueKind === 'on_date'
      ? { kind: 'on_date', date: row.date?.format('YYYY-MM-DD') ?? '' }
      : row.dueKind === 'after_signing'
        ? { kind: 'after_signing', days: row.days ?? 0 }
        : { kind: 'after_milestone', milestone: row.milestone ?? 'acceptance', days: row.days ?? 0 };
  return { label: row.label ?? '', ...(row.share === 'percent' ? { percent: row.percent } : { amount: row.amount }), due };
}
