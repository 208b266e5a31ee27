import type { Request } from 'express';

export const SESSION_COOKIE = 'dealflow_session';

/** The value of one cookie in the request's Cookie header. */
export function readCookie(req: Request, name: string): string | undefined {
  for (const pair of (req.get('cookie') ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return decodeURIComponent(pair.slice(at + 1).trim());
  }
  return undefined;
}

/** HttpOnly (scripts never see it), SameSite=Lax (no cross-site writes carry it), Secure when Dealflow is served over https. */
export function sessionCookie(token: string, expires: Date, publicUrl: string): string {
  const secure = new URL(publicUrl).protocol === 'https:' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${token}; Path=/; Expires=${expires.toUTCString()}; HttpOnly; SameSite=Lax${secure}`;
}

export const clearedSessionCookie = (publicUrl: string) => sessionCookie('', new Date(0), publicUrl);
