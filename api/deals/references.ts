import type { ProcessDefinition } from '../../process';
import type { Db } from '../../runtime/db';
import { DEAL_OWNER_ROLES } from '../auth/policy';
import type { FieldError } from '../http/problem';

/**
 * Facts that name records must name real ones; a workflow cannot look, so the API does.
 * Call it only with facts that passed their schema: the ids are then well-formed.
 */
export async function checkFactReferences(
  db: Db,
  def: ProcessDefinition,
  accountId: string,
  facts: Record<string, unknown>,
  at: string,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(facts)) {
    const kind = def.facts.get(key)?.references;
    if (!kind || !Array.isArray(value) || value.length === 0) continue;
    const ids = value as string[];
    const found =
      kind === 'contact'
        ? await db.contact.findMany({ where: { id: { in: ids }, accountId }, select: { id: true } })
        : await db.user.findMany({ where: { id: { in: ids }, active: true }, select: { id: true } });
    const known = new Set(found.map((r) => r.id));
    ids.forEach((id, i) => {
      if (!known.has(id))
        errors.push({ field: `${at}.${key}.${i}`, message: kind === 'contact' ? 'no such contact at this deal’s account' : 'no such active user' });
    });
  }
  return errors;
}

export async function checkOwner(db: Db, ownerId: string): Promise<FieldError[]> {
  const owner = await db.user.findUnique({ where: { id: ownerId }, select: { role: true, active: true } });
  if (!owner || !owner.active) return [{ field: 'body.ownerId', message: 'no such active user' }];
  return DEAL_OWNER_ROLES.includes(owner.role)
    ? []
    : [{ field: 'body.ownerId', message: `a ${owner.role} cannot own deals; owners are ${DEAL_OWNER_ROLES.join(', ')}` }];
}
