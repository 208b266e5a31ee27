import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../scripts/prisma/cli';
import { type TestApp, startTestApp } from '../support/app';
import { eventually, makeAccount, makeUser } from '../support/fixtures';
import { privateDatabase } from '../support/private-database';

// Publishing changes the current process version for everyone, so this file runs on a database of its own.
let app: TestApp;
let database: Awaited<ReturnType<typeof privateDatabase>>;
beforeAll(async () => {
  database = await privateDatabase();
  await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: database.url } });
  app = await startTestApp({ databaseUrl: database.url });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const DECISION_MAKER = { key: 'decisionMaker', label: { zh: '决策人', en: 'Decision maker' }, value: { type: 'text' } };

describe('process versions', () => {
  it('drafts, diffs, dry-runs and publishes a version; a published version never changes', async () => {
    const rep = await makeUser(app, 'rep');
    const { accountId } = await makeAccount(app);
    const deal = (await rep.api('POST', '/api/v1/deals', { title: 'Needs a decision maker', accountId, amount: 1000 })).body;
    await eventually(async () => (await app.db.deal.findUnique({ where: { id: deal.id } })) !== null);

    const listed = await rep.api('GET', '/api/v1/process/versions');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ version: 1, status: 'published', current: true, builtIn: true })]);

    // A draft is a copy of the current version unless a document is sent.
    const draft = await app.admin('POST', '/api/v1/process/versions', {});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ version: 2, status: 'draft', current: false });
    expect(draft.headers.get('location')).toBe('/api/v1/process/versions/2');
    const document = draft.body.document;

    const invalid = await app.admin('PUT', '/api/v1/process/versions/2', {
      document: { ...document, stages: document.stages.map((s: { key: string }, i: number) => (i === 0 ? { ...s, entryFacts: ['nowhere'] } : s)) },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual([{ field: 'body.document.stages.0.entryFacts.0', message: 'is not in the fact catalogue' }]);

    // The new version asks a lead for its decision maker, and watches a lead for stalling after a week.
    const changed = {
      ...document,
      facts: [...document.facts, DECISION_MAKER],
      stages: document.stages.map((s: { key: string }, i: number) => (i === 0 ? { ...s, entryFacts: ['decisionMaker'] } : s)),
      timings: {
        ...document.timings,
        followUps: { ...document.timings.followUps, stallAfter: { ...document.timings.followUps.stallAfter, LEAD: { days: 7 } } },
      },
    };
    const saved = await app.admin('PUT', '/api/v1/process/versions/2', { document: changed });
    expect(saved.status).toBe(200);

    const diff = await rep.api('GET', '/api/v1/process/versions/2/diff');
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({
      against: 1,
      facts: { added: ['decisionMaker'], removed: [], changed: [] },
      requirements: [{ stage: 'LEAD', added: ['decisionMaker'], removed: [] }],
      timings: [{ path: 'followUps.stallAfter.LEAD.days', from: 14, to: 7 }],
    });

    const dryRun = await app.admin('POST', '/api/v1/process/versions/2/dry-run?limit=100');
    expect(dryRun.status).toBe(200);
    expect(dryRun.body.against).toBe(1);
    expect(dryRun.body.items.find((i: { dealId: string }) => i.dealId === deal.id)).toEqual({
      dealId: deal.id,
      title: 'Needs a decision maker',
      stage: 'LEAD',
      affected: true,
      stageRemoved: false,
      newlyMissing: [{ key: 'decisionMaker', problem: 'missing', stage: 'LEAD' }],
      approvals: [],
      timers: [{ timer: 'stall', from: { days: 14 }, to: { days: 7 } }],
    });
    const firstPage = await app.admin('POST', '/api/v1/process/versions/2/dry-run?limit=1');
    expect(firstPage.body.items).toHaveLength(1);

    const published = await app.admin('POST', '/api/v1/process/versions/2/publish');
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: 2, status: 'published', current: true });
    expect(published.body.publishedAt).toEqual(expect.any(String));

    const refused = await app.admin('PUT', '/api/v1/process/versions/2', { document });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await app.admin('PUT', '/api/v1/process/versions/1', { document })).status).toBe(409);
    expect((await app.admin('POST', '/api/v1/process/versions/2/publish')).status).toBe(409);

    const after = (await rep.api('GET', '/api/v1/process/versions')).body.items;
    expect(after.map((v: { version: number; current: boolean }) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect((await rep.api('GET', '/api/v1/process/versions/2')).body.document.facts.at(-1)).toEqual(DECISION_MAKER);
    expect((await rep.api('GET', '/api/v1/process/versions/9')).status).toBe(404);
  });

  it('lets only admins write: a rep reads, and is refused drafting, editing, publishing and the dry run', async () => {
    const rep = await makeUser(app, 'rep');
    expect((await rep.api('GET', '/api/v1/process/versions/1')).status).toBe(200);
    expect((await rep.api('POST', '/api/v1/process/versions', {})).status).toBe(403);
    const draft = (await app.admin('POST', '/api/v1/process/versions', { from: 1 })).body;
    expect((await rep.api('PUT', `/api/v1/process/versions/${draft.version}`, { document: draft.document })).status).toBe(403);
    expect((await rep.api('POST', `/api/v1/process/versions/${draft.version}/publish`)).status).toBe(403);
    expect((await rep.api('POST', `/api/v1/process/versions/${draft.version}/dry-run`)).status).toBe(403);
    const both = await app.admin('POST', '/api/v1/process/versions', { from: 1, document: draft.document });
    expect(both.status).toBe(400);
    expect(both.body.errors).toEqual([{ field: 'body.from', message: 'send a document or a version to copy, not both' }]);
    // A draft begun before a later version was published would, published, not become current: it is refused.
    const later = (await app.admin('POST', '/api/v1/process/versions', {})).body;
    expect((await app.admin('POST', `/api/v1/process/versions/${later.version}/publish`)).status).toBe(200);
    const stale = await app.admin('POST', `/api/v1/process/versions/${draft.version}/publish`);
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('urn:dealflow:problem:version-superseded');
    expect((await app.admin('POST', '/api/v1/process/versions', { from: 42 })).body.errors).toEqual([
      { field: 'body.from', message: 'there is no process version 42' },
    ]);
  });
});
