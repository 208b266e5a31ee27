import type { Db } from '../../runtime/db';

/** The first active user with `role` up `userId`'s reporting line, else any active one. */
export async function upTheLine(db: Db, userId: string, role: 'supervisor' | 'executive'): Promise<string | undefined> {
  let next: string | null = userId;
  for (let hops = 0; next && hops < 20; hops++) {
    const user: { id: string; role: string; active: boolean; supervisorId: string | null } | null = await db.user.findUnique({
      where: { id: next },
      select: { id: true, role: true, active: true, supervisorId: true },
    });
    if (!user) break;
    if (user.id !== userId && user.active && user.role === role) return user.id;
    next = user.supervisorId;
  }
  return (await db.user.findFirst({ where: { role, active: true }, orderBy: { createdAt: 'asc' }, select: { id: true } }))?.id;
}
