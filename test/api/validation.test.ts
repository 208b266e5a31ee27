import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { factsFor, makeAccount, makeUser } from '../support/fixtures';
import { apiClient } from '../support/http';

let app: TestApp;
let rep: Awaited<ReturnType<typeof makeUser>>;
let customer: Awaited<ReturnType<typeof makeAccount>>;
beforeAll(async () => {
  app = await startTestApp();
  rep = await makeUser(app, 'rep');
  customer = await makeAccount(app);
});
afterAll(() => app?.stop());

const isProblem = (res: { headers: Headers; body: { status: number; title: string } }, status: number) => {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body.status).toBe(status);
  expect(res.body.title).toBeTruthy();
};

describe('bad input', () => {
  it('rejects unknown fields with field-level errors', async () => {
    const res = await rep.api('POST', '/api/v1/deals', { title: 'x', accountId: customer.accountId, amount: 1, colour: 'red' });
    expect(res.status).toBe(400);
    isProblem(res, 400);
    expect(res.body.errors[0].field).toBe('body');
    expect(res.body.errors[0].message).toMatch(/colour/);
  });

  it('words field errors in the caller’s language: the user’s own, or Accept-Language', async () => {
    const zh = await makeUser(app, 'rep', { locale: 'zh-CN' });
    const bad = { accountId: customer.accountId, name: 'Wang Lei', email: 'not-an-email' };
    const inChinese = await zh.api('POST', '/api/v1/contacts', bad);
    expect(inChinese.body.errors).toEqual([{ field: 'body.email', message: '无效电子邮件' }]);
    const inEnglish = await rep.api('POST', '/api/v1/contacts', bad);
    expect(inEnglish.body.errors).toEqual([{ field: 'body.email', message: expect.stringMatching(/email/i) }]);
    const asked = await zh.api('POST', '/api/v1/contacts', bad, { 'accept-language': 'en' });
    expect(asked.body.errors[0].message).toBe(inEnglish.body.errors[0].message);
  });

  it('names every wrong field at once', async () => {
    const res = await rep.api('POST', '/api/v1/deals', { title: '', accountId: 'nope', amount: -1, currency: 'yuan' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.accountId', 'body.amount', 'body.currency', 'body.title']);
  });

  it('answers malformed JSON, bad ids, bad queries and unknown routes with 4xx problems', async () => {
    const malformed = await rep.api('POST', '/api/v1/deals', '{"title": ');
    expect(malformed.status).toBe(400);
    isProblem(malformed, 400);
    expect((await rep.api('GET', '/api/v1/deals/not-a-uuid')).status).toBe(400);
    expect((await rep.api('GET', '/api/v1/deals/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await rep.api('GET', '/api/v1/deals?limit=1000')).status).toBe(400);
    expect((await rep.api('GET', '/api/v1/deals?stage=SOMEWHERE')).status).toBe(400);
    expect((await rep.api('GET', '/api/v1/deals?colour=red')).status).toBe(400);
    const forged = Buffer.from(JSON.stringify(['2020-01-01T00:00:00Z', 'x'])).toString('base64url');
    expect((await rep.api('GET', `/api/v1/deals?cursor=${forged}`)).status).toBe(400);
    expect((await rep.api('GET', `/api/v1/users?cursor=${forged}`)).status).toBe(400);
    const missing = await rep.api('GET', '/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    isProblem(missing, 404);
  });

  it('applies none of a facts patch when any key is bad', async () => {
    const deal = (await rep.api('POST', '/api/v1/deals', { title: 'Atomic', accountId: customer.accountId, amount: 1 })).body;
    const res = await rep.api('PATCH', `/api/v1/deals/${deal.id}/facts`, { industry: 'Retail', companySize: 'enormous', bogus: 1 });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.bogus', 'body.companySize']);
    const after = await rep.api('GET', `/api/v1/deals/${deal.id}`);
    expect(after.body).toMatchObject({ facts: {}, version: 1 });
    const foreign = await rep.api('PATCH', `/api/v1/deals/${deal.id}/facts`, { ...factsFor.INTENT('00000000-0000-4000-8000-000000000000') });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors).toEqual([{ field: 'body.contactIds.0', message: 'no such contact at this deal’s account' }]);
    expect((await rep.api('PATCH', `/api/v1/deals/${deal.id}/facts`, {})).status).toBe(400);
    for (const bad of [{ contactIds: 'abc' }, { contactIds: ['nope'] }, { contactIds: [1] }, { projectTeam: { length: 1 } }]) {
      const res = await rep.api('PATCH', `/api/v1/deals/${deal.id}/facts`, bad);
      expect(res.status, JSON.stringify(bad)).toBe(422);
    }
    const created = await rep.api('POST', '/api/v1/deals', { title: 'x', accountId: customer.accountId, amount: 1, facts: { contactIds: ['x'] } });
    expect(created.status).toBe(422);
    expect(created.body.errors[0].field).toBe('body.facts.contactIds.0');
  });

  it('answers in Chinese when asked', async () => {
    const deal = (await rep.api('POST', '/api/v1/deals', { title: '中文', accountId: customer.accountId, amount: 1 })).body;
    const res = await rep.api('POST', `/api/v1/deals/${deal.id}/transitions`, { to: 'INTENT' }, { 'accept-language': 'zh-CN' });
    expect(res.body.missing[0].label).toBe('所属行业');
    expect(res.body.errors[0].message).toBe('所属行业：缺失（进入“意向客户”所需）');
    expect(res.body.detail).toBe('进入“意向客户”的条件尚未满足');
    const view = await rep.api('GET', `/api/v1/deals/${deal.id}`, undefined, { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(view.body.stageLabel).toBe('潜在商机');
    const taiwan = await rep.api('GET', `/api/v1/deals/${deal.id}`, undefined, { 'accept-language': 'zh-TW' });
    expect(taiwan.body.stageLabel).toBe('潜在商机');
  });
});

describe('service endpoints', () => {
  it('serves the OpenAPI document, the docs page and the process definition', async () => {
    const anonymous = apiClient(app.url);
    const doc = await anonymous('GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/deals', '/api/v1/deals/{id}/transitions', '/api/v1/users']));
    expect(doc.body.components.schemas.Deal).toBeTruthy();
    const page = await anonymous('GET', '/api/docs');
    expect(page.body).toContain('swagger-ui');
    expect((await anonymous('GET', '/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
    const process = await rep.api('GET', '/api/v1/process');
    expect(process.body.stages.find((s: { key: string }) => s.key === 'INTENT').entryFacts).toHaveLength(7);
    expect((await rep.api('GET', '/api/v1/process?version=42')).status).toBe(422);
  });

  it('reports liveness and readiness of Temporal, the database and SMTP', async () => {
    const anonymous = apiClient(app.url);
    expect((await anonymous('GET', '/healthz')).body).toEqual({ status: 'ok' });
    const ready = await anonymous('GET', '/readyz');
    expect(ready.status, JSON.stringify(ready.body)).toBe(200);
    expect(ready.body.checks.map((c: { name: string; ok: boolean }) => `${c.name}:${c.ok}`)).toEqual(['temporal:true', 'database:true', 'smtp:true']);
  });
});
