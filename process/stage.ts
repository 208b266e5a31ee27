import type { Label } from './label';

export const OPEN_STAGES = ['LEAD', 'INTENT', 'PROJECT_INITIATED', 'PRELIMINARY_APPROVAL', 'NEGOTIATION'] as const;
export const STAGES = [...OPEN_STAGES, 'WON', 'LOST'] as const;

export type OpenStage = (typeof OPEN_STAGES)[number];
export type Stage = (typeof STAGES)[number];
export type DealStatus = 'open' | 'won' | 'lost';

export interface StageDefinition {
  key: Stage;
  label: Label;
  /** Conventional win probability (percent) for the weighted pipeline. */
  probability: number;
  /** Canonical fact keys that must be on record to enter the stage. */
  entryFacts: readonly string[];
}

export const isOpenStage = (stage: Stage): stage is OpenStage => (OPEN_STAGES as readonly string[]).includes(stage);
