import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../scripts/prisma/cli';
import { type TestApp, startTestApp } from '../support/app';
import { approveAll, fastApprovals, orgChart } from '../support/approvals';
import { eventually, factsFor, makeAccount, makeUser } from '../support/fixtures';
import { privateDatabase } from '../support/private-database';

// Publishing changes the current process version for everyone, so this file runs on a database of its own.
let app: TestApp;
let database: Awaited<ReturnType<typeof privateDatabase>>;
beforeAll(async () => {
  database = await privateDatabase();
  await prisma(['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: database.url } });
  app = await startTestApp({ databaseUrl: database.url, approvalTiming: fastApprovals() });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const DECISION_MAKER = { key: 'decisionMaker', label: { zh: '决策人', en: 'Decision maker' }, value: { type: 'text' } };

type Doc = { facts: unknown[]; stages: Array<{ key: string; entryFacts: string[] }>; timings: { approvals: { matrix: Array<{ kind: string }> } } };

/** Version 2: INTENT also needs the decision maker, and every stage gate goes to the executive too. */
async function publishVersion2() {
  const draft = await app.admin('POST', '/api/v1/process/versions', {});
  const doc = draft.body.document as Doc;
  const document = {
    ...doc,
    facts: [...doc.facts, DECISION_MAKER],
    stages: doc.stages.map((s) => (s.key === 'INTENT' ? { ...s, entryFacts: [...s.entryFacts, 'decisionMaker'] } : s)),
    timings: {
      ...doc.timings,
      approvals: {
        ...doc.timings.approvals,
        matrix: [
          { kind: 'stage_gate', minAmount: 0, chain: [{ role: 'supervisor' }, { role: 'executive' }] },
          ...doc.timings.approvals.matrix.filter((r) => r.kind !== 'stage_gate'),
        ],
      },
    },
  };
  expect((await app.admin('PUT', `/api/v1/process/versions/${draft.body.version}`, { document })).status).toBe(200);
  expect((await app.admin('POST', `/api/v1/process/versions/${draft.body.version}/publish`)).status).toBe(200);
  return draft.body.version as number;
}

describe('a deal runs the process version current at its creation', () => {
  it('a new entry fact in v2 leaves v1 deals free and blocks v2 deals; v2 approvals follow the v2 matrix', async () => {
    const org = await orgChart(app);
    const presales = await makeUser(app, 'presales');
    const customer = await makeAccount(app);
    const facts = { ...factsFor.INTENT(customer.contactId), ...factsFor.PROJECT_INITIATED(presales.id) };
    const create = async (title: string) => {
      const res = await org.rep.api('POST', '/api/v1/deals', { title, accountId: customer.accountId, amount: 1000, facts });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    const onV1 = await create('Pinned to v1');
    expect(onV1.processVersion).toBe(1);

    const v2 = await publishVersion2();
    const current = await org.rep.api('GET', '/api/v1/process');
    expect(current.body.version).toBe(v2);
    expect(current.body.stages.find((s: { key: string }) => s.key === 'INTENT').entryFacts.map((f: { key: string }) => f.key)).toContain('decisionMaker');
    expect((await org.rep.api('GET', '/api/v1/process?version=1')).body.version).toBe(1);
    const unknown = await org.rep.api('GET', '/api/v1/process?version=99');
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ field: 'query.version', message: 'not a published process version' }]);

    const onV2 = await create('Pinned to v2');
    expect(onV2.processVersion).toBe(v2);
    expect(onV2.next).toMatchObject({ stage: 'INTENT', missing: [{ key: 'decisionMaker', label: 'Decision maker', problem: 'missing' }] });

    // The v1 deal moves as it always did; the v2 deal is held at the new fact until it has it.
    expect((await org.rep.api('POST', `/api/v1/deals/${onV1.id}/transitions`, { to: 'INTENT' })).status).toBe(200);
    const blocked = await org.rep.api('POST', `/api/v1/deals/${onV2.id}/transitions`, { to: 'INTENT' });
    expect(blocked.status).toBe(422);
    expect(blocked.body.errors).toEqual([expect.objectContaining({ field: 'facts.decisionMaker' })]);
    expect((await org.rep.api('PATCH', `/api/v1/deals/${onV2.id}/facts`, { decisionMaker: 'CFO Wang' })).status).toBe(200);
    expect((await org.rep.api('POST', `/api/v1/deals/${onV2.id}/transitions`, { to: 'INTENT' })).status).toBe(200);

    // Entering PROJECT_INITIATED: one level for the v1 deal, supervisor then executive for the v2 deal.
    const levels = async (dealId: string) => {
      const asked = await org.rep.api('POST', `/api/v1/deals/${dealId}/transitions`, { to: 'PROJECT_INITIATED' });
      expect(asked.status, JSON.stringify(asked.body)).toBe(202);
      const approval = await eventually(async () => (await app.admin('GET', `/api/v1/approvals/${asked.body.approvalId}`)).body);
      return approval.chain.length;
    };
    expect(await levels(onV1.id)).toBe(1);
    expect(await levels(onV2.id)).toBe(2);
    await approveAll(app, onV2.id, org.people);
    const moved = (await org.rep.api('GET', `/api/v1/deals/${onV2.id}`)).body;
    expect(moved).toMatchObject({ stage: 'PROJECT_INITIATED', processVersion: v2 });
    await eventually(async () => (await app.db.deal.findUnique({ where: { id: onV2.id } }))?.processVersion === v2);
  });
});
