import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// The migration to minor units, run over rows the old code wrote (float yuan), in a schema of its own.
const MIGRATION = '20261201110000_money_minor_units';
const migrations = fileURLToPath(new URL('../../prisma/migrations/', import.meta.url));
const schema = `money_check_${randomUUID().slice(0, 8)}`;
const client = new pg.Client({ connectionString: inject('stack').databaseUrl });
const sql = (file: string) => readFile(`${migrations}${file}/migration.sql`, 'utf8');
const ids = { user: randomUUID(), account: randomUUID(), deal: randomUUID(), approval: randomUUID() };

const json = (value: unknown) => `'${JSON.stringify(value)}'::jsonb`;

/** Rows as the old code wrote them: amounts in yuan, in the columns and in the JSON. */
function oldRows() {
  const { user, account, deal, approval } = ids;
  const facts = { budget: 800000.25, preliminaryQuote: { software: 500000.1, implementation: 200000, service: 100000, discountPercent: 20 }, sponsor: 'x' };
  const timeline: Array<[string, unknown]> = [
    ['created', { amount: 680000.5, currency: 'CNY', facts: [] }],
    ['facts_recorded', { changes: { budget: 800000.25, sponsor: 'x' } }],
    ['facts_recorded', { changes: { sponsor: 'y' } }],
    ['approval_requested', { amount: 680000.5, currency: 'CNY' }],
    ['contract_drafted', { amount: 68000050, currency: 'CNY' }],
  ];
  const detail = {
    request: { amount: 680000.5, currency: 'CNY' },
    history: [
      { seq: 1, type: 'requested', data: { amount: 680000.5 } },
      { seq: 2, type: 'assigned', data: {} },
    ],
  };
  return `
    INSERT INTO "User" (id, name, email, role) VALUES ('${user}', 'u', '${user}@x', 'rep');
    INSERT INTO "Account" (id, name, "createdById") VALUES ('${account}', 'a', '${user}');
    INSERT INTO "Deal" (id, "workflowId", "processVersion", title, "accountId", "ownerId", amount, currency, stage, status, probability, facts, "stageEnteredAt", "createdAt", "updatedAt", version)
      VALUES ('${deal}', 'deal-${deal}', 1, 't', '${account}', '${user}', 680000.50, 'CNY', 'LEAD', 'open', 10, ${json(facts)}, now(), now(), now(), 3);
    ${timeline.map(([type, data], i) => `INSERT INTO "TimelineEvent" ("dealId", seq, type, at, data) VALUES ('${deal}', ${i + 1}, '${type}', now(), ${json(data)});`).join('\n')}
    INSERT INTO "Approval" (id, "workflowId", "dealId", kind, status, amount, currency, "requesterId", "dealOwnerId", "participantIds", detail, "requestedAt", "updatedAt", version)
      VALUES ('${approval}', 'approval-${approval}', '${deal}', 'stage_gate', 'pending', 680000.50, 'CNY', '${user}', '${user}', '{}', ${json(detail)}, now(), now(), 1);`;
}

beforeAll(async () => {
  await client.connect();
  const before = (await readdir(migrations)).filter((f) => f < MIGRATION && /^\d{14}_/.test(f)).sort();
  // One query, so the schema's search_path holds for it alone: the embedded Postgres shares one session among all connections.
  const script = [`CREATE SCHEMA ${schema}`, `SET LOCAL search_path TO ${schema}`, ...(await Promise.all(before.map(sql))), oldRows(), await sql(MIGRATION)];
  await client.query(`BEGIN;\n${script.join(';\n')};\nCOMMIT;`);
});
afterAll(async () => {
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
  await client.end();
});

describe(`the ${MIGRATION} migration`, () => {
  it('turns the deal amount and its money facts into fen', async () => {
    const { rows } = await client.query(`SELECT "amountMinor", facts FROM ${schema}."Deal"`);
    expect(rows).toEqual([
      {
        amountMinor: '68000050',
        facts: { budget: 80000025, sponsor: 'x', preliminaryQuote: { software: 50000010, implementation: 20000000, service: 10000000, discountPercent: 20 } },
      },
    ]);
  });

  it('turns the approval amount and the request in its snapshot into fen', async () => {
    const { rows } = await client.query(`SELECT "amountMinor", detail FROM ${schema}."Approval"`);
    expect(rows[0].amountMinor).toBe('68000050');
    expect(rows[0].detail).toEqual({
      request: { amount: 68000050, currency: 'CNY', amountsIn: 'minor' },
      history: [
        { seq: 1, type: 'requested', data: { amount: 68000050 } },
        { seq: 2, type: 'assigned', data: {} },
      ],
    });
  });

  it('rewrites the timeline entries that recorded yuan, and leaves the others as they were', async () => {
    const { rows } = await client.query(`SELECT type, data FROM ${schema}."TimelineEvent" ORDER BY seq`);
    expect(rows.map((r) => r.data)).toEqual([
      { amount: 68000050, currency: 'CNY', facts: [] },
      { changes: { budget: 80000025, sponsor: 'x' }, currency: 'CNY' },
      { changes: { sponsor: 'y' } },
      { amount: 68000050, currency: 'CNY' },
      { amount: 68000050, currency: 'CNY' },
    ]);
  });
});
