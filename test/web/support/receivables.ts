import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestApp } from '../../support/app';
import { type ContractScene, dealInNegotiation, signedContract } from '../../support/contract-scene';
import { eventually } from '../../support/fixtures';

/**
 * A signed contract whose first installment (120,000.00 of 300,000.00) fell due at signing and
 * has been sent its due-date reminder; the second is due years from now.
 */
export async function overdueInstallment(app: TestApp, title: string) {
  const scene: ContractScene = await dealInNegotiation(app, title);
  const contract = await signedContract(app, scene, {
    amount: '300000',
    schedule: [
      { label: 'Down payment', percent: 40, due: { kind: 'after_signing', days: 0 } },
      { label: 'On acceptance', percent: 60, due: { kind: 'after_signing', days: 3650 } },
    ],
  });
  const first = contract.installments[0].id as string;
  await eventually(
    async () =>
      (await scene.contract(contract.id)).history.some(
        (h: { type: string; installmentId: string }) => h.type === 'dunning_sent' && h.installmentId === first,
      ) && (await app.db.installment.count({ where: { id: first, lastRung: { not: null } } })),
    30_000,
  );
  return { scene, contract, first };
}

/** The row of the receivables table that names `text`. */
export const rowOf = (page: Page, text: string): Locator => page.locator('tr.ant-table-row', { hasText: text });

/** That row, once shown: other tests' contracts share the list, so further pages are loaded as a user would. */
export async function shownRow(page: Page, text: string): Promise<Locator> {
  const row = rowOf(page, text);
  const more = page.getByRole('button', { name: /加载更多|Load more/ });
  await expect
    .poll(
      async () => {
        if ((await row.count()) > 0) return true;
        if (await more.isVisible()) await more.click();
        return false;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return row;
}

/** Opens a row's actions menu and picks `action`; the command's form opens in a dialog. */
export async function act(page: Page, row: Locator, action: string): Promise<Locator> {
  await row.getByRole('button', { name: /操作|Actions/ }).click();
  await page.getByRole('menuitem', { name: action }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await dialog.waitFor();
  return dialog;
}

/** Submits a command's dialog and waits for it to close. */
export async function submit(dialog: Locator, action: string) {
  await dialog.getByRole('button', { name: action }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** How the page words a bucket of the ageing as the API has it now, in CNY: "¥120,000.00 (1 笔)". */
export async function bucketInWords(app: TestApp, bucket: string, locale: 'zh-CN' | 'en', less = 0) {
  const ageing = (await app.admin('GET', '/api/v1/receivables/ageing')).body as {
    buckets: Array<{ bucket: string; amounts: Array<{ currency: string; outstanding: string; count: number }> }>;
  };
  const cny = ageing.buckets.find((b) => b.bucket === bucket)!.amounts.find((a) => a.currency === 'CNY')!;
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay: locale === 'zh-CN' ? 'narrowSymbol' : 'symbol' });
  const count = locale === 'zh-CN' ? `${cny.count} 笔` : `${cny.count} installment${cny.count === 1 ? '' : 's'}`;
  return `${money.format(Number(cny.outstanding) - less)} (${count})`;
}
