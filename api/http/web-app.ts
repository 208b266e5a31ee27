import express, { type Request, type Response, Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WEB_ROUTES } from '../../runtime/web-paths';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const API_SPACE = /^\/(api|readyz|healthz)(\/|$)/;

/**
 * The built web app (`npm run web:build`): hashed assets cached for a year, and index.html for
 * every web path so deep links work. Any other GET a browser makes gets the app's not-found page.
 */
export function webAppRouter(distDir = WEB_DIST): Router {
  const router = Router();
  const index = join(distDir, 'index.html');
  router.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));

  const shell = (status: number) => (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    if (!existsSync(index))
      return void res.status(503).type('text/plain').send('The web app is not built yet: run `npm run web:build` (npm start and npm test build it).');
    res.status(status).sendFile(index);
  };
  router.get(WEB_ROUTES, shell(200));
  router.get(/.*/, (req, res, next) => (API_SPACE.test(req.path) || !req.accepts('html') ? next() : shell(404)(req, res)));
  return router;
}
