import { z } from 'zod';
import { Timestamp } from '../http/formats';
import { Role } from '../../prisma/generated/enums';

export const User = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(Role),
    supervisorId: z.uuid().nullable(),
    locale: z.string(),
    timezone: z.string(),
    workdayStart: z.string(),
    workdayEnd: z.string(),
    active: z.boolean(),
    createdAt: Timestamp,
  })
  .meta({ id: 'User' });

/** The columns a User answer shows; never the password hash. */
export const publicFields = {
  id: true,
  name: true,
  email: true,
  role: true,
  supervisorId: true,
  locale: true,
  timezone: true,
  workdayStart: true,
  workdayEnd: true,
  active: true,
  createdAt: true,
} as const;
