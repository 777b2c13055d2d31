import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures.js';
import { apiOf, clockHostPerTest } from './run-host.js';
import { downloadByButton as download, squash, textOf } from './paper-files.js';

/**
 * 督办通报 and 督办台账 from an empty data folder (issue 17): a programme and a task due Thursday
 * 9 October 2025 (the first working day after the National Day holiday) made through the UI on
 * Saturday 20 September (the test clock). The digest as of Tuesday 30 September says 临期 (within
 * three working days across the holiday), as of 10 November 逾期 by 32 calendar days; the ledger
 * spreadsheet has the task's row. In English the controls speak English.
 */
const START = '2025-09-20T01:00:00.000Z';
const currentHost = clockHostPerTest('convene-followup-', START);
const TITLE = '报送产业规划方案';

test('the digest as of a middle day says due soon, as of a later day overdue; the ledger has the row; both languages', async ({ page, request }) => {
  test.setTimeout(180_000);
  const host = currentHost();
  const api = apiOf(host, request);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-followup-files-'));
  await api('settings.update', { language: 'zh-CN' });
  await page.goto(host.url);

  await page.getByRole('button', { name: '新建研讨项目' }).click();
  await page.keyboard.type('清源县督办事项');
  await page.getByLabel('标题').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '清源县督办事项' })).toBeVisible();
  const programmePage = page.url();
  await page.getByRole('link', { name: '任务看板' }).click();
  const quick = page.getByTestId('quick-add-proposed');
  await quick.fill(TITLE);
  await quick.press('Enter');
  const card = page.getByTestId('action-card').filter({ hasText: TITLE });
  await card.click();
  const panel = page.getByRole('dialog');
  await panel.getByTestId('due-rule').fill('2025年10月9日前');
  await expect(panel.getByTestId('due-preview')).toContainText('2025年10月9日');
  await panel.getByTestId('due-rule').press('Enter');
  await expect(panel.getByTestId('due-current')).toContainText('期限：2025年10月9日');
  await page.keyboard.press('Escape');

  await page.goto(programmePage);
  const asOf = page.getByLabel('截至日期');
  // Today on this machine by default (the browser's clock; the host's test clock is the host's).
  await expect(asOf).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await asOf.fill('2025-09-30');
  const mid = textOf(await download(page, '督办通报：PDF', dir));
  expect(squash(mid)).toContain('截至2025年9月30日');
  expect(squash(mid)).toContain('共1项：正常推进0项，临期1项，逾期0项，已办结0项。');

  await asOf.fill('2025-11-10');
  const late = textOf(await download(page, '督办通报：Word', dir));
  expect(late).toContain('共1项：正常推进0项，临期0项，逾期1项，已办结0项。');
  expect(late).toContain(TITLE);
  expect(late).toContain('32天');

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download(page, '督办台账：Excel', dir));
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const row = rows.find((r) => r.includes(TITLE))!;
  expect(row.some((c) => c instanceof Date && c.toISOString().startsWith('2025-10-09'))).toBe(true);
  expect(row.some((c) => typeof c === 'string' && c.startsWith('逾期'))).toBe(true);

  // ---- In English: the same controls in English; the file is in the programme's language (the unit test prints it in English).
  await api('settings.update', { language: 'en' });
  await page.reload();
  await expect(page.getByRole('group', { name: 'Follow-up' })).toBeVisible();
  await page.getByLabel('As of').fill('2025-09-30');
  const english = await download(page, 'Follow-up digest: Word', dir);
  expect(squash(textOf(english))).toContain('共1项：正常推进0项，临期1项，逾期0项，已办结0项。');
  fs.rmSync(dir, { recursive: true, force: true });
});
