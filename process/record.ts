import type { ProcessDefinition } from './definition';

export interface FactError {
  key: string;
  message: string;
}

/** A patch of facts: a value records the fact, `null` clears it. */
export type FactPatch = Readonly<Record<string, unknown>>;

/** Checks every key of a patch against the catalogue; system facts cannot be recorded by hand. */
export function checkFactPatch(def: ProcessDefinition, patch: FactPatch): FactError[] {
  return Object.entries(patch).flatMap(([key, value]): FactError[] => {
    const fact = def.facts.get(key);
    if (!fact) return [{ key, message: 'unknown fact' }];
    if (fact.system) return [{ key, message: 'set by the process, not recorded by hand' }];
    if (value === null) return [];
    const parsed = fact.schema.safeParse(value);
    return parsed.success ? [] : parsed.error.issues.map((i) => ({ key: [key, ...i.path].join('.'), message: i.message }));
  });
}

export function applyFactPatch(facts: Readonly<Record<string, unknown>>, def: ProcessDefinition, patch: FactPatch) {
  const next: Record<string, unknown> = { ...facts };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else next[key] = def.facts.get(key)!.schema.parse(value);
  }
  return next;
}
