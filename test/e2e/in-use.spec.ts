import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/**
 * Deleting something still in use asks first. From an empty data folder: a unit and its head added in
 * the directory, a task on the board led by that unit (quick add, lead by type-ahead). Deleting the unit
 * names what refers to it; Cancel keeps it; deleting anyway, then purging it from the trash, leaves the
 * task showing the unit's name. A stage with a session asks too. Then the question in English. The
 * programme, stage and session come through the API to keep the test on topic (as session.spec does).
 * CONVENE_SCREENSHOTS=DIR photographs the dialog in both languages.
 */
const shots = process.env.CONVENE_SCREENSHOTS;

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: path.join(shots, `in-use-${name}.png`) });
}

test('a unit leading a task asks before it goes; purged, the task keeps its name', async ({ page, appUrl, api }) => {
  await api('settings.update', { language: 'zh-CN' });
  const programme = await api('programme.create', { title: '清源县高质量发展战略布局专题研讨' });
  const stage = await api('stage.create', { programmeId: programme.id, title: '常委会层面研讨' });
  await api('session.create', { stageId: stage.id, title: '常委会层面战略对接研讨会' });
  const origin = new URL(appUrl).origin;
  await page.goto(appUrl);

  // The directory: the industry bureau and its director.
  await page.goto(`${origin}/#/directory?tab=units`);
  await page.getByLabel('单位名称').fill('清源县工业和信息化局');
  await page.getByLabel('简称').fill('工信局');
  await page.getByRole('button', { name: '添加单位' }).click();
  await expect(page.getByRole('rowheader', { name: '清源县工业和信息化局', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: '人员' }).click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: '添加人员' }) });
  await form.getByLabel('姓名').fill('林卫东');
  const unitBox = form.getByRole('combobox', { name: '单位', exact: true });
  await unitBox.fill('gxj');
  await unitBox.press('Enter');
  await expect(unitBox).toHaveValue('清源县工业和信息化局');
  await form.getByRole('button', { name: '添加人员' }).click();
  await expect(page.getByRole('rowheader', { name: '林卫东', exact: true })).toBeVisible();

  // A task in progress, led by the bureau (type-ahead by pinyin initials).
  await page.goto(`${origin}/#/programmes/${programme.id}/board`);
  const quick = page.getByTestId('quick-add-in_progress');
  await quick.fill('制定“专精特新”企业扶持政策');
  await quick.press('Enter');
  const lead = page.getByTestId('column-in_progress').getByRole('combobox', { name: '“办理中”的任务须有牵头单位' });
  await expect(lead).toBeFocused();
  await lead.fill('gxj');
  await lead.press('Enter');
  await quick.press('Enter');
  const task = page.getByTestId('action-card').filter({ hasText: '制定“专精特新”企业扶持政策' });
  await expect(task).toContainText('工信局');

  // Deleting the unit asks first, naming what refers to it; Cancel keeps it, focus back on Delete.
  await page.goto(`${origin}/#/directory?tab=units`);
  const deleteUnit = page.getByRole('button', { name: '删除清源县工业和信息化局' });
  await deleteUnit.click();
  const dialog = page.getByRole('dialog', { name: '删除“清源县工业和信息化局”？' });
  await expect(dialog).toContainText('“清源县工业和信息化局”是1 项任务的牵头单位和1 人的所在单位。');
  await expect(dialog).toContainText('即使从回收站彻底删除，这些任务和记录仍会显示它的名称。');
  // Cancel has the focus: a stray Enter deletes nothing.
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await shot(page, 'unit-zh');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(deleteUnit).toBeFocused();
  await expect(page.getByRole('rowheader', { name: '清源县工业和信息化局', exact: true })).toBeVisible();
  expect((await api('unit.list', {})).map((u) => u.name)).toEqual(['清源县工业和信息化局']);

  // Deleted anyway, then purged from the trash.
  await deleteUnit.click();
  await page.getByRole('dialog').getByRole('button', { name: '仍然删除' }).click();
  await expect(page.getByText('已删除“清源县工业和信息化局”，可在回收站恢复。')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '清源县工业和信息化局', exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: '回收站' }).click();
  await page.getByRole('button', { name: '彻底删除“清源县工业和信息化局”' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '彻底删除' }).click();
  await expect(page.getByRole('heading', { name: '回收站是空的' })).toBeVisible();

  // The task still shows the unit it was given.
  await page.goto(`${origin}/#/programmes/${programme.id}/board`);
  await expect(task).toContainText('工信局');
  const [saved] = await api('action.list', { programmeId: programme.id });
  expect(saved!.leadUnit?.name).toBe('清源县工业和信息化局');

  // A stage holding a session asks too.
  await page.goto(`${origin}/#/programmes/${programme.id}`);
  await page.getByRole('button', { name: '删除阶段“常委会层面研讨”' }).click();
  const stageDialog = page.getByRole('dialog', { name: '删除“常委会层面研讨”？' });
  await expect(stageDialog).toContainText('“常委会层面研讨”包含1 场研讨会。');
  await shot(page, 'stage-zh');
  await page.keyboard.press('Escape');
  await expect(stageDialog).toHaveCount(0);
  expect((await api('programme.get', { id: programme.id })).stages).toHaveLength(1);
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('a person who spoke asks before she goes', async ({ page, appUrl, api }) => {
    const programme = await api('programme.create', { title: 'Qingyuan County: strategy rollout seminars' });
    const stage = await api('stage.create', { programmeId: programme.id, title: 'Leadership team' });
    const session = await api('session.create', { stageId: stage.id, title: 'Leadership seminar on the strategy' });
    const unit = await api('unit.create', { name: 'Industry and IT Bureau' });
    const lin = await api('person.create', { name: 'Lin Weidong', unitId: unit.id });
    await api('note.create', { sessionId: session.id, speakerPersonId: lin.id, category: 'suggestion', text: 'More precise support for specialised SMEs.' });
    await page.goto(appUrl);
    await page.goto(`${new URL(appUrl).origin}/#/directory`);
    await page.getByRole('button', { name: 'Delete Lin Weidong' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Lin Weidong”?' });
    await expect(dialog).toContainText('“Lin Weidong” is the speaker of 1 note.');
    await expect(dialog).toContainText('It can be restored from the Trash. Even if it is deleted forever from the Trash, these tasks and notes keep showing its name.');
    await shot(page, 'person-en');
    await dialog.getByRole('button', { name: 'Delete anyway' }).click();
    await expect(page.getByRole('rowheader', { name: 'Lin Weidong', exact: true })).toHaveCount(0);

    // The unit now has nobody and nothing: it goes without a question.
    await page.getByRole('tab', { name: 'Units' }).click();
    await page.getByRole('button', { name: 'Delete Industry and IT Bureau' }).click();
    await expect(page.getByText('Deleted “Industry and IT Bureau”', { exact: false })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
