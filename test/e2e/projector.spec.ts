import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { apiOf, clockOf, startClockHost, type ClockHost } from './run-host.js';

/**
 * The projector: its own route, readable from a second browser context with the token URL, in the
 * programme's language whatever the UI's, following the run through change events with no flash
 * between states, at 16:9 and at 4:3; blank and break screens; opened from the Run view as a window
 * that inherits the tab's access.
 */

const SESSION = 'sample-en-1-session-leadership_seminar';
const START = '2027-01-11T01:00:00.000Z'; // 09:00 in Asia/Shanghai

let dataDir: string;
let host: ClockHost;
test.beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-projector-'));
  host = await startClockHost(dataDir, START);
});
// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  await host.stop();
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('convene-serve.log', { body: host.log(), contentType: 'text/plain' });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Fails the test if the projector ever falls back to its loading screen (a flash) after `start`. */
async function watchForFlashes(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { flashes: string[] };
    w.flashes = [];
    new MutationObserver(() => {
      const main = document.querySelector('main.projector');
      if (!main || main.classList.contains('projector-message')) w.flashes.push(main?.textContent ?? '(nothing)');
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return async () => page.evaluate(() => (window as unknown as { flashes: string[] }).flashes);
}

async function fitsTheScreen(page: Page) {
  const overflow = await page.evaluate(() => ({
    x: document.documentElement.scrollWidth - window.innerWidth,
    y: document.documentElement.scrollHeight - window.innerHeight,
  }));
  expect(overflow.x).toBeLessThanOrEqual(0);
  expect(overflow.y).toBeLessThanOrEqual(0);
  const viewport = page.viewportSize()!;
  for (const id of ['projector-speaker', 'projector-countdown', 'projector-item']) {
    const box = await page.getByTestId(id).boundingBox();
    expect(box, id).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height + 1);
  }
}

test('a second browser shows the projector in the programme language and follows the run live', async ({ browser, request }) => {
  const api = apiOf(host, request);
  const advance = clockOf(host, request);
  // The UI speaks Chinese; the programme (the English sample) is in English: so does its projector.
  await api('settings.update', { language: 'zh-CN' });
  await api('sample.load', { locale: 'en' });
  await api('run.start', { sessionId: SESSION });

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const projector = await context.newPage();
  await projector.goto(`${host.url}#/projector/${SESSION}`);
  await expect(projector.getByText('The session will begin shortly')).toBeVisible();
  await expect(projector.locator('main.projector')).toHaveAttribute('lang', 'en');
  // The token left the address bar (it is not shown on the big screen), and no editing control exists.
  expect(projector.url()).not.toContain('token=');
  await expect(projector.getByRole('button')).toHaveCount(0);
  await expect(projector.getByRole('textbox')).toHaveCount(0);
  const flashes = await watchForFlashes(projector);

  // Each change shows without a reload: the first item (a presentation, so its presenter), then the round.
  await api('run.next', { sessionId: SESSION });
  await expect(projector.getByTestId('projector-item')).toContainText('Strategic vision');
  await expect(projector.getByText('Presenter', { exact: true })).toBeVisible();
  await expect(projector.getByTestId('projector-speaker')).toHaveText('Jiang Chen');
  await expect(projector.getByTestId('projector-following').getByRole('listitem').first()).toContainText('09:45');

  const state = await api('run.state', { sessionId: SESSION });
  const round = state.upcomingItems.find((i) => i.kind === 'statements')!;
  await api('run.startItem', { sessionId: SESSION, itemId: round.id });
  const queue = round.speakers.map((s) => s.person!.name);
  for (const name of queue) {
    await api('run.next', { sessionId: SESSION });
    await expect(projector.getByTestId('projector-speaker')).toHaveText(name);
    await expect(projector.getByText('Speaking', { exact: true })).toBeVisible();
  }
  await expect(projector.getByText('Time left', { exact: true })).toBeVisible();
  await fitsTheScreen(projector);

  // Over time, in English, in red.
  const last = state.upcomingItems.find((i) => i.id === round.id)!.speakers.at(-1)!;
  await advance(last.plannedSeconds + 75);
  await expect(projector.getByTestId('projector-countdown')).toHaveAttribute('data-tone', 'over');
  await expect(projector.getByText('Over time', { exact: true })).toBeVisible();
  await expect(projector.getByTestId('projector-countdown')).toContainText(/\+0[12]:\d\d/);

  // 4:3 reads too.
  await projector.setViewportSize({ width: 1024, height: 768 });
  await fitsTheScreen(projector);

  // Blank, break with its return time (in the programme's language), back to live.
  await api('run.projector', { sessionId: SESSION, mode: 'blank' });
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-mode', 'blank');
  await expect(projector.getByTestId('projector')).toHaveText('');
  await api('run.projector', { sessionId: SESSION, mode: 'break', breakUntil: '2027-01-11T02:30:00.000Z' });
  await expect(projector.getByText('Break', { exact: true })).toBeVisible();
  await expect(projector.getByTestId('break-until')).toHaveText('We resume at 10:30');
  await api('run.projector', { sessionId: SESSION, mode: 'live' });
  await expect(projector.getByTestId('projector-speaker')).toHaveText(queue.at(-1)!);

  expect(await flashes()).toEqual([]);
  await context.close();
});

test('Open projector from the Run view opens a window that inherits the tab’s access', async ({ page, request }) => {
  const api = apiOf(host, request);
  await api('settings.update', { language: 'zh-CN' });
  await api('sample.load', { locale: 'zh-CN' });
  const session = 'sample-zh-1-session-leadership_seminar';
  await api('run.start', { sessionId: session });
  await api('run.next', { sessionId: session });

  await page.goto(`${host.url}#/sessions/${session}/run`);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: '打开投影画面' }).click()]);
  await expect(popup.getByTestId('projector')).toHaveAttribute('data-mode', 'live');
  await expect(popup.getByTestId('projector-item')).toContainText('战略愿景与关键路径');
  await expect(popup.getByText('报告人', { exact: true })).toBeVisible();

  // The chair blanks it from the Run view; it follows.
  await page.getByRole('button', { name: '黑屏' }).click();
  await expect(popup.getByTestId('projector')).toHaveAttribute('data-mode', 'blank');
  await expect(page.getByTestId('projector-mode')).toHaveText('投影当前显示：黑屏');
});

