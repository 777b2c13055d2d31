import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.js';

/**
 * Screenshots of the main screens in both languages, to look at (not compared): run with
 * CONVENE_SCREENSHOTS=DIR (e.g. /tmp/shots). With CONVENE_README_SCREENSHOT=1 it also refreshes
 * docs/screenshot.png (the sample programme in Chinese).
 */
const out = process.env.CONVENE_SCREENSHOTS;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test.skip(!out, 'screenshots only when CONVENE_SCREENSHOTS=DIR is set');

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`screens in ${locale}`, () => {
    test.use({ locale: locale === 'en' ? 'en-US' : 'zh-CN' });

    test(`home, programme, settings, trash (${locale})`, async ({ page, appUrl, api }) => {
      const shot = (name: string, fullPage = true) => page.screenshot({ path: path.join(out!, `${locale}-${name}.png`), fullPage });
      await page.goto(appUrl);
      await expect(page.locator('h1')).toBeVisible();
      await shot('home-empty');

      const { programmeId } = await api('sample.load', { locale });
      await api('programme.create', { title: locale === 'en' ? 'Annual assessment reform' : '年度考核评价体系改革', description: '' });
      await page.reload();
      await expect(page.locator('.programme-card')).toHaveCount(2);
      await shot('home');

      await page.goto(`${new URL(appUrl).origin}/#/programmes/${programmeId}`);
      await expect(page.locator('.stage-card').first()).toBeVisible();
      await shot('programme');
      await page.setViewportSize({ width: 1280, height: 800 });
      if (locale === 'zh-CN' && process.env.CONVENE_README_SCREENSHOT) {
        await page.screenshot({ path: path.join(ROOT, 'docs', 'screenshot.png') });
      }
      await page.locator('.stage-card').first().getByRole('button', { name: locale === 'en' ? 'New session' : '新建研讨会' }).click();
      await page.locator('.stage-card').first().getByRole('button', { name: locale === 'en' ? 'Create and open' : '创建并打开' }).click();
      await shot('programme-new-session-invalid');

      await page.goto(`${new URL(appUrl).origin}/#/settings`);
      await expect(page.locator('.facts')).toBeVisible();
      await page.getByRole('button', { name: locale === 'en' ? 'Back up now' : '立即备份' }).click();
      await expect(page.locator('.table tbody tr')).toHaveCount(1);
      await shot('settings');
      await page.getByRole('radio', { name: locale === 'en' ? 'Dark' : '深色' }).check();
      await page.goto(`${new URL(appUrl).origin}/#/programmes/${programmeId}`);
      await expect(page.locator('.stage-card').first()).toBeVisible();
      await shot('programme-dark', false);
      await page.goto(`${new URL(appUrl).origin}/#/settings`);
      await shot('settings-dark', false);

      const list = await api('programme.list', {});
      const other = list.find((p) => p.id !== programmeId)!;
      await api('programme.delete', { id: other.id });
      await page.goto(`${new URL(appUrl).origin}/#/trash`);
      await expect(page.locator('.table tbody tr')).toHaveCount(1);
      await shot('trash-dark', false);
    });
  });
}
