import type { ProcessDocument } from './schema';
import { sameJson } from './same';

export interface KeyedChanges {
  added: string[];
  removed: string[];
  /** Each changed entry with the fields that differ. */
  changed: { key: string; fields: string[] }[];
}

export interface ValueChange {
  /** Dotted path into the document, e.g. `followUps.stallAfter.LEAD.days`. */
  path: string;
  from: unknown;
  to: unknown;
}

/** What a draft changes against the current version. */
export interface ProcessDiff {
  stages: KeyedChanges;
  facts: KeyedChanges;
  /** Per stage, the entry facts a deal must newly have, and those it no longer needs. */
  requirements: { stage: string; added: string[]; removed: string[] }[];
  lostReasons: KeyedChanges;
  timings: ValueChange[];
  /** Time zone, reopen limit, payment schedule, contract policy. */
  settings: ValueChange[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function keyed<T extends Record<string, unknown>>(from: ReadonlyMap<string, T>, to: ReadonlyMap<string, T>): KeyedChanges {
  return {
    added: [...to.keys()].filter((k) => !from.has(k)),
    removed: [...from.keys()].filter((k) => !to.has(k)),
    changed: [...to].flatMap(([key, after]) => {
      const before = from.get(key);
      if (!before) return [];
      const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !sameJson(before[f], after[f]));
      return fields.length ? [{ key, fields }] : [];
    }),
  };
}

/** Every leaf that differs between two JSON values. */
export function valueChanges(from: unknown, to: unknown, path = ''): ValueChange[] {
  if (sameJson(from, to)) return [];
  if (isRecord(from) && isRecord(to) && Array.isArray(from) === Array.isArray(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
    return keys.flatMap((k) => valueChanges(from[k], to[k], path ? `${path}.${k}` : k));
  }
  return [{ path, from, to }];
}

const stagesOf = (doc: ProcessDocument) =>
  new Map([...doc.stages.map((s, i) => [s.key, { ...s, position: i }] as const), [doc.lost.key, { ...doc.lost, position: -1 }]]);

export function diffProcess(current: ProcessDocument, draft: ProcessDocument): ProcessDiff {
  const before = stagesOf(current);
  const after = stagesOf(draft);
  const settings = (d: ProcessDocument) => ({ timezone: d.timezone, reopenLimit: d.reopenLimit, paymentSchedule: d.paymentSchedule, contracts: d.contracts });
  const labels = (d: ProcessDocument) => new Map(Object.entries(d.lostReasons).map(([k, l]) => [k, { label: l }]));
  return {
    stages: keyed(before, after),
    facts: keyed(new Map(current.facts.map((f) => [f.key, f])), new Map(draft.facts.map((f) => [f.key, f]))),
    requirements: [...after].flatMap(([stage, s]) => {
      const was = before.get(stage)?.entryFacts ?? [];
      const added = s.entryFacts.filter((k) => !was.includes(k));
      const removed = was.filter((k) => !s.entryFacts.includes(k));
      return added.length || removed.length ? [{ stage, added, removed }] : [];
    }),
    lostReasons: keyed(labels(current), labels(draft)),
    timings: valueChanges(current.timings, draft.timings),
    settings: valueChanges(settings(current), settings(draft)),
  };
}
