import { expect, test } from './fixtures.js';

/**
 * Editing the directory in place, by keyboard: Enter saves a row, Escape gives the old values back,
 * an empty name is refused beside its field, and the focus comes back to the row's Edit button. A
 * unit's new name shows on its people's rows. Then the same in English with the mouse.
 */

test('directory: edit a person and a unit in place by keyboard; a refused name keeps the row open', async ({ page, appUrl, api }) => {
  const unit = await api('unit.create', { name: '县统计局' });
  await api('person.create', { name: '王芳', position: '科长', unitId: unit.id, category: 'department_head' });
  await page.goto(appUrl);
  await page.goto(`${new URL(appUrl).origin}/#/directory`);

  await page.getByRole('button', { name: '编辑王芳' }).click();
  const editing = page.getByRole('row', { name: '正在编辑王芳' });
  const name = editing.getByRole('textbox', { name: '姓名' });
  await expect(name).toBeFocused();
  await name.fill('');
  await page.keyboard.press('Enter');
  await expect(editing).toContainText('必填');
  await expect(name).toBeVisible();

  await name.fill('王芳芳');
  await editing.getByRole('textbox', { name: '职务' }).fill('副局长');
  await page.keyboard.press('Enter');
  await expect(page.getByText('已保存“王芳芳”')).toBeVisible();
  await expect(page.getByRole('button', { name: '编辑王芳芳' })).toBeFocused();
  await expect(page.getByRole('row', { name: /王芳芳/ })).toContainText('副局长');

  // Escape: nothing typed is kept, nothing saved.
  await page.keyboard.press('Enter');
  const again = page.getByRole('row', { name: '正在编辑王芳芳' });
  await again.getByRole('textbox', { name: '姓名' }).fill('不要保存');
  await page.keyboard.press('Escape');
  await expect(again).toHaveCount(0);
  await expect(page.getByRole('button', { name: '编辑王芳芳' })).toBeFocused();
  expect((await api('person.list', {})).map((p) => p.name)).toEqual(['王芳芳']);

  // Units: rename, and the person's row follows.
  await page.getByRole('tab', { name: '单位' }).click();
  await page.getByRole('button', { name: '编辑县统计局' }).click();
  await page.getByRole('row', { name: '正在编辑县统计局' }).getByRole('textbox', { name: '单位名称' }).fill('县统计和调查局');
  await page.keyboard.press('Enter');
  await expect(page.getByText('已保存单位“县统计和调查局”')).toBeVisible();
  await expect(page.getByRole('button', { name: '编辑县统计和调查局' })).toBeFocused();
  await page.getByRole('tab', { name: '人员' }).click();
  await expect(page.getByRole('row', { name: /王芳芳/ })).toContainText('县统计和调查局');
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('directory: edit a unit with Save and Cancel', async ({ page, appUrl, api }) => {
    await api('unit.create', { name: 'Statistics Bureau' });
    await page.goto(appUrl);
    await page.goto(`${new URL(appUrl).origin}/#/directory?tab=units`);
    await page.getByRole('button', { name: 'Edit Statistics Bureau' }).click();
    const editing = page.getByRole('row', { name: 'Editing Statistics Bureau' });
    await editing.getByRole('textbox', { name: 'Unit name' }).fill('County Statistics Bureau');
    await editing.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved the unit “County Statistics Bureau”')).toBeVisible();
    await page.getByRole('button', { name: 'Edit County Statistics Bureau' }).click();
    await page.getByRole('row', { name: 'Editing County Statistics Bureau' }).getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('row', { name: /Editing/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit County Statistics Bureau' })).toBeFocused();
  });
});
