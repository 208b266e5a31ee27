import { randomUUID } from 'node:crypto';
import { sample } from 'openapi-sampler';
import type { JSONSchema7 } from 'json-schema';
import { type Document, type Operation, type Schema, resolve } from './document';

/** Real records to aim valid requests at, so they reach the handlers and not only the 404s. */
export interface Targets {
  deal: string;
  account: string;
  contact: string;
  user: string;
  presales: string;
  manager: string;
  followUp: string;
  approval: string;
  contract: string;
  installment: string;
  tender: string;
  checklistItem: string;
}

export interface Case {
  kind: 'valid' | 'invalid';
  what: string;
  op: Operation;
  url: string;
  /** JSON to send; a string is sent as it is. */
  body?: unknown;
}

/** The record a path parameter names, by the resource its path is under. */
function pathTarget(path: string, name: string, t: Targets): string {
  if (name === 'followUpId') return t.followUp;
  if (name === 'item') return t.checklistItem;
  const resource = path.split('/')[3];
  const byResource: Record<string, string> = {
    deals: t.deal,
    accounts: t.account,
    contacts: t.contact,
    users: t.user,
    approvals: t.approval,
    contracts: t.contract,
    installments: t.installment,
    tenders: t.tender,
  };
  return byResource[resource] ?? randomUUID();
}

/** Sampled ids and instants made real: ids of records that exist, instants an hour ahead. */
function realize(value: unknown, t: Targets, key = ''): unknown {
  const idFor: Record<string, string> = {
    accountId: t.account,
    contactId: t.contact,
    contactIds: t.contact,
    dealId: t.deal,
    ownerId: t.user,
    presalesId: t.presales,
    signedBy: t.manager,
    delegateId: t.manager,
    supervisorId: t.manager,
    implementationLeadId: t.user,
  };
  if (Array.isArray(value)) return value.map((v) => realize(v, t, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, realize(v, t, k)]));
  if (typeof value !== 'string') return value;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value)) return idFor[key] ?? value;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return new Date(Date.now() + 3_600_000).toISOString();
  return value;
}

const sampleOf = (doc: Document, schema: Schema) => sample(schema as JSONSchema7, { skipReadOnly: true, enablePatterns: true, quiet: true }, doc);

const wrongType = (v: unknown): unknown =>
  typeof v === 'string' ? 12345 : typeof v === 'number' || typeof v === 'boolean' ? 'not-that-type' : Array.isArray(v) ? { not: 'an array' } : 'not-an-object';

function urlOf(op: Operation, t: Targets, path: (name: string) => string, query: Record<string, string>) {
  const base = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(path(name)));
  const qs = new URLSearchParams(query).toString();
  return qs ? `${base}?${qs}` : base;
}

/** One valid request per operation, and invalid ones that break each rule its schemas state. */
export function casesFor(doc: Document, op: Operation, t: Targets): Case[] {
  const realPath = (name: string) => pathTarget(op.path, name, t);
  const query = Object.fromEntries(
    op.parameters.filter((p) => p.in === 'query' && p.name !== 'cursor').map((p) => [p.name, String(realize(sampleOf(doc, p.schema), t, p.name))]),
  );
  const schema = op.body && resolve(doc, op.body.schema);
  const body = schema && (realize(sampleOf(doc, schema), t) as Record<string, unknown>);
  const url = urlOf(op, t, realPath, query);
  const cases: Case[] = [{ kind: 'valid', what: 'valid', op, url, body }];
  const invalid = (what: string, c: Partial<Case>) => cases.push({ kind: 'invalid', what, op, url, body, ...c });

  if (op.parameters.some((p) => p.in === 'path')) {
    cases.push({ kind: 'valid', what: 'unknown ids', op, url: urlOf(op, t, () => randomUUID(), query), body });
    invalid('malformed ids', { url: urlOf(op, t, () => 'not-an-id', query) });
  }
  invalid('unknown query parameter', { url: urlOf(op, t, realPath, { ...query, unexpected: '1' }) });
  const typed = op.parameters.filter((p) => p.in === 'query' && ['integer', 'number'].includes(String(resolve(doc, p.schema).type)));
  if (typed.length) invalid('query of the wrong type', { url: urlOf(op, t, realPath, { ...query, ...Object.fromEntries(typed.map((p) => [p.name, 'abc'])) }) });

  if (schema && body && typeof body === 'object' && !Array.isArray(body)) {
    invalid('body not an object', { body: '42' });
    invalid('malformed JSON', { body: '{"unterminated": ' });
    const props = Object.keys(body);
    if (props.length) invalid('fields of the wrong type', { body: Object.fromEntries(props.map((k) => [k, wrongType(body[k])])) });
    if (Array.isArray(schema.required) && schema.required.length) invalid('required fields missing', { body: {} });
    invalid('unknown field', { body: { ...body, unexpectedField: true } });
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const formatted = Object.entries(properties).filter(([, s]) => typeof resolve(doc, s).format === 'string');
    if (formatted.length)
      invalid('bad formats', { body: { ...body, ...Object.fromEntries(formatted.map(([k, s]) => [k, `not-a-${resolve(doc, s).format}`])) } });
  }
  return cases;
}
