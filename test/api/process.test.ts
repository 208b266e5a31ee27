import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';
import { makeUser } from '../support/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('GET /process', () => {
  it('says which facts list contacts or users, and labels the activity types in the caller’s language', async () => {
    const rep = await makeUser(app, 'rep');
    const process = await rep.api('GET', '/api/v1/process', undefined, { 'accept-language': 'zh-CN' });
    const facts = process.body.stages.flatMap((s: { entryFacts: Array<{ key: string; references?: string }> }) => s.entryFacts);
    expect(facts.find((f: { key: string }) => f.key === 'contactIds').references).toBe('contact');
    expect(facts.find((f: { key: string }) => f.key === 'projectTeam').references).toBe('user');
    expect(facts.find((f: { key: string }) => f.key === 'industry').references).toBeUndefined();
    expect(process.body.activityTypes).toContainEqual({ key: 'email_material', label: '邮件发送资料' });
  });
});
