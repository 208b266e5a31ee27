import type { Span } from './calendar';
import { type Label, label } from './label';
import type { Role } from './roles';

/**
 * After-sales service (售后) as data: the implementation plan a signed contract starts with, the
 * training assessment, the warranty and the return visits (回访) inside it. Tests override parts
 * of it to run the same rules in seconds.
 */

export const CHECKLIST_ITEMS = ['environment_ready', 'installed', 'debugged', 'training', 'onsite_qa', 'acceptance'] as const;
export type ChecklistItemKey = (typeof CHECKLIST_ITEMS)[number];

/** One step of the implementation plan: whose it is and how long after signing it is due, on the owner's calendar. */
export interface ChecklistItemRule {
  key: ChecklistItemKey;
  label: Label;
  owner: Role;
  dueAfterSigning: Span;
}

export const TRAINEE_KINDS = {
  operator: label('Operator', '操作人员'),
  maintenance: label('Maintenance staff', '维护人员'),
  technical_manager: label('Technical manager', '技术管理人员'),
} as const satisfies Record<string, Label>;
export type TraineeKind = keyof typeof TRAINEE_KINDS;

export interface TrainingPolicy {
  /** The assessment (考核培训结果) is marked out of `outOf`; a trainee at or above `passMark` passes. */
  passMark: number;
  outOf: number;
  /** How long one session is planned for. */
  session: Span;
}

export const VISIT_KINDS = {
  routine: label('Routine visit', '制度性回访'),
  seasonal: label('Seasonal visit', '季节性回访'),
  monthly_check: label('Monthly on-site check', '定期上门回访'),
  technical: label('Technical visit', '技术性回访'),
} as const satisfies Record<string, Label>;
export type VisitKind = keyof typeof VISIT_KINDS;

export const SEASONS = {
  rainy: label('Rainy season', '雨季'),
  heating: label('Heating season', '供暖季'),
} as const satisfies Record<string, Label>;
export type Season = keyof typeof SEASONS;

/** A season's months, 1–12, inclusive; `from` after `to` wraps over the new year (November to March). */
export interface SeasonWindow {
  from: number;
  to: number;
}

/** Where the customer is decides when its seasons are. */
export const REGIONS = ['north', 'south', 'default'] as const;
export type Region = (typeof REGIONS)[number];

/** A warranty month: a calendar month, or (in tests) a fixed span; season windows count their months in it too. */
export type WarrantyMonth = 'calendar' | Span;

export interface VisitPolicy {
  /** 制度性回访: this often from acceptance, as long as the warranty runs. */
  routineEvery: Span;
  /** 定期上门回访: every this many warranty months. */
  checkEveryMonths: number;
  /** 季节性回访: a visit when each season's window opens (or at acceptance, inside one), per region. */
  seasons: Readonly<Record<Region, Partial<Record<Season, SeasonWindow>>>>;
}

/** Everything about after-sales service that a process version decides. */
export interface ServiceTiming {
  checklist: readonly ChecklistItemRule[];
  /** A late checklist item or visit is reminded to its owner after this, then escalated to the supervisor after the next. */
  remindAgainAfter: Span;
  escalateAfter: Span;
  training: TrainingPolicy;
  /** 质保期 from acceptance, unless the contract says otherwise. */
  warrantyMonths: number;
  month: WarrantyMonth;
  visits: VisitPolicy;
  /** Whether due times land inside the owner's working hours on working days; fast tests turn it off. */
  workingHoursOnly: boolean;
}

const item = (key: ChecklistItemKey, en: string, zh: string, businessDays: number): ChecklistItemRule => ({
  key,
  label: label(en, zh),
  owner: 'service',
  dueAfterSigning: { businessDays },
});

export const DEFAULT_SERVICE_TIMING: ServiceTiming = {
  checklist: [
    item('environment_ready', 'Environment ready', '环境准备就绪', 5),
    item('installed', 'Installed', '安装完成', 10),
    item('debugged', 'Debugged', '调试完成', 15),
    item('training', 'Training', '培训', 18),
    item('onsite_qa', 'On-site Q&A', '现场答疑', 20),
    item('acceptance', 'Acceptance', '验收', 25),
  ],
  remindAgainAfter: { businessDays: 1 },
  escalateAfter: { businessDays: 2 },
  training: { passMark: 60, outOf: 100, session: { businessHours: 4 } },
  warrantyMonths: 12,
  month: 'calendar',
  visits: {
    routineEvery: { days: 20 },
    checkEveryMonths: 1,
    seasons: {
      north: { rainy: { from: 7, to: 8 }, heating: { from: 11, to: 3 } },
      south: { rainy: { from: 4, to: 9 } },
      default: { rainy: { from: 6, to: 8 }, heating: { from: 11, to: 3 } },
    },
  },
  workingHoursOnly: true,
};
