import type { Locator, Page } from 'playwright-core';

export const column = (page: Page, stage: string) => page.locator(`section[data-stage="${stage}"]`);
export const cardIn = (page: Page, stage: string, title: string) => column(page, stage).locator('[data-deal-id]', { hasText: title });

/** Drags with the mouse as a person does: press, move a little (dnd-kit starts after a few pixels), travel, release. */
export async function dragCard(page: Page, card: Locator, stage: string) {
  // Grabbed by its days-in-stage line, away from the title link and the buttons.
  const from = await card.getByText(/本阶段|in stage/).boundingBox();
  const to = await column(page, stage).boundingBox();
  if (!from || !to) throw new Error('card or column not on screen');
  const [x, y] = [from.x + 10, from.y + from.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 12, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 16 });
  await page.mouse.up();
}

/** The keyboard's and the mouse's alternative to a drag: the card's own "Move to…" menu. */
export async function moveByMenu(page: Page, card: Locator, stageLabel: string) {
  await card.getByRole('button', { name: /移动到|Move to/ }).click();
  await page.getByRole('menuitem', { name: stageLabel }).click();
}
