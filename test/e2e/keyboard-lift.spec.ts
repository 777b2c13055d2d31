import { expect, test } from './fixtures.js';

/**
 * Keys pressed the moment a card is lifted are not lost (issue 0/7: dnd-kit's keyboard sensor began
 * listening one timer task after the lift, and an arrow pressed before that reached the card and was
 * dropped; on a busy machine the board test failed with an empty announcer). Here ↓ follows Space
 * within one task, after React has drawn the lift (microtasks) but before any timer can run, which
 * is what Chromium does with input queued behind a lift: only a sensor that listens at once moves
 * the card. Starts from an empty data folder.
 */
for (const locale of ['zh-CN', 'en'] as const) {
  test(`an arrow pressed right after Space (before any timer) moves the lifted card (${locale})`, async ({ page, appUrl, api }) => {
    await api('settings.update', { language: locale });
    const { id: programmeId } = await api('programme.create', { title: locale === 'en' ? 'Rollout' : '战略研讨' });
    const first = await api('action.create', { programmeId, title: locale === 'en' ? 'Draft the support policy' : '起草扶持政策' });
    const second = await api('action.create', { programmeId, title: locale === 'en' ? 'Survey the enterprises' : '调研重点企业' });

    await page.goto(appUrl);
    await page.evaluate((id) => (location.hash = `#/programmes/${id}/board`), programmeId);
    const cards = page.getByTestId('column-proposed').getByTestId('action-card');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toHaveAttribute('data-card-id', first.id);
    await cards.nth(0).focus();
    await expect(cards.nth(0)).toBeFocused();

    await page.evaluate(async () => {
      const key = (code: string, key: string) =>
        document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }));
      key('Space', ' ');
      // React commits the lift in a microtask; a timer (the old sensor's) would run only after this task.
      for (let i = 0; i < 5; i++) await Promise.resolve();
      if (!document.querySelector('.action-card.lifted')) throw new Error('the lift was not drawn within the task');
      key('ArrowDown', 'ArrowDown');
    });
    await expect(page.getByTestId('announcer')).toContainText(locale === 'en' ? 'Draft the support policy' : '起草扶持政策');
    await page.keyboard.press('Space');

    await expect(cards.nth(1)).toHaveAttribute('data-card-id', first.id);
    await expect(cards.nth(0)).toHaveAttribute('data-card-id', second.id);
    await expect(page.locator(`[data-card-id="${first.id}"]`)).toBeFocused();
    await expect.poll(async () => (await api('action.get', { id: first.id })).boardPosition).toBeGreaterThan((await api('action.get', { id: second.id })).boardPosition);
  });
}
