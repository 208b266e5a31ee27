import type { Request } from 'express';
import { forbidden } from '../http/problem';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * A write that a session cookie authenticates must come from our own pages: its Origin is the
 * public origin or the request's own, or the browser says Sec-Fetch-Site: same-origin.
 * SameSite=Lax already keeps cross-site POSTs from carrying the cookie; this holds even where it does not.
 */
export function assertSameOrigin(req: Request, publicUrl: string): void {
  if (SAFE_METHODS.includes(req.method)) return;
  if (req.get('sec-fetch-site') === 'same-origin') return;
  const origin = req.get('origin');
  const own = [new URL(publicUrl).origin, `${req.protocol}://${req.get('host')}`];
  if (origin && own.includes(origin)) return;
  throw forbidden(
    origin
      ? `a write signed in by cookie must come from ${own[0]}, not ${origin}`
      : 'a write signed in by cookie needs an Origin header (browsers send it); integrations use a personal API token instead',
  );
}
