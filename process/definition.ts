import type { ApprovalPolicy } from './approvals';
import type { ContractPolicy, InstallmentPlan } from './contracts';
import type { CollectionTiming } from './dunning';
import type { ServiceTiming } from './service';
import type { TenderPolicy } from './tenders';
import type { FactDefinition } from './fact';
import type { FollowUpTiming } from './followups';
import type { Label } from './label';
import type { Stage, StageDefinition } from './stage';
import type { SupportPolicy } from './support';
import type { ProcessDocument } from './document/schema';

/** One version of the sales process. A deal pins the version it started with. */
export interface ProcessDefinition {
  version: number;
  /** The published document it was compiled from, which its workflows carry; absent for a built-in version. */
  document?: ProcessDocument;
  /** The company's own time zone: where "today" is when a gate checks a date. */
  timezone: string;
  /** Funnel order: the open stages, then WON. LOST stands apart. */
  funnel: readonly StageDefinition[];
  lost: StageDefinition;
  facts: ReadonlyMap<string, FactDefinition>;
  lostReasons: Readonly<Record<string, Label>>;
  /** How often a lost deal may be reopened. */
  reopenLimit: number;
  followUps: FollowUpTiming;
  approvals: ApprovalPolicy;
  /** The payment schedule a contract gets when it names none. */
  paymentSchedule: readonly InstallmentPlan[];
  contracts: ContractPolicy;
  collection: CollectionTiming;
  tenders: TenderPolicy;
  /** After-sales tickets: SLA policies, warnings, escalation, reopening. */
  support: SupportPolicy;
  service: ServiceTiming;
}

export function stageDefinition(def: ProcessDefinition, stage: Stage): StageDefinition {
  const found = stage === 'LOST' ? def.lost : def.funnel.find((s) => s.key === stage);
  if (!found) throw new Error(`stage ${stage} is not in process version ${def.version}`);
  return found;
}

/** The stage a deal is won in: the funnel's last. */
export const wonStage = (def: ProcessDefinition): Stage => def.funnel[def.funnel.length - 1].key;

export const funnelIndex = (def: ProcessDefinition, stage: Stage): number => def.funnel.findIndex((s) => s.key === stage);
