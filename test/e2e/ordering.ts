import type { Locator, Page } from '@playwright/test';

/** Helpers for the directory's protocol order (排序), shared by the specs that reorder people or units. */

/** The names in the directory's rows, top to bottom. */
export const rowNames = (page: Page) => page.getByTestId('ordered-row').getByRole('rowheader');

/** Drags `handle` onto the middle of `target` with the mouse, in steps, as a hand would. */
export async function drag(page: Page, handle: Locator, target: Locator) {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 3 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
}
