import { localDate } from './calendar';
import { type ProcessDefinition, stageDefinition } from './definition';
import type { Stage } from './stage';

export type Facts = Readonly<Record<string, unknown>>;

export interface UnmetFact {
  key: string;
  /** `missing`: not on record; `unmet`: on record but short of the gate's requirement. */
  problem: 'missing' | 'unmet';
  stage: Stage;
}

/** The facts that keep a deal out of `stage`, given what is on record at instant `now`. */
export function unmetFacts(def: ProcessDefinition, stage: Stage, facts: Facts, now: number): UnmetFact[] {
  const today = localDate(now, def.timezone);
  return stageDefinition(def, stage).entryFacts.flatMap((key): UnmetFact[] => {
    const value = facts[key];
    if (value === undefined) return [{ key, problem: 'missing', stage }];
    const requirement = def.facts.get(key)?.requirement;
    return requirement && !requirement.test(value as never, { today }) ? [{ key, problem: 'unmet', stage }] : [];
  });
}
