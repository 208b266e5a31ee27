import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { webPath } from '../../runtime/web-paths';
import { type TestApp, startTestApp } from '../support/app';
import { dealAtGate } from '../support/approval-scene';
import { orgChart } from '../support/approvals';
import { eventually, makeAccount } from '../support/fixtures';
import { type CaughtEmail, addressedTo, mailbox } from '../support/mailbox';
import { browser, someAddress, userWithPassword } from '../support/session';

let app: TestApp;
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
const mail = mailbox(inject('stack').mailWebUrl!);

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const page = async (path: string, cookie?: string) => {
  const res = await fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, type: res.headers.get('content-type') ?? '', cache: res.headers.get('cache-control'), html: await res.text() };
};

/** A user of `role` signed in by cookie, as a browser would be. */
async function signedIn(role: string, extra: Record<string, unknown> = {}) {
  const user = await userWithPassword(app, role, extra);
  const b = browser(app.url, { address: someAddress() });
  expect((await b.signIn(user.email, user.password)).status).toBe(200);
  return { ...user, cookie: b.cookie()! };
}

/** Every link an email carries into Dealflow, as a path on the test app. */
const linksOf = (email: CaughtEmail) =>
  [...(email.html ?? '').matchAll(/href="([^"]+)"/g)]
    .map((m) => m[1].replace(/&amp;/g, '&'))
    .filter((href) => href.startsWith(app.mail.publicUrl))
    .map((href) => href.slice(app.mail.publicUrl.length) || '/');

describe('pages a browser lands on', () => {
  it('answers / with a page in both languages that links to the sign-in page and the docs', async () => {
    const home = await page('/');
    expect(home.status).toBe(200);
    expect(home.type).toMatch(/^text\/html/);
    expect(home.html).toContain('href="/sign-in"');
    expect(home.html).toContain('href="/api/docs"');
    expect(home.html).toContain('API 文档');
    expect(home.html).toContain('API documentation');
  });

  it('shows a deal’s title and stage at /deals/<id> to its owner, with links to its API resource and the docs', async () => {
    const owner = await signedIn('rep');
    const { accountId } = await makeAccount(app);
    const deal = (await owner.api('POST', '/api/v1/deals', { title: 'Paged <deal>', accountId, amount: 1000 })).body;
    // The page reads the read model, which follows the workflow by a moment.
    const shown = await eventually(async () => {
      const p = await page(webPath.deal(deal.id), owner.cookie);
      return p.status === 200 && p;
    });
    expect(shown.type).toMatch(/^text\/html/);
    expect(shown.cache).toBe('no-store');
    expect(shown.html).toContain('Paged &lt;deal&gt;');
    expect(shown.html).toContain('潜在商机');
    expect(shown.html).toContain('Lead');
    expect(shown.html).toContain(`href="/api/v1/deals/${deal.id}"`);
    expect(shown.html).toContain('href="/api/docs"');
    expect((await page(webPath.deal(randomUUID()), owner.cookie)).status).toBe(404);
    expect((await page('/deals/not-an-id', owner.cookie)).status).toBe(404);
    expect((await page('/deals/not-an-id')).status).toBe(404);
  });

  it('asks a stranger to sign in, and shows them nothing of the deal', async () => {
    const owner = await signedIn('rep');
    const { accountId } = await makeAccount(app);
    const deal = (await owner.api('POST', '/api/v1/deals', { title: 'Secret merger 机密', accountId, amount: 1000 })).body;
    await eventually(async () => (await page(webPath.deal(deal.id), owner.cookie)).status === 200);
    for (const cookie of [undefined, 'dealflow_session=dfs_not-a-session']) {
      const stranger = await page(webPath.deal(deal.id), cookie);
      expect(stranger.status).toBe(401);
      expect(stranger.type).toMatch(/^text\/html/);
      expect(stranger.html).toContain('登录后查看该商机');
      expect(stranger.html).toContain(`href="/sign-in?next=%2Fdeals%2F${deal.id}"`);
      expect(stranger.html).not.toContain('Secret merger');
      expect(stranger.html).not.toContain('潜在商机');
    }
    // Unknown or not, a stranger gets the same page.
    expect((await page(webPath.deal(randomUUID()))).status).toBe(401);
  });

  it('refuses another rep with a 403 page, and shows the deal to the owner’s supervisor', async () => {
    const supervisor = await signedIn('supervisor');
    const owner = await signedIn('rep', { supervisorId: supervisor.id });
    const other = await signedIn('rep');
    const { accountId } = await makeAccount(app);
    const deal = (await owner.api('POST', '/api/v1/deals', { title: 'Team only deal', accountId, amount: 1000 })).body;
    await eventually(async () => (await page(webPath.deal(deal.id), owner.cookie)).status === 200);
    const refused = await page(webPath.deal(deal.id), other.cookie);
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('您无权查看该商机');
    expect(refused.html).toContain('You cannot see this deal');
    expect(refused.html).not.toContain('Team only deal');
    const team = await page(webPath.deal(deal.id), supervisor.cookie);
    expect(team.status).toBe(200);
    expect(team.html).toContain('Team only deal');
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
    // Opened with no session, a deal's link lands on the page that asks to sign in.
    for (const link of links) {
      const landed = await page(link);
      expect(`${link}: ${landed.status} ${landed.type}`).toMatch(link === webPath.deal(g.deal.id) ? /: 401 text\/html/ : /: 200 text\/html/);
    }
  });

  it('answers every path the web app will own with a page', async () => {
    for (const path of [webPath.approval(randomUUID()), webPath.tender(randomUUID()), webPath.contract(randomUUID()), webPath.receivables()]) {
      const shown = await page(path);
      expect(`${path}: ${shown.status} ${shown.type}`).toMatch(/: 200 text\/html/);
    }
  });
});
