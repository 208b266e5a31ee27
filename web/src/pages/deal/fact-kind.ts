import type { ProcessFact } from './queries';

type JsonSchema = Record<string, unknown>;

/** How a fact is entered and shown, read from its JSON Schema in GET /process. */
export type FactKind =
  | { kind: 'text' | 'longText' | 'date' | 'boolean' | 'money' | 'percent' | 'number' | 'textList' }
  | { kind: 'enum'; options: string[] }
  | { kind: 'references'; of: 'contact' | 'user' }
  | { kind: 'object'; parts: Array<{ key: string; required: boolean; part: FactKind }> };

const LONG_TEXT = new Set(['needSummary', 'requirements']);

export function factKind(fact: ProcessFact): FactKind {
  if (fact.references) return { kind: 'references', of: fact.references };
  const kind = kindOf(fact.schema, fact.schema);
  return kind.kind === 'text' && LONG_TEXT.has(fact.key) ? { kind: 'longText' } : kind;
}

function kindOf(schema: JsonSchema, root: JsonSchema): FactKind {
  const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
  if (ref) return kindOf(((root.$defs ?? {}) as Record<string, JsonSchema>)[ref] ?? {}, root);
  if (Array.isArray(schema.anyOf) || schema.id === 'MoneyInput') return { kind: 'money' };
  if (Array.isArray(schema.enum)) return { kind: 'enum', options: schema.enum.map(String) };
  if (schema.type === 'boolean') return { kind: 'boolean' };
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum === 0 && schema.maximum === 100 ? { kind: 'percent' } : { kind: 'number' };
  if (schema.type === 'array') return { kind: 'textList' };
  if (schema.type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((schema.required ?? []) as string[]);
    return { kind: 'object', parts: Object.entries(properties).map(([key, part]) => ({ key, required: required.has(key), part: kindOf(part, root) })) };
  }
  // A plain string with no length bounds is a day (YYYY-MM-DD): the catalogue's text facts all carry a minimum length.
  if (schema.type === 'string' && schema.minLength === undefined) return { kind: 'date' };
  return { kind: 'text' };
}
