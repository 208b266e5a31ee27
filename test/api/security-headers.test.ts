import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const csp = (res: Response) =>
  Object.fromEntries(
    (res.headers.get('content-security-policy') ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );

describe('security headers', () => {
  it('sends helmet’s headers on API answers, errors included', async () => {
    for (const res of [await fetch(`${app.url}/healthz`), await fetch(`${app.url}/api/v1/deals`)]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(csp(res)['frame-ancestors']).toEqual(["'none'"]);
    }
  });

  it('has a CSP that allows our own scripts and inline styles, and nothing from elsewhere', async () => {
    const policy = csp(await fetch(`${app.url}/api/docs`));
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['img-src']).toEqual(["'self'", 'data:']);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['upgrade-insecure-requests']).toBeUndefined();
  });

  it('keeps the docs page working under it: no inline script, and every asset it loads is served', async () => {
    const page = await (await fetch(`${app.url}/api/docs`)).text();
    expect(page).not.toMatch(/<script>(?!<\/script>)|<script(?![^>]*\bsrc=)[^>]*>/);
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets).toEqual(['/api/docs/assets/swagger-ui.css', '/api/docs/assets/swagger-ui-bundle.js', '/api/docs/init.js']);
    for (const asset of assets) {
      const res = await fetch(`${app.url}${asset}`);
      expect(res.status, asset).toBe(200);
      expect((await res.text()).length, asset).toBeGreaterThan(10);
    }
    const document = await (await fetch(`${app.url}/api/openapi.json`)).json();
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearer', 'cookie']);
    expect(document.components.securitySchemes.cookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'dealflow_session' });
    expect(document.paths['/api/v1/session'].post.security).toEqual([]);
    expect(document.paths['/api/v1/deals'].get.security).toEqual([{ bearer: [] }, { cookie: [] }]);
  });
});
