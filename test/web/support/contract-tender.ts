import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { hashPassword } from '../../../api/auth/password';
import type { TestApp } from '../../support/app';

/** Gives a user made by the API fixtures a password, so they can sign in through the browser. */
export async function withPassword<U extends { id: string; email: string }>(app: TestApp, user: U): Promise<U & { password: string }> {
  const password = `pw-${randomUUID()}`;
  await app.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return { ...user, password };
}

/** Picks `option` in the antd select labelled `label`. */
export async function choose(page: Page, label: string | RegExp, option: string) {
  await page.getByLabel(label).click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Confirms the open Modal.confirm. */
export async function confirmModal(page: Page) {
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
}
