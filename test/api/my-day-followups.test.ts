import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { makeAccount, makeUser } from '../support/fixtures';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('GET /followups for My day', () => {
  it('names each follow-up’s kind in the reader’s language, and dueBefore bounds the day', async () => {
    const customer = await makeAccount(app);
    const rep = await makeUser(app, 'rep', { locale: 'zh-CN' });
    const deal = await rep.api('POST', '/api/v1/deals', { title: 'Day rows', accountId: customer.accountId, amount: 1000 });
    expect(deal.status).toBe(201);
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    const later = new Date(Date.now() + 5 * 86_400_000).toISOString();
    expect((await rep.api('POST', `/api/v1/deals/${deal.body.id}/callbacks`, { at: soon, contactId: customer.contactId })).status).toBe(201);
    expect((await rep.api('POST', `/api/v1/deals/${deal.body.id}/callbacks`, { at: later, contactId: customer.contactId })).status).toBe(201);

    const endOfTomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const day = await rep.api('GET', `/api/v1/followups?assignee=me&state=pending&dueBefore=${encodeURIComponent(endOfTomorrow)}`);
    expect(day.status).toBe(200);
    expect(day.body.items).toHaveLength(1);
    expect(day.body.items[0]).toMatchObject({ kind: 'callback', kindLabel: '给客户回电', dealTitle: 'Day rows', dueAt: soon });

    const inEnglish = await rep.api('GET', '/api/v1/followups?assignee=me', undefined, { 'accept-language': 'en' });
    expect(inEnglish.body.items.map((f: { kindLabel: string }) => f.kindLabel)).toEqual(['Call the customer back', 'Call the customer back']);
  });
});
