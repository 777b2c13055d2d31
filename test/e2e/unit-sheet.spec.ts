import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures.js';

/**
 * A unit without Convene (issue 17, point 5), from an empty data folder: a programme, a unit and a
 * task made through the UI; the unit view exports the unit's task sheet; the test fills it in with
 * exceljs as the unit's Excel would (a progress row, the title rewritten, a row of its own); the
 * import dialog previews the one report it adds (under the task's stored title) and refuses the
 * added row with its reason; after importing, the task panel shows the report. In English, the same
 * sheet again: a duplicate, nothing to import.
 */

const TITLE = '起草专精特新扶持政策';
const UNIT = '清源县工业和信息化局';

test('export a unit task sheet, fill it in as the unit would, import it: only progress is added; both languages', async ({ page, appUrl, api }) => {
  test.setTimeout(120_000);
  const origin = new URL(appUrl).origin;
  await api('settings.update', { language: 'zh-CN' });
  await page.goto(appUrl);

  // ---- A programme, a unit and a task, through the UI.
  await page.getByRole('button', { name: '新建研讨项目' }).click();
  await page.keyboard.type('清源县督办事项');
  await page.getByLabel('标题').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '清源县督办事项' })).toBeVisible();
  await page.getByRole('link', { name: '任务看板' }).click();
  await expect(page.getByTestId('quick-add-proposed')).toBeVisible();
  const board = page.url();
  await page.goto(`${origin}/#/directory?tab=units`);
  await page.getByRole('textbox', { name: '单位名称' }).fill(UNIT);
  await page.getByRole('textbox', { name: '简称' }).fill('工信局');
  await page.getByRole('button', { name: '添加单位' }).click();
  await expect(page.getByText(`已添加单位“${UNIT}”`)).toBeVisible();
  await page.goto(board);
  const quick = page.getByTestId('quick-add-proposed');
  await quick.fill(TITLE);
  await quick.press('Enter');
  const card = page.getByTestId('action-card').filter({ hasText: TITLE });
  await card.click();
  const panel = page.getByTestId('action-panel');
  const lead = panel.getByRole('combobox', { name: '牵头单位' });
  await lead.fill('工信');
  await expect(panel.getByRole('option', { name: new RegExp(UNIT) })).toBeVisible();
  await lead.press('Enter');
  await expect(lead).toHaveValue(UNIT);
  await panel.getByRole('link', { name: `查看“${UNIT}”的全部任务（可打印）` }).click();
  await expect(page.getByTestId('unit-view')).toContainText(TITLE);
  const unitView = page.url();

  // ---- The sheet out.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出填报表' }).click()]);
  const sent = test.info().outputPath('sent.xlsx');
  await download.saveAs(sent);
  expect(download.suggestedFilename()).toMatch(/^清源县督办事项-清源县工业和信息化局-任务进展填报表-\d{4}-\d{2}-\d{2}\.xlsx$/);

  // ---- What the unit does in its Excel.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sent);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell('C3').value).toBe(TITLE);
  sheet.getCell('C3').value = '扶持政策（单位改过的名称）';
  sheet.getCell('G3').value = new Date(Date.UTC(2027, 0, 20));
  sheet.getCell('H3').value = '初稿已报县政府';
  sheet.getRow(4).values = ['', '', '我们加的一行', '', '', '', '2027-01-21', '单位自己加的'];
  const returned = path.join(path.dirname(sent), 'returned.xlsx');
  await workbook.xlsx.writeFile(returned);

  // ---- The sheet back: the preview, then the import.
  await page.getByRole('button', { name: '导入填报表…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入单位填报表' });
  await dialog.getByLabel('选择文件…').setInputFiles(returned);
  await expect(dialog.getByRole('status')).toHaveText('将新增进展 1 条；重复 0 行；未导入 1 行。');
  const preview = dialog.getByRole('region', { name: '导入预览' });
  await expect(preview.locator('tr[data-line="3"]')).toContainText(TITLE);
  await expect(preview.locator('tr[data-line="3"]')).toContainText('2027-01-20');
  await expect(preview.locator('tr[data-line="3"]')).toContainText('初稿已报县政府');
  await expect(preview.locator('tr[data-line="4"]')).toContainText('没有任务编号（表中新增的行），未导入。');
  await page.screenshot({ path: test.info().outputPath('unit-sheet-preview-zh.png') });
  await dialog.getByRole('button', { name: '导入 1 条进展' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('已导入进展 1 条。')).toBeVisible();

  // ---- The task panel shows the report; the title is the office's.
  await page.goto(board);
  await card.click();
  await expect(panel.getByTestId('progress').getByTestId('progress-entry')).toContainText('初稿已报县政府');
  await expect(card).toContainText(TITLE);

  // ---- In English, the same sheet again: a duplicate, nothing to import.
  await api('settings.update', { language: 'en' });
  await page.goto(unitView);
  await page.reload();
  await page.getByRole('button', { name: 'Import task sheet…' }).click();
  const english = page.getByRole('dialog', { name: 'Import a unit’s task sheet' });
  await english.getByLabel('Choose a file…').setInputFiles(returned);
  await expect(english.getByRole('status')).toHaveText('Progress reports to add: 0; duplicate rows: 1; rows not imported: 1.');
  await expect(english.locator('tr[data-line="3"]')).toContainText('Same as a progress report already there (same date and text): not imported again.');
  await expect(english.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('unit-sheet-preview-en.png') });
});
