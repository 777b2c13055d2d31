import type { Page } from '@playwright/test';
import { expect, test, type Api } from './fixtures.js';

/**
 * A name with an invisible direction control (U+202E turns the rest of the line around, so "张三"
 * can pass for another name) is refused under its field, in the UI language, and nothing is saved.
 * From an empty data folder, typed as a user would (the character pasted or typed by an IME).
 */

const RLO = '\u202E';

interface Words {
  newProgramme: string;
  title: string;
  create: string;
  addPerson: string;
  addHeading: string;
  name: string;
  error: string;
  programmeTitle: string;
  personName: string;
}

async function refusedUnderTheField(page: Page, appUrl: string, api: Api, w: Words) {
  await page.goto(appUrl);
  await page.getByRole('button', { name: w.newProgramme }).click();
  const title = page.getByLabel(w.title);
  await title.pressSequentially(w.programmeTitle);
  await page.getByRole('button', { name: w.create, exact: true }).click();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field-error')).toHaveText(w.error);
  // What was typed stays, to be corrected.
  await expect(title).toHaveValue(w.programmeTitle);
  expect(await api('programme.list', {})).toHaveLength(0);

  await page.goto(`${new URL(appUrl).origin}/#/directory`);
  const form = page.locator('form', { has: page.getByRole('heading', { name: w.addHeading }) });
  const name = form.getByLabel(w.name);
  await name.pressSequentially(w.personName);
  await form.getByRole('button', { name: w.addPerson }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('.field-error')).toHaveText(w.error);
  expect(await api('person.list', {})).toHaveLength(0);
}

test('a programme title and a person name with U+202E are refused under the field (zh-CN)', async ({ page, appUrl, api }) => {
  await refusedUnderTheField(page, appUrl, api, {
    newProgramme: '新建研讨项目',
    title: '标题',
    create: '创建',
    addPerson: '添加人员',
    addHeading: '添加人员',
    name: '姓名',
    error: '含有不可见的方向控制字符',
    programmeTitle: `战略${RLO}研讨`,
    personName: `张${RLO}三`,
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('a programme title and a person name with U+202E are refused under the field', async ({ page, appUrl, api }) => {
    await refusedUnderTheField(page, appUrl, api, {
      newProgramme: 'New programme',
      title: 'Title',
      create: 'Create',
      addPerson: 'Add person',
      addHeading: 'Add a person',
      name: 'Name',
      error: 'contains invisible direction-control characters',
      programmeTitle: `Strategy${RLO}txt.exe`,
      personName: `Zhang${RLO}San`,
    });
  });
});
