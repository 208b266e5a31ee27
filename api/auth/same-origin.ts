import type { Request } from 'express';
import { forbidden } from '../http/problem';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
const ownOrigins = (req: Request, publicUrl: string) => [new URL(publicUrl).origin, `${req.protocol}://${req.get('host')}`];

/**
 * A write that a session cookie authenticates must come from our own pages: its Origin is the
 * public origin or the request's own, or the browser says Sec-Fetch-Site: same-origin.
 * SameSite=Lax already keeps cross-site POSTs from carrying the cookie; this holds even where it does not.
 */
export function isSameOrigin(req: Request, publicUrl: string): boolean {
  if (SAFE_METHODS.includes(req.method) || req.get('sec-fetch-site') === 'same-origin') return true;
  const origin = req.get('origin');
  return origin !== undefined && ownOrigins(req, publicUrl).includes(origin);
}

/** Refuses with 403 a write that is not same-origin (see isSameOrigin). */
export function assertSameOrigin(req: Request, publicUrl: string): void {
  if (isSameOrigin(req, publicUrl)) return;
  const origin = req.get('origin');
  const own = ownOrigins(req, publicUrl);
  throw forbidden(
    origin
      ? `a write signed in by cookie must come from ${own[0]}, not ${origin}`
      : 'a write signed in by cookie needs an Origin header (browsers send it); integrations use a personal API token instead',
  );
}
