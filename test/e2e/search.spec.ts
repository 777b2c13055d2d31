import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/**
 * Search on the sample workshop, keyboard first: `/` opens it from any page, `营商环境` (the trigram
 * index) and the two-character `人才` (the short-query fallback) find the sample's notes with their
 * matches marked, arrows walk the results and Enter follows one to its session. A note whose text
 * looks like HTML shows as text. Then English. CONVENE_SCREENSHOTS=DIR also saves screenshots.
 */
const shots = process.env.CONVENE_SCREENSHOTS;

async function loadSample(page: Page, appUrl: string, locale: 'zh-CN' | 'en'): Promise<string> {
  const url = new URL(appUrl);
  const response = await page.request.post(`${url.origin}/api/call/sample.load`, {
    headers: { 'X-Convene-Token': url.searchParams.get('token') ?? '' },
    data: { locale },
  });
  const body = (await response.json()) as { ok: boolean; value: { programmeId: string } };
  expect(body.ok).toBe(true);
  return body.value.programmeId;
}

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

const group = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

test('search: / opens it, 营商环境 and 人才 find the sample notes highlighted, Enter follows a hit', async ({ page, appUrl, api }) => {
  await api('settings.update', { language: 'zh-CN' });
  await loadSample(page, appUrl, 'zh-CN');
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // `/` from a page (not typing anywhere) opens search with the cursor in the box.
  await page.locator('body').press('/');
  await expect(page).toHaveURL(/#\/search$/);
  const box = page.getByRole('searchbox', { name: '搜索内容' });
  await expect(box).toBeFocused();
  await expect(page.getByText('一两个字也能搜')).toBeVisible();

  // --- Three or more characters: the full-text index.
  await page.keyboard.type('营商环境');
  await expect(page.getByRole('status').filter({ hasText: /找到 \d+ 条结果/ })).toBeVisible();
  const notes = group(page, '记录');
  await expect(notes.getByRole('listitem')).toHaveCount(2);
  await expect(notes.locator('mark').first()).toHaveText('营商环境');
  await expect(notes.getByRole('link', { name: /林卫东的发言/ })).toContainText('优化营商环境要从企业最常跑的事项改起');
  await expect(notes.getByRole('link', { name: /林卫东的发言/ })).toHaveAttribute(
    'href',
    '#/sessions/sample-zh-1-session-business_environment/capture?note=sample-zh-1-note-s2_lin_approval',
  );
  const sessions = group(page, '研讨会');
  await expect(sessions.getByRole('link', { name: /专题研讨会：优化营商环境，构建创新生态/ })).toBeVisible();
  await expect(sessions.locator('mark').first()).toHaveText('营商环境');
  await expect(page).toHaveURL(/#\/search\?q=/);
  await shot(page, 'zh-CN-search');

  // --- Two characters: the fallback still finds and marks them.
  await box.fill('人才');
  await expect(notes.getByRole('link', { name: /曾庆丰的发言/ })).toContainText('引进人才光靠一次性安家补贴不够');
  const marks = notes.locator('mark');
  expect(await marks.count()).toBeGreaterThanOrEqual(3);
  for (const text of await marks.allTextContents()) expect(text).toBe('人才');
  await shot(page, 'zh-CN-search-two-characters');

  // --- Nothing found: says so, and that short searches work.
  await box.fill('量子计算机');
  await expect(page.getByRole('heading', { name: '没有找到“量子计算机”' })).toBeVisible();
  await expect(page.getByText('换个说法试试，或减少关键词。一两个字也能搜。')).toBeVisible();
  await shot(page, 'zh-CN-search-none');

  // --- Keyboard: arrows from the box into the results, Enter follows the session hit.
  await box.fill('营商环境');
  await expect(notes.getByRole('listitem')).toHaveCount(2);
  await box.press('ArrowDown');
  await expect(notes.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(sessions.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(notes.getByRole('link').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/sessions\/sample-zh-1-session-business_environment$/);
  await expect(page.getByRole('heading', { level: 1, name: '专题研讨会：优化营商环境，构建创新生态' })).toBeVisible();

  // Back returns to the same results; Ctrl+K focuses the box again.
  await page.goBack();
  await expect(box).toHaveValue('营商环境');
  await expect(notes.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('heading', { level: 1, name: '搜索' }).click();
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();

  // Escape clears the box.
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(notes).toHaveCount(0);

  // --- A note that looks like HTML is shown as text, never as markup; a new note is found at once.
  await api('note.create', {
    sessionId: 'sample-zh-1-session-business_environment',
    category: 'idea',
    text: '<img src=x onerror="window.__pwned=1"><b>营商环境</b>评价要公开',
  });
  await box.fill('评价要公开');
  const hit = notes.getByRole('listitem');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('pwned=1"><b>营商环境</b>评价要公开');
  await expect(hit.locator('img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('search in English, and the Search link in the navigation', async ({ page, appUrl, api }) => {
  await api('settings.update', { language: 'en' });
  await loadSample(page, appUrl, 'en');
  await page.goto(appUrl);
  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search for' });
  await expect(box).toBeFocused();
  await box.fill('talent');
  const notes = group(page, 'Notes');
  await expect(notes.getByRole('link', { name: /Zeng Qingfeng said/ }).first()).toBeVisible();
  await expect(notes.locator('mark').first()).toHaveText(/talent/i);
  await expect(page.getByRole('status').filter({ hasText: /\d+ results?/ })).toBeVisible();
  await box.fill('business environment');
  await expect(notes.getByRole('listitem')).toHaveCount(2);
  await shot(page, 'en-search');
  if (shots) {
    await api('settings.update', { theme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await shot(page, 'en-search-dark');
  }
  await box.fill('qq');
  await expect(page.getByRole('heading', { name: 'Nothing found for “qq”' })).toBeVisible();
});
