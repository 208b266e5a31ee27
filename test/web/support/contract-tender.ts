import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { hashPassword } from '../../../api/auth/password';
import type { TestApp } from '../../support/app';
import { confirmIn } from './browser';

/** Gives a user made by the API fixtures a password and Chinese, so they can sign in through the browser and read zh-CN. */
export async function withPassword<U extends { id: string; email: string }>(app: TestApp, user: U): Promise<U & { password: string }> {
  const password = `pw-${randomUUID()}`;
  await app.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password), locale: 'zh-CN' } });
  return { ...user, password };
}

/** Confirms the open Modal.confirm. */
export async function confirmModal(page: Page) {
  await confirmIn(page, page.locator('.ant-modal-confirm'), /确\s*定|OK/);
}

/** Opens a tab of the deal page. */
export async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}
