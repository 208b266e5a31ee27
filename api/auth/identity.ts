import type { Role } from '../../prisma/generated/enums';

/** Who is calling, however they proved it (a session cookie or a personal API token): every route checks this one thing. */
export interface AuthedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  supervisorId: string | null;
  locale: string;
  timezone: string;
}

export const USER_IDENTITY = { id: true, name: true, email: true, role: true, supervisorId: true, locale: true, timezone: true, active: true } as const;

export const identityOf = ({ active: _active, ...user }: AuthedUser & { active: boolean }): AuthedUser => user;
