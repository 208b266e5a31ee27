import type { Locator, Page } from 'playwright-core';
import { hashPassword } from '../../../api/auth/password';
import type { TestApp } from '../../support/app';
import { dealInNegotiation, signedContract } from '../../support/contract-scene';
import { userWithPassword } from '../../support/session';

/** Gives a user made by a scene a password to sign in with, and Chinese as their language. */
export async function signingIn<U extends { id: string; email: string }>(app: TestApp, user: U) {
  const password = `pw-${user.id}`;
  await app.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password), locale: 'zh-CN' } });
  return { ...user, password };
}

/**
 * A contract signed ten minutes ago, so acceptance may be signed now, with its service engineer
 * (who reports to the deal's supervisor) and its rep able to sign in.
 */
export async function signedForService(app: TestApp, title: string) {
  const s = await dealInNegotiation(app, title);
  const engineer = await userWithPassword(app, 'service', { supervisorId: s.supervisor.id, locale: 'zh-CN' });
  const contract = await signedContract(
    app,
    s,
    { amount: '100000' },
    { implementationLeadId: engineer.id, signedAt: new Date(Date.now() - 10 * 60_000).toISOString() },
  );
  return { ...s, rep: await signingIn(app, s.rep), engineer, contract };
}

/** A wall-clock time in Shanghai, as the pickers take it: "2026-12-03 16:20". */
export const shanghaiTime = (at = new Date()) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(at);

/** The row of a table that names `text`. */
export const rowOf = (scope: Page | Locator, text: string): Locator => scope.locator('tr.ant-table-row', { hasText: text });
