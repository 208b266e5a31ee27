import { ApplicationFailure } from '@temporalio/common';
import { LOCALES, type Locale } from '../../process';
import type { Db } from '../../runtime/db';

export interface Person {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  timeZone: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The people behind an email's user ids, `to` in the order given, `cc` without anyone already in `to`.
 * An id that names no user fails for good: retrying will not make the user appear.
 */
export async function findRecipients(db: Db, key: string, ids: { to: string[]; cc: string[] }): Promise<{ to: Person[]; cc: Person[] }> {
  if (ids.to.length === 0) throw ApplicationFailure.nonRetryable(`email ${key}: no recipient in "to"`, 'NoRecipient');
  const wanted = [...new Set([...ids.to, ...ids.cc])];
  const users = await db.user.findMany({
    where: { id: { in: wanted.filter((id) => UUID.test(id)) } },
    select: { id: true, name: true, email: true, locale: true, timezone: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const unknown = wanted.filter((id) => !byId.has(id));
  if (unknown.length > 0) throw ApplicationFailure.nonRetryable(`email ${key}: no user with id ${unknown.join(', ')}`, 'UnknownRecipient');

  const person = (id: string): Person => {
    const { timezone, locale, ...user } = byId.get(id)!;
    return { ...user, timeZone: timezone, locale: (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'zh-CN' };
  };
  const to = [...new Set(ids.to)];
  return { to: to.map(person), cc: [...new Set(ids.cc)].filter((id) => !to.includes(id)).map(person) };
}
