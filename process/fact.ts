import { z } from 'zod';
import type { Label } from './label';

export interface GateContext {
  /** The date the move is asked for, YYYY-MM-DD in the process's time zone (workflow time). */
  today: string;
}

export interface FactRequirement {
  /** What the value must satisfy to open the gate, beyond being well-formed. */
  label: Label;
  test: (value: never, ctx: GateContext) => boolean;
}

export interface FactDefinition {
  key: string;
  label: Label;
  /** Shape of the value when it is recorded. */
  schema: z.ZodType;
  requirement?: FactRequirement;
  /** Set by the process itself (contract, payment), never recorded by hand. */
  system?: boolean;
  /** The value lists ids of these records, which must exist (the API checks; a workflow cannot look). */
  references?: 'contact' | 'user';
  /** Where the recorded value holds amounts (Minor): the value itself, or these keys of it. */
  money?: 'value' | readonly string[];
}

export const fact = <S extends z.ZodType>(
  key: string,
  label: Label,
  schema: S,
  requirement?: { label: Label; test: (value: z.infer<S>, ctx: GateContext) => boolean },
): FactDefinition => ({ key, label, schema, requirement: requirement as FactRequirement | undefined });
