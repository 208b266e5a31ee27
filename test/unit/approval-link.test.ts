import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LinkClaims, signLink, verifyLink } from '../../activities/approvals/link-token';

const SECRET = 'test-link-secret-of-some-length';
const NOW = Date.parse('2026-11-22T03:00:00Z');
const claims: LinkClaims = {
  approvalId: '7b0c4a4e-8f5e-4a53-9a55-0d3f4c1e2a11',
  level: 1,
  assignment: 2,
  approverId: '3f1d2c9a-6b7e-4c1f-8a2d-5e9b0c7d4a36',
  decision: 'reject',
  expiresAt: NOW + 14 * 86_400_000,
};

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
/** A token signed with the right secret over any payload text: shows that shape checks do not lean on the signature. */
const signedRaw = (payloadText: string) => {
  const payload = b64(payloadText);
  return `${payload}.${createHmac('sha256', SECRET).update(payload).digest('base64url')}`;
};

describe('signed approval links', () => {
  it('verifies a token it signed and gives back the claims and a short link id', () => {
    const check = verifyLink(signLink(claims, SECRET), SECRET, NOW);
    expect(check).toEqual({ ok: true, claims, linkId: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('signs the same claims the same way, whatever order their keys were written in', () => {
    const reordered = {
      expiresAt: claims.expiresAt,
      decision: claims.decision,
      approverId: claims.approverId,
      assignment: claims.assignment,
      level: claims.level,
      approvalId: claims.approvalId,
    };
    const token = signLink(claims, SECRET);
    expect(signLink(reordered, SECRET)).toBe(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
  });

  it('gives each link a different token and link id', () => {
    const tokens = [claims, { ...claims, decision: 'approve' as const }, { ...claims, assignment: 3 }, { ...claims, level: 2 }].map((c) => signLink(c, SECRET));
    const ids = tokens.map((token) => {
      const check = verifyLink(token, SECRET, NOW);
      return check.ok && check.linkId;
    });
    expect(new Set(tokens).size).toBe(4);
    expect(new Set(ids).size).toBe(4);
  });

  it('refuses to sign claims it would not accept', () => {
    expect(() => signLink({ ...claims, level: 0 }, SECRET)).toThrow();
    expect(() => signLink({ ...claims, approvalId: 'not-a-uuid' }, SECRET)).toThrow();
  });

  it('calls a token signed with another secret or altered forged', () => {
    const token = signLink(claims, SECRET);
    expect(verifyLink(token, 'another-secret', NOW)).toEqual({ ok: false, problem: 'forged' });
    const approveInstead = `${b64({ ...claims, decision: 'approve' })}.${token.split('.')[1]}`;
    expect(verifyLink(approveInstead, SECRET, NOW)).toEqual({ ok: false, problem: 'forged' });
  });

  it('accepts only the one spelling of a signature, so a link cannot be reused under another id', () => {
    const token = signLink(claims, SECRET);
    // The last of the 43 base64url characters of a 32-byte signature carries 2 unused bits.
    const [payload, signature] = token.split('.');
    const bytes = Buffer.from(signature, 'base64url');
    const twins = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
      .split('')
      .map((c) => signature.slice(0, -1) + c)
      .filter((twin) => twin !== signature && Buffer.from(twin, 'base64url').equals(bytes))
      .map((twin) => `${payload}.${twin}`);
    expect(twins).toHaveLength(3);
    for (const twin of twins) expect(verifyLink(twin, SECRET, NOW)).toEqual({ ok: false, problem: 'forged' });
  });

  it('calls a well-signed token past its expiry expired, and keeps its claims', () => {
    const token = signLink(claims, SECRET);
    expect(verifyLink(token, SECRET, claims.expiresAt - 1).ok).toBe(true);
    expect(verifyLink(token, SECRET, claims.expiresAt)).toEqual({ ok: false, problem: 'expired', claims });
  });

  it('reports forged before expired', () => {
    expect(verifyLink(signLink(claims, SECRET), 'another-secret', claims.expiresAt + 1)).toEqual({ ok: false, problem: 'forged' });
  });

  it.each([
    ['empty', ''],
    ['no signature', b64(claims)],
    ['three parts', `${signLink(claims, SECRET)}.x`],
    ['not base64url', `${b64(claims)}.abc+/=`],
    ['too long', `${'A'.repeat(2100)}.${'A'.repeat(43)}`],
    ['payload not JSON', signedRaw('{"approvalId":')],
    ['payload an array', signedRaw(JSON.stringify(Object.values(claims)))],
    ['level a string', signedRaw(JSON.stringify({ ...claims, level: '1' }))],
    ['assignment a fraction', signedRaw(JSON.stringify({ ...claims, assignment: 1.5 }))],
    ['unknown decision', signedRaw(JSON.stringify({ ...claims, decision: 'maybe' }))],
    ['approver not a uuid', signedRaw(JSON.stringify({ ...claims, approverId: 'u1' }))],
    ['a claim missing', signedRaw(JSON.stringify({ ...claims, expiresAt: undefined }))],
    ['an extra claim', signedRaw(JSON.stringify({ ...claims, admin: true }))],
  ])('calls a token malformed: %s', (_, token) => {
    expect(verifyLink(token, SECRET, NOW)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('never throws and never accepts garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (token) => {
        const check = verifyLink(token, SECRET, NOW);
        expect(check.ok).toBe(false);
      }),
    );
  });
});
