import { expect, test } from './fixtures.js';

/**
 * A name with an invisible direction control (U+202E turns the rest of the line around, so "张三"
 * can pass for another name) is refused under its field, in the UI language, and nothing is saved.
 * From an empty data folder, typed as a user would (the character pasted or typed by an IME).
 */

const RLO = '\u202E';

test('a programme title and a person name with U+202E are refused under the field (zh-CN)', async ({ page, appUrl, api }) => {
  await page.goto(appUrl);
  await page.getByRole('button', { name: '新建研讨项目' }).click();
  const title = page.getByLabel('标题');
  await title.pressSequentially(`战略${RLO}研讨`);
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field-error')).toHaveText('含有不可见的方向控制字符');
  // What was typed stays, to be corrected.
  await expect(title).toHaveValue(`战略${RLO}研讨`);
  expect(await api('programme.list', {})).toHaveLength(0);

  await page.goto(`${new URL(appUrl).origin}/#/directory`);
  const form = page.locator('form', { has: page.getByRole('heading', { name: '添加人员' }) });
  const name = form.getByLabel('姓名');
  await name.pressSequentially(`张${RLO}三`);
  await form.getByRole('button', { name: '添加人员' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('.field-error')).toHaveText('含有不可见的方向控制字符');
  expect(await api('person.list', {})).toHaveLength(0);
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('a programme title and a person name with U+202E are refused under the field', async ({ page, appUrl, api }) => {
    await page.goto(appUrl);
    await page.getByRole('button', { name: 'New programme' }).click();
    const title = page.getByLabel('Title');
    await title.pressSequentially(`Strategy${RLO}txt.exe`);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.field-error')).toHaveText('contains invisible direction-control characters');
    expect(await api('programme.list', {})).toHaveLength(0);

    await page.goto(`${new URL(appUrl).origin}/#/directory`);
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Add a person' }) });
    const name = form.getByLabel('Name');
    await name.pressSequentially(`Zhang${RLO}San`);
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(form.locator('.field-error')).toHaveText('contains invisible direction-control characters');
    expect(await api('person.list', {})).toHaveLength(0);
  });
});
