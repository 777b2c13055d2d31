import type { Page } from '@playwright/test';
import { expect, test, type Api } from './fixtures.js';

/**
 * Restoring from the Trash screen is the same as each thing's own Undo (main/core/entities.ts): a
 * task restored from the Trash has "restored from the trash" in its history and comes back at the end
 * of its column, as the board's Undo puts it; an agenda item comes back to the place it had (its position when deleted), as Undo puts it. Starts from
 * an empty data folder; the programme, session, tasks and items are set up through the API, and
 * everything under test (delete, restore, what the user then sees) is done and read through the UI.
 * CONVENE_SCREENSHOTS=DIR saves screenshots to look at.
 */

const shots = process.env.CONVENE_SCREENSHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/trash-restore-${name}.png`, fullPage: true });
}

async function seedSession(api: Api) {
  const programme = await api('programme.create', { title: '清源县' });
  const stage = await api('stage.create', { programmeId: programme.id, title: '专题研讨' });
  const session = await api('session.create', {
    stageId: stage.id,
    title: '第一轮',
    sittings: [{ date: '2027-01-11', startTime: '09:00', endTime: '12:00' }],
  });
  return { programme, session };
}

test('a task restored from the Trash has its history line and comes back at the end of its column', async ({ page, appUrl, api }) => {
  const { programme, session } = await seedSession(api);
  for (const title of ['起草认定办法', '设立产业基金', '人才公寓选址']) await api('action.create', { sessionId: session.id, title });
  const board = `${appUrl}#/programmes/${programme.id}/board`;
  const cards = page.getByTestId('column-proposed').getByTestId('action-card');

  await page.goto(board);
  await expect(cards).toHaveText([/起草认定办法/, /设立产业基金/, /人才公寓选址/]);
  await cards.filter({ hasText: '起草认定办法' }).click();
  await page.getByTestId('action-panel').getByRole('button', { name: '删除任务' }).click();
  await expect(cards).toHaveText([/设立产业基金/, /人才公寓选址/]);

  await page.getByRole('link', { name: '回收站' }).click();
  await page.getByRole('button', { name: '恢复“起草认定办法”' }).click();
  await expect(page.getByRole('heading', { name: '回收站是空的' })).toBeVisible();

  await page.goto(board);
  await expect(cards).toHaveText([/设立产业基金/, /人才公寓选址/, /起草认定办法/]);
  await cards.filter({ hasText: '起草认定办法' }).click();
  const history = page.getByTestId('action-panel').getByTestId('history');
  await history.locator('summary').click();
  await expect(history.getByTestId('history-entry').first()).toHaveAttribute('data-field', 'restored');
  await expect(history.getByTestId('history-entry').first()).toContainText('从回收站恢复');
  await expect(history.locator('[data-field="deleted"]')).toContainText('删除任务');
  await shot(page, 'task-history-zh');
});

test('an agenda item restored from the Trash goes back to its place, in English', async ({ page, appUrl, api }) => {
  await api('settings.update', { language: 'en' });
  const { session } = await seedSession(api);
  for (const title of ['Opening', 'Report', 'Discussion', 'Summary']) {
    await api('agenda.create', { sessionId: session.id, kind: 'discussion', title, plannedMinutes: 10 });
  }
  const agenda = `${appUrl}#/sessions/${session.id}/agenda`;
  const items = page.getByTestId('agenda-item');

  await page.goto(agenda);
  await expect(items).toHaveText([/Opening/, /Report/, /Discussion/, /Summary/]);
  await page.getByRole('button', { name: 'Delete “Report”' }).click();
  await expect(items).toHaveText([/Opening/, /Discussion/, /Summary/]);
  // Meanwhile Summary moves to the top: the rest are renumbered, and a stale position would show.
  await page.getByRole('button', { name: 'Move “Summary”' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items).toHaveText([/Opening/, /Summary/, /Discussion/]);
  await expect(page.getByRole('button', { name: 'Move “Summary”' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items).toHaveText([/Summary/, /Opening/, /Discussion/]);

  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Restore “Report”' }).click();
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();

  // Back at its old place, the second, as Undo puts it.
  await page.goto(agenda);
  await expect(items).toHaveText([/Summary/, /Report/, /Opening/, /Discussion/]);
  await shot(page, 'agenda-en');
});
