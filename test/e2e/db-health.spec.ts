import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { flipBitInIndex } from '../helpers/damage.js';
import { describeViolation, isBlocking, runAxe } from './axe.js';
import { apiFor, expect, startHost, test } from './fixtures.js';

/**
 * Bit flips in an index: quick_check at open passes, so the app starts as usual; the full check it
 * runs in idle time finds the damage, and the main window says so in a banner whose link leads to
 * the recovery choices. CONVENE_SCREENSHOTS=DIR also saves what the user sees.
 */
const out = process.env.CONVENE_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (out) await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
};

const WORDS = {
  'zh-CN': {
    programme: '第一期研讨',
    banner: '数据库检查发现损坏',
    action: '查看恢复选项',
    heading: '数据库检查发现损坏',
    restoreLatest: '恢复最近的备份',
    back: '暂不恢复，返回 Convene',
  },
  en: {
    programme: 'First round of seminars',
    banner: 'The database check found damage',
    action: 'See recovery options',
    heading: 'The database check found damage',
    restoreLatest: 'Restore the latest backup',
    back: 'Not now, back to Convene',
  },
} as const;

/** No serious or critical axe violation on the page as it is. */
async function expectAccessible(page: Page, screen: string) {
  const blocking = (await runAxe(page)).filter(isBlocking).map((v) => describeViolation(screen, v));
  expect(blocking, blocking.join('\n')).toEqual([]);
}

/** A data folder with a programme and a stage, a good at-quit backup, then one bit flipped in an index. */
async function damagedFolder(dataDir: string, request: APIRequestContext, title: string) {
  const first = await startHost(dataDir);
  const api = apiFor(first, request);
  const programme = await api('programme.create', { title });
  await api('stage.create', { programmeId: programme.id, title: '1' });
  await first.stop(); // the at-quit backup: a good one
  const damage = flipBitInIndex(path.join(dataDir, 'convene.db'));
  // The damage this is about: invisible to quick_check, found by integrity_check.
  expect(damage.quickCheck).toEqual(['ok']);
  expect(damage.integrityCheck.join('\n')).toMatch(/missing from index/);
  return fs.readdirSync(path.join(dataDir, 'backups')).sort();
}

for (const locale of ['zh-CN', 'en'] as const) {
  const words = WORDS[locale];
  test.describe(`a damaged index (${locale})`, () => {
    test.use({ locale: locale === 'en' ? 'en-US' : 'zh-CN' });

    test(`the app starts, a banner says the check found damage, and its link leads to recovery (${locale})`, async ({ page, request, dataDir }) => {
      const goodBackups = await damagedFolder(dataDir, request, words.programme);
      const host = await startHost(dataDir);
      try {
        await page.goto(host.url);
        // Not blocked: the home screen with the data, and the banner once the idle check answers.
        await expect(page.getByRole('link', { name: words.programme })).toBeVisible();
        const banner = page.getByRole('alert').filter({ hasText: words.banner });
        await expect(banner).toBeVisible();
        await shot(page, `${locale}-health-banner`);
        await expectAccessible(page, 'home with the damage banner');

        // It stays on every screen of the main window.
        await page.getByRole('link', { name: words.programme }).click();
        await expect(page.getByRole('heading', { level: 1, name: words.programme })).toBeVisible();
        await expect(banner).toBeVisible();

        await banner.getByRole('link', { name: words.action }).click();
        await expect(page.getByRole('heading', { level: 1, name: words.heading })).toBeFocused();
        await expect(page.getByText('missing from index')).toBeVisible();
        await expect(page.getByRole('button', { name: words.restoreLatest })).toBeVisible();
        await shot(page, `${locale}-health-recovery`);
        await expectAccessible(page, 'recovery of a damaged database');

        if (locale === 'en') {
          // "Not now": back to the app, and the banner is still there.
          await page.getByRole('link', { name: words.back }).click();
          await expect(page.getByRole('link', { name: words.programme })).toBeVisible();
          await expect(banner).toBeVisible();
          // Stopping `serve` (Ctrl+C) checks again and keeps the damaged copy apart from the good backups.
          await host.stop();
          expect(fs.readdirSync(path.join(dataDir, 'backups')).sort()).toEqual([...goodBackups, 'damaged-at-quit.db'].sort());
          return;
        }
        await page.getByRole('button', { name: words.restoreLatest }).click();
        // The screen says "restored" for 1.5 s, then reloads on the home screen of the restored data
        // (not asserted: a slow machine may only see the reloaded page); the new check finds it healthy.
        await expect(page).toHaveURL(/#\/$/);
        await expect(page.getByRole('link', { name: words.programme })).toBeVisible();
        const api = apiFor(host, request);
        await expect.poll(async () => (await api('db.health', {})).state).toBe('ok');
        await expect(banner).toHaveCount(0);
        const kept = fs.readdirSync(dataDir).filter((name) => /^convene\.db\.damaged-[^.]+$/.test(name) && !/-(wal|shm)$/.test(name));
        expect(kept).toHaveLength(1);
      } finally {
        await host.stop();
      }
    });
  });
}
