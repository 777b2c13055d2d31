import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { apiOf, clockHostPerTest, setClockTo } from './run-host.js';

/**
 * Due lights on working days, from an empty data folder: a programme and a task made through the
 * UI on Friday 24 January 2025 (the test clock), due "3个工作日内", which on the official calendar
 * crosses Spring Festival (1月28日至2月4日) to Wednesday 5 February: 临期 on the card. The clock moves
 * to 6 February: 已逾期. In English, the same words. Settings: the shipped years (2024–2026) with their
 * notices, the threshold lowered to 2 working days and the card no longer due soon; a year later, 2027
 * missing and entered from text (a bad line named first). CONVENE_SCREENSHOTS=DIR saves screenshots to look at.
 */

// 09:00 in Asia/Shanghai, Friday 24 January 2025.
const START = '2025-01-24T01:00:00.000Z';
const shots = process.env.CONVENE_SCREENSHOTS;

const currentHost = clockHostPerTest('convene-due-', START);

async function shot(page: Page, name: string, fullPage = false) {
  if (shots) await page.screenshot({ path: path.join(shots, `due-${name}.png`), fullPage });
}

const TITLE = '报送节后复工复产方案';
const card = (page: Page) => page.getByTestId('action-card').filter({ hasText: TITLE });

test('临期 and 逾期 counted on working days across Spring Festival; the calendar and threshold in Settings; both languages', async ({ page, request }) => {
  test.setTimeout(120_000);
  const host = currentHost();
  const api = apiOf(host, request);
  const setClock = (iso: string) => setClockTo(host, request, iso);
  await api('settings.update', { language: 'zh-CN' });
  await page.goto(host.url);

  // ---- A programme and a task, through the UI.
  await page.getByRole('button', { name: '新建研讨项目' }).click();
  await expect(page.getByLabel('标题')).toBeFocused();
  await page.keyboard.type('清源县督办事项');
  await page.getByLabel('标题').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '清源县督办事项' })).toBeVisible();
  await page.getByRole('link', { name: '任务看板' }).click();
  await expect(page.getByTestId('quick-add-proposed')).toBeVisible();
  const board = page.url();
  const quick = page.getByTestId('quick-add-proposed');
  await quick.fill(TITLE);
  await quick.press('Enter');
  await expect(card(page)).toBeVisible();

  // ---- The spoken rule in working days: 3 working days from Friday 24 Jan are Sun 26 (调休), Mon 27, Wed 5 Feb.
  await card(page).click();
  const panel = page.getByRole('dialog');
  const rule = panel.getByTestId('due-rule');
  await rule.fill('3个工作日内');
  await expect(panel.getByTestId('due-preview')).toContainText('2025年2月5日');
  await rule.press('Enter');
  await expect(panel.getByTestId('due-current')).toContainText('期限：2025年2月5日');
  await page.keyboard.press('Escape');
  await expect(card(page).getByTestId('due-chip')).toContainText('临期');
  await expect(card(page)).toHaveClass(/due-soon/);
  await expect(card(page)).toHaveAttribute('aria-label', /临期 2025年2月5日/);
  await shot(page, 'soon-zh');

  // ---- A task due in 2027, whose arrangement is not shipped: the board says so and points to Settings.
  const later = '编制督办台账';
  await quick.fill(later);
  await quick.press('Enter');
  await page.getByTestId('action-card').filter({ hasText: later }).click();
  await rule.fill('2027年3月2日前');
  await expect(panel.getByTestId('due-preview')).toContainText('2027年3月2日');
  await rule.press('Enter');
  await expect(panel.getByTestId('due-current')).toContainText('期限：2027年3月2日');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('calendar-notice')).toContainText('2027年的节假日安排尚未录入');
  await expect(page.getByTestId('calendar-notice').getByRole('link', { name: '录入或导入这一年的安排' })).toBeVisible();

  // ---- The clock passes the due date: 已逾期, in words.
  await setClock('2025-02-06T01:00:00.000Z');
  await page.reload();
  await expect(card(page).getByTestId('due-chip')).toContainText('已逾期');
  await expect(card(page)).toHaveClass(/due-overdue/);
  await shot(page, 'overdue-zh');

  // ---- English: the same lights in English words.
  await api('settings.update', { language: 'en' });
  await page.reload();
  await expect(card(page).getByTestId('due-chip')).toContainText('Overdue');
  await setClock(START);
  await page.reload();
  await expect(card(page).getByTestId('due-chip')).toContainText('Due soon');
  await shot(page, 'soon-en');
  await api('settings.update', { language: 'zh-CN' });

  // ---- Settings: the shipped years with their notices; this year and next (2025, 2026) are known.
  await page.reload();
  await page.getByTestId('calendar-notice').getByRole('link', { name: '录入或导入这一年的安排' }).click();
  const years = page.getByTestId('calendar-years');
  await expect(years.getByRole('row', { name: /2025 年/ })).toContainText('国务院办公厅关于2025年部分节假日安排的通知');
  await expect(years.getByRole('row', { name: /2025 年/ })).toContainText('国办发明电〔2024〕12号');
  await expect(years.getByRole('row', { name: /2026 年/ })).toContainText('国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）');
  await expect(years.getByRole('row', { name: /2024 年/ })).toContainText('只读');
  await expect(page.getByTestId('calendar-missing')).toHaveCount(0);
  await shot(page, 'settings-zh', true);

  // ---- The threshold: 2 working days from 24 Jan reach only 27 Jan, so the task is no longer 临期.
  const threshold = page.getByLabel('临期提醒（工作日）');
  await expect(threshold).toHaveValue('3');
  await threshold.fill('2');
  await threshold.press('Enter');
  await expect(page.getByText('临期提醒已改为到期前 2 个工作日。')).toBeVisible();
  await shot(page, 'settings-saved-zh', true);

  // ---- A year later (31 Dec 2026) next year is missing. Enter 2027 from text: a bad line is named
  // and nothing is saved; fixed, it is saved.
  await setClock('2026-12-31T02:00:00.000Z');
  await page.reload();
  await expect(page.getByTestId('calendar-missing')).toContainText('2027年的节假日安排尚未录入');
  await page.getByRole('button', { name: '录入 2027 年' }).click();
  const days = page.getByLabel('2027 年的放假日和调休上班日');
  await days.fill('2027-01-01,holiday,元旦\n2027-02-06,rest');
  await page.getByRole('button', { name: '保存 2027 年' }).click();
  await expect(page.getByText('第 2 行的类型看不懂（请写 holiday 或 workday）')).toBeVisible();
  await expect(page.getByTestId('calendar-missing')).toBeVisible();
  await days.fill('2027-01-01,holiday,元旦\n2027-02-06,workday');
  await page.getByRole('button', { name: '保存 2027 年' }).click();
  await expect(page.getByText('2027 年的节假日安排已保存（2 天）。')).toBeVisible();
  await expect(years.getByRole('row', { name: /2027 年/ })).toContainText('在本机录入或导入');
  await expect(years.getByRole('row', { name: /2027 年/ })).toContainText('放假 1 天，调休上班 1 天');
  await expect(page.getByTestId('calendar-missing')).toHaveCount(0);

  // ---- Back on 24 Jan 2025: every year the board's tasks fall in is known, and the task is not 临期.
  await setClock(START);
  await page.goto(board);
  await expect(page.getByTestId('calendar-notice')).toHaveCount(0);
  await expect(card(page).getByTestId('due-chip')).toBeVisible();
  await expect(card(page).getByTestId('due-chip')).not.toContainText('临期');
  await expect(card(page)).toHaveClass(/due-ok/);

  // ---- Settings in English.
  await api('settings.update', { language: 'en' });
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Due dates and working days' })).toBeVisible();
  await expect(page.getByLabel('Due-soon warning (working days)')).toHaveValue('2');
  await expect(page.getByTestId('calendar-years').getByRole('row', { name: /2027/ })).toContainText('Days off: 1; make-up working days: 1');
  await shot(page, 'settings-en', true);
});