test('the Projector link in the session tabs opens a tab that has access, in zh-CN and en', async ({ page, request }) => {
  const api = apiOf(host, request);
  await api('settings.update', { language: 'zh-CN' });
  await api('sample.load', { locale: 'zh-CN' });
  const session = 'sample-zh-1-session-leadership_seminar';
  await page.goto(`${host.url}#/sessions/${session}`);
  const tabs = page.getByRole('navigation', { name: '研讨会各环节' });
  const [zh] = await Promise.all([page.waitForEvent('popup'), tabs.getByRole('link', { name: '投影' }).click()]);
  // The projector view with the agenda, not "connecting…" for ever.
  await expect(zh.getByText('会议即将开始')).toBeVisible();
  await expect(zh.getByTestId('projector-following')).toContainText('战略愿景与关键路径');
  // The access came in the URL and left the address bar at once, as in the first tab.
  expect(zh.url()).not.toContain('token=');
  expect(zh.url()).toContain(`#/projector/${session}`);
  expect(page.url()).not.toContain('token=');
  await zh.close();

  await api('settings.update', { language: 'en' });
  await page.reload();
  const [en] = await Promise.all([page.waitForEvent('popup'), page.getByRole('navigation', { name: 'Parts of this session' }).getByRole('link', { name: 'Projector' }).click()]);
  await expect(en.getByTestId('projector-following')).toContainText('战略愿景与关键路径');
  expect(en.url()).not.toContain('token=');
});
