import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signLink } from '../../activities/approvals/link-token';
import { type TestApp, startTestApp } from '../support/app';
import { follow, linksIn } from '../support/approval-links';
import { dealAtGate } from '../support/approval-scene';
import { fastApprovals, orgChart } from '../support/approvals';
import { eventually, makeAccount } from '../support/fixtures';
import { TEST_LINK_SECRET } from '../support/link-secret';
import { addressedTo, mailbox } from '../support/mailbox';

let app: TestApp;
let customer: Awaited<ReturnType<typeof makeAccount>>;
const mail = mailbox(inject('stack').mailWebUrl!);

beforeAll(async () => {
  app = await startTestApp({ approvalTiming: fastApprovals() });
  customer = await makeAccount(app);
});
afterAll(() => app?.stop());

/** A pending request, the links its approver was emailed, and how to read it back. */
async function emailedRequest(title: string) {
  const org = await orgChart(app);
  const g = await dealAtGate(app, customer, org.rep, title);
  const id = (await g.ask()).body.approvalId as string;
  const email = await mail.waitFor((e) => addressedTo(org.supervisor.email)(e) && e.subject.includes(title));
  const status = async () => (await org.rep.api('GET', `/api/v1/approvals/${id}`)).body.status;
  return { org, g, id, links: linksIn(email), status };
}

describe('signed approval links', () => {
  it('shows a confirmation page on GET, decides on POST, and works only once', async () => {
    const r = await emailedRequest('Link approve');
    expect(r.links.approve.claims).toMatchObject({ approvalId: r.id, level: 1, assignment: 1, approverId: r.org.supervisor.id });

    const page = await follow(app.url, r.links.approve.path);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
    expect(page.html).toContain('<form');
    expect(page.html).toContain('Link approve');
    expect(await r.status()).toBe('pending');

    const done = await follow(app.url, r.links.approve.path, { comment: 'Approved from my phone' });
    expect(done.status, done.html).toBe(200);
    expect(await r.status()).toBe('approved');
    const decision = (await r.org.rep.api('GET', `/api/v1/approvals/${r.id}`)).body.chain[0].decision;
    expect(decision).toMatchObject({ by: r.org.supervisor.id, via: 'link', comment: 'Approved from my phone' });
    await eventually(async () => (await r.g.live()).stage === 'PROJECT_INITIATED');

    const again = await follow(app.url, r.links.approve.path, { comment: 'again' });
    expect(again.status).toBe(409);
    expect(again.html).toMatch(/already/i);
    expect((await follow(app.url, r.links.approve.path)).status).toBe(409);
    const other = await follow(app.url, r.links.reject.path, { comment: 'too late' });
    expect(other.status).toBe(409);
    expect(await r.status()).toBe('approved');
  });

  it('needs a reason to reject, then rejects', async () => {
    const r = await emailedRequest('Link reject');
    const bare = await follow(app.url, r.links.reject.path, { comment: '   ' });
    expect(bare.status).toBe(422);
    expect(await r.status()).toBe('pending');
    const done = await follow(app.url, r.links.reject.path, { comment: 'Budget is not approved yet' });
    expect(done.status).toBe(200);
    expect(await r.status()).toBe('rejected');
    expect((await r.g.live()).stage).toBe('INTENT');
  });

  it('answers a forged, tampered, foreign or expired link with a clear page and changes nothing', async () => {
    const r = await emailedRequest('Link forged');
    const [payload, signature] = r.links.approve.token.split('.');
    const flipped = signature[0] === 'A' ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    const tampered = await follow(app.url, `/approvals/links/${payload}.${flipped}`, { comment: 'x' });
    expect(tampered.status).toBe(403);
    expect(tampered.type).toMatch(/text\/html/);

    const foreign = signLink({ ...r.links.approve.claims }, 'some-other-secret-some-other-secret-0000');
    expect((await follow(app.url, `/approvals/links/${foreign}`, { comment: 'x' })).status).toBe(403);
    expect((await follow(app.url, '/approvals/links/not-a-token', { comment: 'x' })).status).toBe(400);
    expect((await follow(app.url, `/approvals/links/${'a'.repeat(5000)}.b`)).status).toBe(400);

    const expired = signLink({ ...r.links.approve.claims, expiresAt: Date.now() - 1000 }, TEST_LINK_SECRET);
    const late = await follow(app.url, `/approvals/links/${expired}`, { comment: 'x' });
    expect(late.status).toBe(410);
    expect(late.html).toMatch(/expired/i);

    const unknown = signLink({ ...r.links.approve.claims, approvalId: '00000000-0000-4000-8000-000000000000' }, TEST_LINK_SECRET);
    expect((await follow(app.url, `/approvals/links/${unknown}`)).status).toBe(404);

    expect(await r.status()).toBe('pending');
    expect((await r.g.live()).stage).toBe('INTENT');
  });

  it('tells the approver when the requester withdrew', async () => {
    const r = await emailedRequest('Link withdrawn');
    expect((await r.org.rep.api('POST', `/api/v1/approvals/${r.id}/withdraw`, {})).status).toBe(200);
    const page = await follow(app.url, r.links.approve.path, { comment: 'ok' });
    expect(page.status).toBe(409);
    expect(page.html).toMatch(/withdr/i);
    expect(await r.status()).toBe('withdrawn');
  });
});
