import { ApplicationFailure } from '@temporalio/common';
import { LOCALES, type Locale } from '../../process';
import type { Db } from '../../runtime/db';

export interface Person {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  timeZone: string;
  /** A customer's contact, not one of our users. */
  customer?: true;
}

/** Whom an email goes to: contacts (customers) and users in "to", users in "cc". */
export interface RecipientIds {
  toContacts: string[];
  to: string[];
  cc: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Contacts have no language or time zone of their own yet. */
const CONTACT_READS = { locale: 'zh-CN', timeZone: 'Asia/Shanghai', customer: true } as const;

/**
 * The rows behind ids, by id. An id that names no row fails for good: retrying will not make it appear.
 */
async function rowsById<Row extends { id: string }>(
  key: string,
  kind: 'user' | 'contact',
  ids: string[],
  find: (ids: string[]) => Promise<Row[]>,
): Promise<Map<string, Row>> {
  const wanted = [...new Set(ids)];
  const byId = new Map((await find(wanted.filter((id) => UUID.test(id)))).map((row) => [row.id, row]));
  const unknown = wanted.filter((id) => !byId.has(id));
  if (unknown.length > 0) throw ApplicationFailure.nonRetryable(`email ${key}: no ${kind} with id ${unknown.join(', ')}`, 'UnknownRecipient');
  return byId;
}

/**
 * The people behind an email's ids: `to` is the contacts then the users, each in the order given;
 * `cc` leaves out anyone already in `to`. Unknown ids, and a contact without an email address, fail for good.
 */
export async function findRecipients(db: Db, key: string, ids: RecipientIds): Promise<{ to: Person[]; cc: Person[] }> {
  if (ids.toContacts.length + ids.to.length === 0) throw ApplicationFailure.nonRetryable(`email ${key}: no recipient in "to"`, 'NoRecipient');
  const [contacts, users] = await Promise.all([
    rowsById(key, 'contact', ids.toContacts, (wanted) => db.contact.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, email: true } })),
    rowsById(key, 'user', [...ids.to, ...ids.cc], (wanted) =>
      db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, email: true, locale: true, timezone: true } }),
    ),
  ]);

  const contact = (id: string): Person => {
    const { email, ...rest } = contacts.get(id)!;
    if (!email) throw ApplicationFailure.nonRetryable(`email ${key}: contact ${rest.name} (${id}) has no email address`, 'NoRecipient');
    return { ...rest, email, ...CONTACT_READS };
  };
  const user = (id: string): Person => {
    const { timezone, locale, ...rest } = users.get(id)!;
    return { ...rest, timeZone: timezone, locale: (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'zh-CN' };
  };
  const to = [...new Set(ids.to)];
  return {
    to: [...[...new Set(ids.toContacts)].map(contact), ...to.map(user)],
    cc: [...new Set(ids.cc)].filter((id) => !to.includes(id)).map(user),
  };
}
