import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import { type FollowUpKind, type Stage, minorFromBigInt } from '../../process';
import { ProcessDocumentSchema, compileProcess, dealImpact, diffProcess, isAffected } from '../../process/document';
import type { Db } from '../../runtime/db';
import {
  type ProcessVersionEntry,
  createDraft,
  currentDefinition,
  currentProcessVersion,
  definitionOf,
  openDealsOn,
  processVersion,
  processVersions,
  publishDraft,
  updateDraft,
} from '../../runtime/process-versions';
import { conflict, invalid, notFound, unprocessable } from '../http/problem';
import { route } from '../http/route';

const Status = z.enum(['draft', 'published']).meta({ description: 'draft: editable; published: immutable' });
const VersionSummary = z
  .object({
    version: z.number().int(),
    status: Status,
    current: z.boolean().meta({ description: 'The newest published version: the one new deals are meant to pin' }),
    builtIn: z.boolean().meta({ description: 'Version 1, built into the code' }),
    createdById: z.uuid().nullable(),
    createdAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'ProcessVersionSummary' });
const ProcessVersion = VersionSummary.extend({ document: ProcessDocumentSchema }).meta({ id: 'ProcessVersion' });
const VersionParams = z.strictObject({ v: z.coerce.number().int().positive() });
const DraftBody = z
  .strictObject({
    document: ProcessDocumentSchema.optional().meta({ description: 'The draft; absent: a copy of `from`' }),
    from: z.number().int().positive().optional().meta({ description: 'The version to copy; absent: the current published version' }),
  })
  .refine((b) => !(b.document && b.from), { message: 'send a document or a version to copy, not both', path: ['from'] })
  .meta({ id: 'ProcessDraftInput' });

const Keyed = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.object({ key: z.string(), fields: z.array(z.string()) })),
});
const ValueChange = z.object({ path: z.string(), from: z.unknown(), to: z.unknown() });
const ProcessDiff = z
  .object({
    against: z.number().int().meta({ description: 'The current published version compared with' }),
    stages: Keyed,
    facts: Keyed,
    requirements: z
      .array(z.object({ stage: z.string(), added: z.array(z.string()), removed: z.array(z.string()) }))
      .meta({ description: 'Per stage, the entry facts added and removed' }),
    lostReasons: Keyed,
    timings: z.array(ValueChange),
    settings: z.array(ValueChange).meta({ description: 'Time zone, reopen limit, payment schedule, contract policy' }),
  })
  .meta({ id: 'ProcessDiff' });

const Chain = z.array(z.record(z.string(), z.string())).nullable().meta({ description: 'Approver rules in order; null: no approval needed' });
const Span = z.record(z.string(), z.number()).nullable();
const DealImpact = z
  .object({
    dealId: z.uuid(),
    title: z.string(),
    stage: z.string(),
    affected: z.boolean(),
    stageRemoved: z.boolean().meta({ description: 'The draft has no such stage' }),
    newlyMissing: z
      .array(z.object({ key: z.string(), problem: z.enum(['missing', 'unmet']), stage: z.string() }))
      .meta({ description: "Its stage's entry facts it would newly lack (missing) or fall short of (unmet)" }),
    approvals: z
      .array(z.object({ stage: z.string(), kind: z.string(), from: Chain, to: Chain }))
      .meta({ description: 'Stages ahead whose entry would need a different approval chain' }),
    timers: z
      .array(z.object({ timer: z.enum(['stall', 'follow_up']), kind: z.string().optional(), from: Span, to: Span }))
      .meta({ description: 'The stall watch of its stage and its pending follow-ups, when their spans change' }),
  })
  .meta({ id: 'ProcessDealImpact' });
const DryRun = z
  .object({
    against: z.number().int().meta({ description: 'The current published version whose open deals are checked' }),
    items: z.array(DealImpact),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'ProcessDryRun' });

const summary = ({ document: _d, ...v }: ProcessVersionEntry, current: number) => ({ ...v, current: v.version === current, builtIn: v.version === 1 });

