/**
 * The process definition versions: version 1 built into the code (BUILTIN_V1), then the documents
 * admins drafted and published. A published version never changes; the newest published is current.
 */
import { type ProcessDefinition, pinnedDefinition } from '../process';
import { BUILTIN_V1, type ProcessDocument } from '../process/document';
import type { Db } from './db';

export type VersionStatus = 'draft' | 'published';

export interface ProcessVersionEntry {
  version: number;
  status: VersionStatus;
  document: ProcessDocument;
  /** Null for the built-in version. */
  createdById: string | null;
  createdAt: string | null;
  publishedAt: string | null;
}

const BUILTIN: ProcessVersionEntry = { version: 1, status: 'published', document: BUILTIN_V1, createdById: null, createdAt: null, publishedAt: null };

type Row = { version: number; status: string; document: unknown; createdById: string; createdAt: Date; publishedAt: Date | null };
const entryOf = (r: Row): ProcessVersionEntry => ({
  version: r.version,
  status: r.status as VersionStatus,
  document: r.document as ProcessDocument,
  createdById: r.createdById,
  createdAt: r.createdAt.toISOString(),
  publishedAt: r.publishedAt?.toISOString() ?? null,
});

/** Every version, newest first. */
export async function processVersions(db: Db): Promise<ProcessVersionEntry[]> {
  const rows = await db.processVersion.findMany({ orderBy: { version: 'desc' } });
  return [...rows.map(entryOf), BUILTIN];
}

export async function processVersion(db: Db, version: number): Promise<ProcessVersionEntry | undefined> {
  if (version === BUILTIN.version) return BUILTIN;
  const row = await db.processVersion.findUnique({ where: { version } });
  return row ? entryOf(row) : undefined;
}

/** The newest published version: the one new deals are meant to pin. */
export async function currentProcessVersion(db: Db): Promise<ProcessVersionEntry> {
  const row = await db.processVersion.findFirst({ where: { status: 'published' }, orderBy: { version: 'desc' } });
  return row ? entryOf(row) : BUILTIN;
}

/** A new draft, numbered after every version so far; a racing draft fails on the version key rather than share it. */
export async function createDraft(db: Db, document: ProcessDocument, by: string, at: Date): Promise<ProcessVersionEntry> {
  return db.$transaction(async (tx) => {
    const { _max } = await tx.processVersion.aggregate({ _max: { version: true } });
    const version = Math.max(BUILTIN.version, _max.version ?? 0) + 1;
    return entryOf(await tx.processVersion.create({ data: { version, status: 'draft', document, createdById: by, createdAt: at } }));
  });
}

/** Changes a draft; undefined when the version is not a draft (published, or missing: the caller tells which). */
export async function updateDraft(db: Db, version: number, document: ProcessDocument): Promise<ProcessVersionEntry | undefined> {
  const { count } = await db.processVersion.updateMany({ where: { version, status: 'draft' }, data: { document } });
  return count ? processVersion(db, version) : undefined;
}

/** Publishes a draft: it becomes current and never changes again. Undefined when it is not a draft. */
export async function publishDraft(db: Db, version: number, at: Date): Promise<ProcessVersionEntry | undefined> {
  const { count } = await db.processVersion.updateMany({ where: { version, status: 'draft' }, data: { status: 'published', publishedAt: at } });
  return count ? processVersion(db, version) : undefined;
}

/** A page of the open deals on `version`, oldest first, with the kinds of their follow-ups still pending. */
export async function openDealsOn(db: Db, version: number, page: { afterId?: string; limit: number }) {
  const rows = await db.deal.findMany({
    where: { status: 'open', processVersion: version, ...(page.afterId ? { id: { gt: page.afterId } } : {}) },
    orderBy: { id: 'asc' },
    take: page.limit + 1,
    select: {
      id: true,
      title: true,
      stage: true,
      amountMinor: true,
      facts: true,
      followUps: { where: { state: { in: ['open', 'snoozed'] } }, select: { kind: true } },
    },
  });
  return { rows: rows.slice(0, page.limit), more: rows.length > page.limit };
}

const published = new WeakMap<Db, Map<number, Promise<ProcessDefinition>>>();

/** A published version's definition, for the API and activities; published versions never change, so each is read once. */
export function definitionOf(db: Db, version: number): Promise<ProcessDefinition> {
  const known = published.get(db) ?? new Map<number, Promise<ProcessDefinition>>();
  published.set(db, known);
  const cached = known.get(version);
  if (cached) return cached;
  const def = processVersion(db, version).then((v) => {
    if (v?.status !== 'published') throw new Error(`process version ${version} is not published`);
    return v.version === BUILTIN.version ? pinnedDefinition(v.version) : pinnedDefinition(v.version, v.document);
  });
  known.set(version, def);
  def.catch(() => known.delete(version));
  return def;
}

/** The definition new deals pin: the newest published. */
export async function currentDefinition(db: Db): Promise<ProcessDefinition> {
  const row = await db.processVersion.findFirst({ where: { status: 'published' }, orderBy: { version: 'desc' }, select: { version: true } });
  return definitionOf(db, row?.version ?? BUILTIN.version);
}
