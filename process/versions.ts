import type { ProcessDefinition } from './definition';
import { PROCESS_V1 } from './v1';

const VERSIONS: ReadonlyMap<number, ProcessDefinition> = new Map([[PROCESS_V1.version, PROCESS_V1]]);

export const CURRENT_PROCESS_VERSION = PROCESS_V1.version;

export function processDefinition(version: number): ProcessDefinition {
  const def = VERSIONS.get(version);
  if (!def) throw new Error(`unknown process version ${version}; known: ${[...VERSIONS.keys()].join(', ')}`);
  return def;
}

export const isKnownProcessVersion = (version: number): boolean => VERSIONS.has(version);
