import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { dealInNegotiation } from '../support/contract-scene';
import { type Document, type Operation, operationsOf } from '../support/contract/document';
import { type Case, type Targets, casesFor } from '../support/contract/requests';
import { judge } from '../support/contract/verdict';
import { makeUser } from '../support/fixtures';

const ROLES = ['rep', 'presales', 'supervisor', 'executive', 'finance', 'service', 'admin'] as const;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const PARALLEL = 4;

let app: TestApp;
let doc: Document;
let operations: Operation[];
let targets: Targets;
const tokens: Record<string, string> = {};

/** Real records of every kind a path names: a contract waiting for approval, a running tender, a call-back. */
async function makeTargets(): Promise<Targets> {
  const a = await dealInNegotiation(app, 'Contract test: contract');
  const drafted = await a.rep.api('POST', `/api/v1/deals/${a.deal.id}/contract`, { amount: '300000' });
  expect(drafted.status, JSON.stringify(drafted.body)).toBe(202);
  const b = await dealInNegotiation(app, 'Contract test: tender');
  const presales = await makeUser(app, 'presales');
  const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
  const tender = await b.rep.api('POST', `/api/v1/deals/${b.deal.id}/tender`, {
    tenderNo: 'CT-1',
    issuedAt: inDays(-1),
    submissionDeadline: inDays(10),
    openingAt: inDays(11),
    presalesId: presales.id,
  });
  expect(tender.status, JSON.stringify(tender.body)).toBe(201);
  const accountId = a.deal.accountId as string;
  const contactId = (await app.admin('POST', '/api/v1/contacts', { accountId, name: 'Li Na' })).body.id as string;
  const callback = await a.rep.api('POST', `/api/v1/deals/${a.deal.id}/callbacks`, { at: inDays(1), contactId });
  expect(callback.status, JSON.stringify(callback.body)).toBe(201);
  const service = await makeUser(app, 'service');
  const admin = await makeUser(app, 'admin');
  Object.assign(tokens, {
    rep: a.rep.token,
    presales: presales.token,
    supervisor: a.supervisor.token,
    executive: a.executive.token,
    finance: a.finance.token,
    service: service.token,
    admin: admin.token,
  });
  return {
    deal: a.deal.id,
    account: accountId,
    contact: contactId,
    user: (await makeUser(app, 'rep')).id,
    presales: presales.id,
    manager: a.supervisor.id,
    followUp: callback.body.id,
    approval: drafted.body.approvalId,
    contract: drafted.body.id,
    installment: drafted.body.installments[0].id,
    tender: tender.body.id,
    checklistItem: tender.body.checklist[0].key,
  };
}

async function send(c: Case, token?: string) {
  const res = await fetch(`${app.url}${c.url}`, {
    method: c.op.method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(c.body === undefined ? {} : { 'content-type': c.op.body?.mediaType ?? 'application/json' }),
    },
    body: c.body === undefined ? undefined : typeof c.body === 'string' ? c.body : JSON.stringify(c.body),
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  return { status: res.status, contentType, body: contentType.includes('json') && text ? JSON.parse(text) : text, headers: res.headers };
}

/** Reads first, then changes, and what ends a record (lost, withdrawn, a result, a delete) last, so that the changes find their records alive. */
const finality = (op: Operation) => (op.method === 'GET' ? 0 : op.method === 'DELETE' || /\/(lost|withdraw|result|cancel|done)$/.test(op.path) ? 2 : 1);

/** Runs `work` over `items`, a few at a time. */
async function inParallel<T>(items: T[], work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

beforeAll(async () => {
  app = await startTestApp();
  doc = (await (await fetch(`${app.url}/api/openapi.json`)).json()) as Document;
  operations = operationsOf(doc);
  targets = await makeTargets();
}, 120_000);
afterAll(() => app?.stop());

describe('the OpenAPI document', () => {
  it('says exactly what the server answers: every operation, valid and invalid requests, every role', async () => {
    const verdict = judge(doc);
    const statuses: Record<number, number> = {};
    const mismatches: string[] = [];
    const serverErrors: string[] = [];
    const succeeded = new Set<string>();
    const runs = [...operations]
      .sort((a, b) => finality(a) - finality(b))
      .flatMap((op) => [
        ...casesFor(doc, op, targets).flatMap((c) => ROLES.map((role) => ({ c, role: role as string | undefined }))),
        { c: casesFor(doc, op, targets)[0], role: undefined },
      ]);
    await inParallel(runs, async ({ c, role }) => {
      const answer = await send(c, role && tokens[role]);
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      const where = `${c.op.method} ${c.url} (${c.what}, ${role ?? 'no token'})`;
      if (answer.status >= 500 && answer.status !== 503) serverErrors.push(`${where}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
      if (answer.status < 300) succeeded.add(`${c.op.method} ${c.op.path}`);
      const wrong = verdict(c.op, answer);
      if (wrong) mismatches.push(`${where}: ${wrong}`);
    });
    console.log(
      `contract test: ${runs.length} requests over ${operations.length} operations; statuses ${JSON.stringify(statuses)}; ${mismatches.length} mismatches`,
    );
    console.log(
      `contract test: operations no request got a 2xx from (state or role): ${operations
        .filter((op) => !succeeded.has(`${op.method} ${op.path}`))
        .map((op) => `${op.method} ${op.path}`)
        .join('; ')}`,
    );
    expect(serverErrors).toEqual([]);
    expect([...new Set(mismatches)].slice(0, 40)).toEqual([]);
  }, 120_000);

  it('answers a known path asked with another method 405, with the methods it allows', async () => {
    const paths = [...new Set(operations.map((op) => op.path))];
    const pattern = (path: string) => new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`);
    const wrong: string[] = [];
    for (const path of paths) {
      const url = path.replace(/\{\w+\}/g, targets.deal);
      // A concrete path may fit more than one documented one (`/users/me` and `/users/{id}`).
      const methods = new Set(operations.filter((op) => pattern(op.path).test(url)).map((op) => op.method));
      const allow = [...methods, ...(methods.has('GET') ? ['HEAD'] : [])].sort().join(', ');
      for (const method of METHODS.filter((m) => !methods.has(m))) {
        const res = await send({ kind: 'invalid', what: 'wrong method', op: { method } as Operation, url }, tokens.admin);
        if (res.status !== 405 || res.headers.get('allow') !== allow || !res.contentType.startsWith('application/problem+json'))
          wrong.push(`${method} ${path}: ${res.status}, Allow ${res.headers.get('allow')} (want ${allow})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
