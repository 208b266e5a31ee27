import { type LinkClaims, verifyLink } from '../../activities/approvals/link-token';
import type { CaughtEmail } from './mailbox';
import { TEST_LINK_SECRET } from './link-secret';

/** The approve and reject links of an approval email, as paths on the API, with what each claims. */
export function linksIn(email: CaughtEmail): Record<'approve' | 'reject', { path: string; token: string; claims: LinkClaims }> {
  const tokens = [...new Set([...(email.text ?? '').matchAll(/\/approvals\/links\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/g)].map((m) => m[1]))];
  const found = tokens.map((token) => {
    const check = verifyLink(token, TEST_LINK_SECRET, Date.now());
    if (!check.ok) throw new Error(`the email carries a link that does not verify: ${check.problem}`);
    return { path: `/approvals/links/${token}`, token, claims: check.claims };
  });
  const approve = found.find((l) => l.claims.decision === 'approve');
  const reject = found.find((l) => l.claims.decision === 'reject');
  if (!approve || !reject) throw new Error(`expected an approve and a reject link, found ${found.length} links`);
  return { approve, reject };
}

/** Follows a link as a browser would: GET shows the page, POST sends the form. */
export async function follow(baseUrl: string, path: string, form?: Record<string, string>) {
  const res = await fetch(
    `${baseUrl}${path}`,
    form ? { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() } : {},
  );
  return { status: res.status, type: res.headers.get('content-type') ?? '', html: await res.text() };
}
