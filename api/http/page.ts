import { z } from 'zod';
import { invalid } from './problem';

/** Keyset pagination over (instant, id), newest first unless asked otherwise. The cursor is opaque to clients. */
export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
};

export interface Keyset {
  at: Date;
  id: string;
}

export const encodeCursor = (k: Keyset) => Buffer.from(JSON.stringify([k.at.toISOString(), k.id])).toString('base64url');

export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (!cursor) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    const date = new Date(at);
    if (!z.uuid().safeParse(id).success || Number.isNaN(date.getTime())) throw new Error();
    return { at: date, id };
  } catch {
    throw invalid([{ field: 'query.cursor', message: 'not a cursor this API returned' }]);
  }
}

/** Fetches one row more than asked, to know whether another page exists. */
export function pageOf<T>(rows: T[], limit: number, key: (row: T) => Keyset) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(key(items[items.length - 1])) : null };
}

export const after = (field: string, k: Keyset | undefined, order: 'desc' | 'asc' = 'desc') => {
  const beyond = order === 'desc' ? 'lt' : 'gt';
  return k ? { OR: [{ [field]: { [beyond]: k.at } }, { [field]: k.at, id: { [beyond]: k.id } }] } : {};
};

export const pageSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