/** Process definition versions: admins draft a document, compare it with the current one, try it on the open deals, and publish it. */
export function processVersionsRouter(db: Db, registry: OpenAPIRegistry): Router {
  const router = Router();
  const found = async (v: number) => (await processVersion(db, v)) ?? Promise.reject(notFound(`process version ${v}`));
  const draftOnly = async (v: number): Promise<never> => {
    await found(v);
    throw conflict('version-published', `process version ${v} is published; a published version never changes, so draft a new one`);
  };

  route(router, registry, {
    method: 'get',
    path: '/process/versions',
    tag: 'process',
    summary: 'Every process version, newest first, each draft or published, and which one is current',
    responses: { 200: { description: 'The versions', schema: z.object({ items: z.array(VersionSummary) }) } },
    handler: async () => {
      const [all, current] = await Promise.all([processVersions(db), currentProcessVersion(db)]);
      return { body: { items: all.map((v) => summary(v, current.version)) } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/process/versions/:v',
    tag: 'process',
    summary: 'One process version with its document',
    params: VersionParams,
    responses: { 200: { description: 'The version', schema: ProcessVersion } },
    handler: async ({ params }) => {
      const [v, current] = await Promise.all([found(params.v), currentProcessVersion(db)]);
      return { body: { ...summary(v, current.version), document: v.document } };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/process/versions',
    tag: 'process',
    summary: 'Draft a new process version: the document sent, or a copy of a version (the current one by default)',
    roles: ['admin'],
    body: DraftBody,
    responses: { 201: { description: 'The draft', schema: ProcessVersion } },
    handler: async ({ body, user }) => {
      const source = body.document ?? (body.from ? await processVersion(db, body.from) : await currentProcessVersion(db))?.document;
      if (!source) throw invalid([{ field: 'body.from', message: `there is no process version ${body.from}` }]);
      const [draft, current] = await Promise.all([createDraft(db, source, user.id, new Date()), currentProcessVersion(db)]);
      return {
        status: 201,
        body: { ...summary(draft, current.version), document: draft.document },
        headers: { Location: `/api/v1/process/versions/${draft.version}` },
      };
    },
  });

  route(router, registry, {
    method: 'put',
    path: '/process/versions/:v',
    tag: 'process',
    summary: 'Replace the document of a draft; a published version is immutable (409)',
    roles: ['admin'],
    params: VersionParams,
    body: z.strictObject({ document: ProcessDocumentSchema }).meta({ id: 'ProcessDraftUpdate' }),
    responses: { 200: { description: 'The draft as stored', schema: ProcessVersion }, 409: { description: 'The version is published' } },
    handler: async ({ params, body }) => {
      const draft = (await updateDraft(db, params.v, body.document)) ?? (await draftOnly(params.v));
      const current = await currentProcessVersion(db);
      return { body: { ...summary(draft, current.version), document: draft.document } };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/process/versions/:v/publish',
    tag: 'process',
    summary: 'Publish a draft: it becomes the current version and never changes again',
    roles: ['admin'],
    params: VersionParams,
    responses: {
      200: { description: 'The published version', schema: ProcessVersion },
      409: { description: 'The version is already published, or a later version was published since it was drafted' },
    },
    handler: async ({ params }) => {
      const before = await currentProcessVersion(db);
      if (params.v < before.version && (await found(params.v)).status === 'draft')
        throw conflict('version-superseded', `process version ${before.version} was published after draft ${params.v} was begun; draft anew from it`);
      const published = (await publishDraft(db, params.v, new Date())) ?? (await draftOnly(params.v));
      const current = await currentProcessVersion(db);
      return { body: { ...summary(published, current.version), document: published.document } };
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/process/versions/:v/diff',
    tag: 'process',
    summary: 'What a version changes against the current published one: stages, facts, entry requirements per stage, lost reasons, timings',
    params: VersionParams,
    responses: { 200: { description: 'The differences', schema: ProcessDiff } },
    handler: async ({ params }) => {
      const [v, current] = await Promise.all([found(params.v), currentProcessVersion(db)]);
      return { body: { against: current.version, ...diffProcess(current.document, v.document) } };
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/process/versions/:v/dry-run',
    tag: 'process',
    summary:
      'For each open deal on a published version (the current one by default), what moving it to this version would do: entry facts newly missing for its stage, ' +
      'approval chains that change ahead of it, timers that move. Read from the deals as projected; no workflow is asked or changed.',
    roles: ['admin'],
    params: VersionParams,
    query: z.strictObject({
      from: z.coerce
        .number()
        .int()
        .positive()
        .optional()
        .meta({ description: 'The published version whose open deals are looked at; absent, the current one' }),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      cursor: z.uuid().optional().meta({ description: 'nextCursor of the page before' }),
    }),
    responses: {
      200: { description: 'A page of open deals with what would change for each', schema: DryRun },
      422: { description: '`from` is not a published version' },
    },
    handler: async ({ params, query }) => {
      const v = await found(params.v);
      const before = await (query.from === undefined ? currentDefinition(db) : definitionOf(db, query.from)).catch(() => {
        throw unprocessable('unknown-version', 'Unknown process version', `process version ${query.from} is not published`, [
          { field: 'query.from', message: 'not a published process version' },
        ]);
      });
      const after = compileProcess(v.version, v.document);
      const { rows, more } = await openDealsOn(db, before.version, { afterId: query.cursor, limit: query.limit });
      const now = Date.now();
      const items = rows.map((d) => {
        const deal = {
          id: d.id,
          title: d.title,
          stage: d.stage as Stage,
          amount: minorFromBigInt(d.amountMinor),
          facts: d.facts as Record<string, unknown>,
          openFollowUps: d.followUps.map((f) => f.kind as FollowUpKind),
        };
        const impact = dealImpact(before, after, deal, now);
        return { ...impact, affected: isAffected(impact) };
      });
      return { body: { against: before.version, items, nextCursor: more ? rows[rows.length - 1].id : null } };
    },
  });

  return router;
}
