import type { RequestHandler } from 'express';
import type { Role } from '../../prisma/generated/enums';
import type { Db } from '../../runtime/db';
import { Problem } from '../http/problem';
import { hashToken } from './tokens';

export interface AuthedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  supervisorId: string | null;
  locale: string;
  timezone: string;
}

const unauthorized = (detail: string) => new Problem(401, 'unauthorized', 'Unauthorized', detail);

export function authenticate(db: Db): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    res.setHeader('WWW-Authenticate', 'Bearer realm="dealflow"');
    if (!match) throw unauthorized('send Authorization: Bearer <token>');
    const user = await db.user.findUnique({
      where: { tokenHash: hashToken(match[1]) },
      select: { id: true, name: true, email: true, role: true, supervisorId: true, locale: true, timezone: true, active: true },
    });
    if (!user || !user.active) throw unauthorized('the token is unknown or revoked');
    const { active: _active, ...authed } = user;
    res.locals.user = authed satisfies AuthedUser;
    res.removeHeader('WWW-Authenticate');
    next();
  };
}
