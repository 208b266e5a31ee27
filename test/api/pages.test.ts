import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { webPath } from '../../runtime/web-paths';
import { type TestApp, startTestApp } from '../support/app';
import { dealAtGate } from '../support/approval-scene';
import { orgChart } from '../support/approvals';
import { eventually, makeAccount } from '../support/fixtures';
import { type CaughtEmail, addressedTo, mailbox } from '../support/mailbox';

let app: TestApp;
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
const mail = mailbox(inject('stack').mailWebUrl!);

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const page = async (path: string) => {
  const res = await fetch(`${app.url}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', html: await res.text() };
};

/** Every link an email carries into Dealflow, as a path on the test app. */
const linksOf = (email: CaughtEmail) =>
  [...(email.html ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')).filter((href) => href.startsWith(app.mail.publicUrl)).map((href) => href.slice(app.mail.publicUrl.length) || '/');

describe('pages a browser lands on', () => {
  it('answers / with a page in both languages that links to the docs', async () => {
    const home = await page('/');
    expect(home.status).toBe(200);
    expect(home.type).toMatch(/^text\/html/);
    expect(home.html).toContain('href="/api/docs"');
    expect(home.html).toContain('API 文档');
    expect(home.html).toContain('API documentation');
  });

  it('shows a deal’s title and stage at /deals/<id>, with links to its API resource and the docs', async () => {
    const org = await orgChart(app);
    const { accountId } = await makeAccount(app);
    const deal = (await org.rep.api('POST', '/api/v1/deals', { title: 'Paged <deal>', accountId, amount: 1000 })).body;
    // The page reads the read model, which follows the workflow by a moment.
    const shown = await eventually(async () => {
      const p = await page(webPath.deal(deal.id));
      return p.status === 200 && p;
    });
    expect(shown.type).toMatch(/^text\/html/);
    expect(shown.html).toContain('Paged &lt;deal&gt;');
    expect(shown.html).toContain('潜在商机');
    expect(shown.html).toContain('Lead');
    expect(shown.html).toContain(`href="/api/v1/deals/${deal.id}"`);
    expect(shown.html).toContain('href="/api/docs"');
    expect((await page(webPath.deal(randomUUID()))).status).toBe(404);
    expect((await page('/deals/not-an-id')).status).toBe(404);
  });

  it('lands every link of the emails it sends on a page', async () => {
    const org = await orgChart(app);
    const customer = await makeAccount(app);
    const g = await dealAtGate(app, customer, org.rep, 'Linked everywhere');
    expect((await g.ask()).status).toBe(202);
    expect((await org.rep.api('POST', `/api/v1/deals/${g.deal.id}/callbacks`, { at: inSeconds(1), contactId: customer.contactId })).status).toBe(201);
    const about = (who: { email: string }) => (e: CaughtEmail) => addressedTo(who.email)(e) && e.subject.includes('Linked everywhere');
    const emails = [await mail.waitFor(about(org.supervisor), 10_000), await mail.waitFor(about(org.rep), 10_000)];
    const links = [...new Set(emails.flatMap(linksOf))];
    expect(links).toEqual(expect.arrayContaining([webPath.deal(g.deal.id), expect.stringMatching(/^\/approvals\/links\//), '/']));
    for (const link of links) {
      const landed = await page(link);
      expect(`${link}: ${landed.status} ${landed.type}`).toMatch(/: 200 text\/html/);
    }
  });

  it('answers every path the web app will own with a page', async () => {
    for (const path of [webPath.approval(randomUUID()), webPath.tender(randomUUID()), webPath.contract(randomUUID()), webPath.receivables()]) {
      const shown = await page(path);
      expect(`${path}: ${shown.status} ${shown.type}`).toMatch(/: 200 text\/html/);
    }
  });
});
