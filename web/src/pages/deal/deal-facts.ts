import { type FactKind, factKind } from './fact-kind';
import type { Process, ProcessFact } from './queries';

export interface DealFact extends ProcessFact {
  kind: FactKind;
}

/** The facts people record, in the order the stages ask for them; the process records the rest itself. */
export function recordableFacts(process: Process): DealFact[] {
  const seen = new Set<string>();
  return process.stages
    .flatMap((s) => s.entryFacts)
    .filter((f) => !f.system && !seen.has(f.key) && seen.add(f.key))
    .map((f) => ({ ...f, kind: factKind(f) }));
}

const blank = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(blank));

/** What the form changed, as PATCH /facts takes it: a value records the fact, null clears it. */
export function factsPatch(facts: Record<string, unknown>, values: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const next = blank(value) ? null : value;
    if (JSON.stringify(next) !== JSON.stringify(facts[key] ?? null)) patch[key] = next;
  }
  return patch;
}
