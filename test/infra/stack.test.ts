import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack, type StackPorts } from '../../scripts/stack';
import { startEmbeddedPostgres } from '../../scripts/stack/embedded-postgres';
import { assertPortFree, freePort } from '../../scripts/stack/ports';

const log = (message: string) => console.log(`[stack] ${message}`);

describe('local stack (everything embedded, in memory)', () => {
  let stack: Stack;
  let ports: StackPorts;

  beforeAll(async () => {
    ports = { temporal: await freePort(), temporalUi: await freePort(), postgres: await freePort(), smtp: await freePort(), mailWeb: await freePort() };
    // env {}: the embedded parts start even when the shell has DATABASE_URL, TEMPORAL_ADDRESS or SMTP_URL.
    stack = await startStack({ ports, env: {}, log });
  }, 60_000);
  afterAll(() => stack?.stop());

  it('runs a Temporal dev server', async () => {
    const connection = await Connection.connect({ address: stack.temporalAddress });
    try {
      const info = await connection.workflowService.getSystemInfo({});
      expect(info.serverVersion).toMatch(/^\d+\.\d+/);
    } finally {
      await connection.close();
    }
  });

  it('serves Postgres to a pool of concurrent clients, in the requested database', async () => {
    const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 5 });
    try {
      const results = await Promise.all(Array.from({ length: 20 }, () => pool.query('select pg_sleep(0.01), 1 as one')));
      expect(results.map((r) => r.rows[0].one)).toEqual(Array(20).fill(1));
      const { rows } = await pool.query('select current_database() as db');
      expect(rows[0].db).toBe('dealflow');
    } finally {
      await pool.end();
    }
  });

  it("keeps clients' extended-protocol batches and transactions apart", async () => {
    const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 5 });
    try {
      // Large parameters span several TCP reads; two statement shapes make a mixed-up Bind fail.
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => {
          const text = i % 2 ? `s${i}` : 'x'.repeat(200_000);
          const query =
            i % 2
              ? pool.query('select $1::int as n, length($2::text) as len', [i, text])
              : pool.query('select length($1::text) as len, $2::int as n, 0 as pad', [text, i]);
          return query.then((r) => [r.rows[0].n, r.rows[0].len] as const);
        }),
      );
      expect(answers).toEqual(Array.from({ length: 40 }, (_, i) => [i, i % 2 ? `s${i}`.length : 200_000]));

      // A second process connects while this one holds an open transaction: it waits, then sees the commit.
      await pool.query('create table held (n int)');
      const holder = await pool.connect();
      await holder.query('begin');
      await holder.query('insert into held values (1)');
      const reader = `const pg = require('pg'); const c = new pg.Client(process.argv[1]);
        c.connect().then(() => c.query('select count(*)::int as n from held')).then((r) => { console.log(r.rows[0].n); return c.end(); })
          .catch((e) => { console.error(e.message); process.exit(1); });`;
      const other = promisify(execFile)(process.execPath, ['-e', reader, stack.databaseUrl], { cwd: process.cwd(), timeout: 20_000 });
      await new Promise((r) => setTimeout(r, 300));
      await holder.query('commit');
      holder.release();
      expect((await other).stdout.trim()).toBe('1');
    } finally {
      await pool.end();
    }
  });

  it('catches mail with a UTF-8 subject', async () => {
    const transport = nodemailer.createTransport(stack.smtpUrl);
    await transport.sendMail({ from: 'deals@example.test', to: 'cfo@example.test', subject: '回款提醒', text: '请于本周回款' });
    transport.close();
    const inbox = (await (await fetch(`${stack.mailWebUrl}/api/email`)).json()) as Array<{ subject: string }>;
    expect(inbox.map((m) => m.subject)).toContain('回款提醒');
  });

  it('stops everything and releases its ports', async () => {
    await stack.stop();
    for (const port of Object.values(ports)) await assertPortFree(port, 'still held after stop()');
  }, 30_000);
});

describe('embedded Postgres with a data directory', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dealflow-pg-test-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps rows across a restart', async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, log });
    const writer = new pg.Client(first.url);
    await writer.connect();
    await writer.query('create table deal (name text)');
    await writer.query("insert into deal values ('ACME renewal')");
    await writer.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port, log });
    const reader = new pg.Client(second.url);
    try {
      await reader.connect();
      const { rows } = await reader.query('select name, current_database() as db from deal');
      expect(rows).toEqual([{ name: 'ACME renewal', db: 'dealflow' }]);
    } finally {
      await reader.end();
      await second.stop();
    }
  }, 60_000);
});
