import type { ProcessDefinition } from './definition';
import { type ProcessDocument, compileProcess } from './document';
import { PROCESS_V1 } from './v1';

const VERSIONS: ReadonlyMap<number, ProcessDefinition> = new Map([[PROCESS_V1.version, PROCESS_V1]]);

export const CURRENT_PROCESS_VERSION = PROCESS_V1.version;

/** A version built into the code. Versions admins publish are documents, run through `pinnedDefinition`. */
export function processDefinition(version: number): ProcessDefinition {
  const def = VERSIONS.get(version);
  if (!def) throw new Error(`unknown process version ${version}; known: ${[...VERSIONS.keys()].join(', ')}`);
  return def;
}

const compiled = new WeakMap<ProcessDocument, ProcessDefinition>();

/**
 * The definition a workflow runs: the published document it carries, or the built-in version when
 * it carries none. Compiled once per document object, which is the workflow's own.
 */
export function pinnedDefinition(version: number, document?: ProcessDocument): ProcessDefinition {
  if (!document) return processDefinition(version);
  let def = compiled.get(document);
  if (!def) compiled.set(document, (def = compileProcess(version, document)));
  return def;
}
