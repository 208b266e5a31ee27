import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../api/auth/password';
import { sessionCookie } from '../../api/auth/session-cookie';
import { signInSettings } from '../../api/auth/settings';
import { DEV_ADMIN_PASSWORD, loadConfig } from '../../runtime/config';

const base = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/dealflow' };
const secrets = { APPROVAL_LINK_SECRET: 'a'.repeat(32), PASSWORD_LINK_SECRET: 'b'.repeat(32) };

describe('passwords', () => {
  it('are stored as self-describing scrypt hashes with a salt of their own', async () => {
    const [a, b] = [await hashPassword('correct horse battery'), await hashPassword('correct horse battery')];
    expect(a).toMatch(/^scrypt\$N=32768,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(a, 'correct horse batter')).toBe(false);
  });

  it('check against the parameters stored with each hash, so the cost can change', async () => {
    const salt = randomBytes(16);
    const key = scryptSync('an older password', salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const older = `scrypt$N=16384,r=8,p=1$${salt.toString('base64url')}$${key.toString('base64url')}`;
    expect(await verifyPassword(older, 'an older password')).toBe(true);
    expect(await verifyPassword(older, 'an older passwore')).toBe(false);
  });

  it('answer false, after the same work, when there is no hash to check', async () => {
    expect(await verifyPassword(null, 'anything at all')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything at all')).toBe(false);
  });
});

describe('the session cookie', () => {
  it('is Secure when Dealflow is served over https', () => {
    expect(sessionCookie('dfs_x', new Date(0), 'https://crm.example.com')).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);
    expect(sessionCookie('dfs_x', new Date(0), 'http://localhost:3000')).not.toContain('Secure');
  });
});

describe('sign-in configuration', () => {
  it('defaults to a 12-hour idle and a 7-day absolute session, 5 failures per 15 minutes, 3 reset emails an hour', () => {
    const settings = signInSettings(loadConfig(base));
    expect(settings).toMatchObject({
      sessionIdleMs: 12 * 3_600_000,
      sessionMaxMs: 7 * 86_400_000,
      throttle: { maxAttempts: 5, windowMs: 15 * 60_000 },
      resetThrottle: { perAccount: { maxAttempts: 3, windowMs: 3_600_000 }, perAddress: { maxAttempts: 20, windowMs: 3_600_000 } },
      invitationMs: 72 * 3_600_000,
    });
  });

  it('refuses the development secrets, password and token in production', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/APPROVAL_LINK_SECRET[\s\S]*PASSWORD_LINK_SECRET/);
    expect(() => loadConfig({ ...base, ...secrets, NODE_ENV: 'production', DEALFLOW_ADMIN_PASSWORD: DEV_ADMIN_PASSWORD })).toThrow(/DEALFLOW_ADMIN_PASSWORD/);
    expect(() => loadConfig({ ...base, ...secrets, NODE_ENV: 'production', DEALFLOW_ADMIN_TOKEN: 'dft_dev_admin_token_change_me' })).toThrow(
      /DEALFLOW_ADMIN_TOKEN/,
    );
    expect(loadConfig({ ...base, ...secrets, NODE_ENV: 'production', DEALFLOW_ADMIN_PASSWORD: 'a real one, long' }).DEALFLOW_ADMIN_PASSWORD).toBe(
      'a real one, long',
    );
  });

  it('takes an empty optional variable as unset', () => {
    const config = loadConfig({ ...base, DEALFLOW_ADMIN_PASSWORD: '', DEALFLOW_ADMIN_TOKEN: '', TRUST_PROXY: '' });
    expect([config.DEALFLOW_ADMIN_PASSWORD, config.DEALFLOW_ADMIN_TOKEN, config.TRUST_PROXY]).toEqual([undefined, undefined, undefined]);
  });

  it('wants an admin password of at least 10 characters', () => {
    expect(() => loadConfig({ ...base, DEALFLOW_ADMIN_PASSWORD: 'short' })).toThrow(/DEALFLOW_ADMIN_PASSWORD must be at least 10 characters/);
  });
});
