import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures.js';

/**
 * Importing the directory from what an office already has, from an empty data folder: two units
 * added by hand, then 40 rows copied from a spreadsheet (tab-separated, Chinese names, units by
 * their short names, two bad rows). The preview names the bad rows and why; one button imports the
 * rest; the toast's Undo takes them back. Then in English from a CSV file, creating its units.
 */

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋'];

function forty(): string {
  const lines = ['序号\t姓名\t单位\t职务\t类别'];
  for (let i = 0; i < 38; i += 1) {
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}${i >= SURNAMES.length ? '华' : ''}`;
    lines.push(`${i + 1}\t${name}\t${i % 2 === 0 ? '工信局' : '发改局'}\t${i % 3 === 0 ? '局长' : '科员'}\t${i % 3 === 0 ? '部门负责人' : '工作人员'}`);
  }
  lines.push('39\t钱多多\t水务局\t科员\t工作人员');
  lines.push('40\t孙八\t工信局\t科员\t神仙');
  return `${lines.join('\r\n')}\r\n`;
}

test('directory import: paste 40 rows, see the two bad ones with their reasons, import, undo', async ({ page, appUrl, api }) => {
  await page.goto(appUrl);
  await page.goto(`${new URL(appUrl).origin}/#/directory?tab=units`);
  for (const [name, short] of [
    ['清源县工业和信息化局', '工信局'],
    ['清源县发展和改革局', '发改局'],
  ]) {
    await page.getByRole('textbox', { name: '单位名称' }).fill(name!);
    await page.getByRole('textbox', { name: '简称' }).fill(short!);
    await page.getByRole('button', { name: '添加单位' }).click();
    await expect(page.getByText(`已添加单位“${name}”`)).toBeVisible();
  }
  await page.getByRole('tab', { name: '人员' }).click();

  await page.getByRole('button', { name: '导入…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入人员和单位' });
  await expect(dialog.getByText('粘贴表格或选择文件后，这里逐行显示导入结果。')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '没有可导入的行' })).toBeDisabled();

  // The paste lands in the focused box, as Ctrl+V from Excel would put it.
  await expect(dialog.getByRole('textbox', { name: '粘贴表格' })).toBeFocused();
  await page.keyboard.insertText(forty());
  await expect(dialog.getByRole('status')).toHaveText('新增 38 人、0 个单位；沿用已有单位 2 个；重复 0 行，有问题 2 行。');
  const preview = dialog.getByRole('region', { name: '导入预览' });
  await expect(preview.locator('tr[data-line="2"]')).toContainText('清源县工业和信息化局');
  await expect(preview.locator('tr[data-line="2"]')).toContainText('新增');
  const bad = preview.locator('tr[data-status="bad"]');
  await expect(bad).toHaveCount(2);
  await expect(bad.nth(0)).toContainText('单位“水务局”不存在；勾选“创建表中不存在的单位”可一并创建');
  await expect(bad.nth(1)).toContainText('类别“神仙”无法识别');
  await page.screenshot({ path: test.info().outputPath('import-preview-zh.png') });

  await dialog.getByRole('button', { name: '导入 38 人' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('已导入 38 人、0 个单位')).toBeVisible();
  await expect(page.getByText('共 38 人')).toBeVisible();
  expect((await api('person.list', { query: '王伟' })).map((p) => p.unitName)).toEqual(['清源县工业和信息化局']);

  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText('已撤销导入：38 人、0 个单位移入回收站')).toBeVisible();
  await expect(page.getByText('通讯录里还没有人员')).toBeVisible();
  expect(await api('unit.list', {})).toHaveLength(2);
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('directory import: a file without a header is refused in words; a CSV file creates its units when asked', async ({ page, appUrl, api }) => {
    await page.goto(appUrl);
    await page.goto(`${new URL(appUrl).origin}/#/directory`);
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import people and units' });
    const file = dialog.getByLabel('Choose a file…');

    await file.setInputFiles({ name: 'names.csv', mimeType: 'text/csv', buffer: Buffer.from('Zhang Wei,Industry Bureau\nLi Na,Planning\n') });
    await expect(dialog.getByRole('alert')).toHaveText(/^No header row found: one of the first rows must name the columns/);

    const csv = '\uFEFFName,Unit,Short name,Position,Category\r\nZhang Wei,Qingyuan Industry Bureau,Industry,Director,Department head\r\nLi Na,Industry,,Deputy director,\r\nWang Fang,,,Expert,Expert\r\n';
    await file.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(dialog.getByText('Read the file people.csv')).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveText('New people: 1; new units: 0; existing units used: 0; duplicate rows: 0; rows with problems: 2.');
    await dialog.getByRole('checkbox', { name: 'Create units the table names that do not exist yet' }).check();
    await expect(dialog.getByRole('status')).toHaveText('New people: 3; new units: 1; existing units used: 0; duplicate rows: 0; rows with problems: 0.');
    await expect(dialog.locator('tr[data-line="3"]')).toContainText('Qingyuan Industry Bureau');
    await page.screenshot({ path: test.info().outputPath('import-preview-en.png') });

    await dialog.getByRole('button', { name: 'Import 3 people' }).click();
    await expect(page.getByText('Imported. People added: 3; units added: 1.')).toBeVisible();
    await expect(page.getByText('People: 3')).toBeVisible();
    expect((await api('unit.list', {})).map((u) => [u.name, u.shortName])).toEqual([['Qingyuan Industry Bureau', 'Industry']]);

    // The export is in the shape the import reads: the same header, the labels in the UI's language.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^Directory-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    // Units first, then people, each with its place in the protocol order (Order), as the import reads them back.
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFOrder,Name,Unit,Short name,Unit kind,Position,Category',
      '1,,Qingyuan Industry Bureau,Industry,Other,,',
      '1,Zhang Wei,Qingyuan Industry Bureau,Industry,Other,Director,Department head',
    ]);
  });
});

test('directory import: an Excel file of 3,000 rows previews in a scrolling table; a formula shows its saved value', async ({ page, appUrl }) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['姓名', '职务']);
  sheet.addRow([{ formula: 'CONCATENATE("张","伟")', result: '张伟' }, '=1+1']);
  for (let i = 2; i <= 3_000; i += 1) sheet.addRow([`人员${i}`, '科员']);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.goto(appUrl);
  await page.goto(`${new URL(appUrl).origin}/#/directory`);
  await page.getByRole('button', { name: '导入…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入人员和单位' });
  await dialog.getByLabel('选择文件…').setInputFiles({ name: '名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(dialog.getByRole('status')).toHaveText('新增 3000 人、0 个单位；沿用已有单位 0 个；重复 0 行，有问题 0 行。');
  const first = dialog.locator('tr[data-line="2"]');
  await expect(first).toContainText('张伟');
  await expect(first).toContainText('=1+1');
  // Only the rows in view are in the page.
  expect(await dialog.locator('tr[data-line]').count()).toBeLessThan(100);
  await dialog.getByRole('region', { name: '导入预览' }).evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(dialog.locator('tr[data-line="3001"]')).toContainText('人员3000');
  await page.screenshot({ path: test.info().outputPath('import-xlsx-zh.png') });
  await expect(dialog.getByRole('button', { name: '导入 3000 人' })).toBeEnabled();
});
