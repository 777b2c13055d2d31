import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/**
 * A new user, from an empty data folder: builds the directory (units, people), then prepares a
 * session: adds a person by pinyin initials, a whole unit at once, marks presence with the keyboard,
 * changes a role, removes someone and undoes it; all of it survives a reload. Then the same screen
 * in English. Programme, stage and session are created through the API to keep the test on topic.
 */
function participantRow(page: Page, name: string): Locator {
  return page.locator('tr.participant-row', { has: page.getByRole('rowheader', { name, exact: true }) });
}

async function addUnit(page: Page, name: string, shortName: string) {
  await page.getByLabel('单位名称').fill(name);
  await page.getByLabel('简称').fill(shortName);
  await page.getByLabel('类型').selectOption({ label: '部门' });
  await page.getByRole('button', { name: '添加单位' }).click();
  await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
}

async function addPerson(page: Page, name: string, position: string, unit: string | null, category: string) {
  const form = page.locator('form', { has: page.getByRole('heading', { name: '添加人员' }) });
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('职务').fill(position);
  // The unit picker: type, Enter picks the best match; emptied and left, the field has no unit.
  const unitBox = form.getByRole('combobox', { name: '单位', exact: true });
  await unitBox.fill(unit ?? '');
  await unitBox.press(unit ? 'Enter' : 'Tab');
  await expect(unitBox).toHaveValue(unit ?? '');
  await form.getByLabel('类别').selectOption({ label: category });
  await form.getByRole('button', { name: '添加人员' }).click();
  await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  // The form keeps unit and category for the next person and puts the cursor back in the name.
  await expect(form.getByLabel('姓名')).toBeFocused();
}

test('prepare a session: directory, type-ahead, bulk add, presence by keyboard, undo, reload, English', async ({ page, appUrl, api }) => {
  await api('settings.update', { language: 'zh-CN' });
  await page.goto(appUrl);

  // --- Directory: units, with a refused duplicate that keeps the form's text.
  await page.getByRole('link', { name: '通讯录' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '通讯录' })).toBeVisible();
  await page.getByRole('tab', { name: '单位' }).click();
  await expect(page.getByRole('tab', { name: '单位' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: '还没有单位' })).toBeVisible();
  await addUnit(page, '工信局', '工信');
  await addUnit(page, '财政局', '财政');
  await page.getByLabel('单位名称').fill('工信局');
  await page.getByRole('button', { name: '添加单位' }).click();
  await expect(page.getByText('已有名为“工信局”的单位')).toBeVisible();
  await expect(page.getByLabel('单位名称')).toHaveValue('工信局');
  await page.getByLabel('单位名称').fill('');

  // --- Directory: people, reached with the keyboard on the tab list.
  await page.getByRole('tab', { name: '单位' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: '人员' })).toBeFocused();
  await expect(page.getByRole('tab', { name: '人员' })).toHaveAttribute('aria-selected', 'true');
  await addPerson(page, '江辰', '县委书记', null, '县领导');
  await addPerson(page, '王敏', '局长', '工信局', '部门负责人');
  await addPerson(page, '赵海', '副局长', '工信局', '部门负责人');
  await addPerson(page, '陈洋', '局长', '财政局', '部门负责人');
  await page.getByLabel('搜索人员').fill('gxj');
  await expect(page.getByRole('rowheader')).toHaveText(['王敏', '赵海']);
  await page.getByLabel('搜索人员').fill('');

  // --- A programme, a stage and a session, through the API.
  const programme = await api('programme.create', { title: '清源县高质量发展战略布局专题研讨' });
  const stage = await api('stage.create', { programmeId: programme.id, title: '常委会层面研讨' });
  const session = await api('session.create', { stageId: stage.id, title: '战略愿景与关键路径', venue: '县委会议室' });
  const origin = new URL(appUrl).origin;
  await page.goto(`${origin}/#/sessions/${session.id}`);
  await expect(page.getByRole('heading', { level: 1, name: '战略愿景与关键路径' })).toBeVisible();
  await expect(page.getByRole('link', { name: '清源县高质量发展战略布局专题研讨' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '还没有参会人员' })).toBeVisible();

  // --- Add by pinyin initials, as chair.
  await page.getByLabel('新增人员的身份').selectOption('chair');
  const search = page.getByRole('combobox', { name: '从通讯录添加' });
  const options = page.getByRole('listbox', { name: '从通讯录添加' }).getByRole('option');
  await search.fill('jc');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await expect(options.first()).toContainText('江辰');
  await search.press('Enter');
  await expect(participantRow(page, '江辰')).toBeVisible();
  await expect(participantRow(page, '江辰').getByLabel('江辰的身份')).toHaveValue('chair');
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  // Someone already attending shows in the list but cannot be picked again.
  await search.fill('jc');
  await expect(options.filter({ hasText: '江辰' })).toHaveAttribute('aria-disabled', 'true');
  await search.press('Escape');
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await search.press('Escape');
  await expect(search).toHaveValue('');

  // --- Bulk add a whole unit, as attendees.
  await page.getByLabel('新增人员的身份').selectOption('attendee');
  // The whole unit by pinyin initials; each option says how many people the unit has.
  const wholeUnit = page.getByRole('combobox', { name: '整个单位' });
  await wholeUnit.fill('gxj');
  await expect(page.getByRole('option', { name: /工信局.*2 人/ })).toBeVisible();
  await wholeUnit.press('Enter');
  await expect(wholeUnit).toHaveValue('工信局');
  await page.getByRole('button', { name: '添加该单位全部人员' }).click();
  await expect(page.getByText('已添加 2 人')).toBeVisible();
  await expect(participantRow(page, '王敏')).toBeVisible();
  await expect(participantRow(page, '赵海')).toBeVisible();
  const counts = page.getByTestId('presence-counts');
  await expect(counts).toContainText('未确认 3');

  // --- Presence by keyboard: P on 江辰 moves to the next row, E there.
  await participantRow(page, '江辰').focus();
  await page.keyboard.press('p');
  await expect(participantRow(page, '王敏')).toBeFocused();
  await page.keyboard.press('e');
  await expect(participantRow(page, '江辰').getByRole('button', { name: '出席' })).toHaveAttribute('aria-pressed', 'true');
  await expect(participantRow(page, '王敏').getByRole('button', { name: '请假' })).toHaveAttribute('aria-pressed', 'true');
  await expect(counts).toContainText('出席 1');
  await expect(counts).toContainText('请假 1');
  await expect(counts).toContainText('未确认 1');

  // --- Change a role.
  await participantRow(page, '赵海').getByLabel('赵海的身份').selectOption('speaker');

  // --- Remove someone, then Undo: back with the same role and presence.
  await participantRow(page, '王敏').getByRole('button', { name: '移除：王敏' }).click();
  await expect(participantRow(page, '王敏')).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(participantRow(page, '王敏')).toBeVisible();
  await expect(participantRow(page, '王敏').getByRole('button', { name: '请假' })).toHaveAttribute('aria-pressed', 'true');
  await expect(participantRow(page, '王敏').getByLabel('王敏的身份')).toHaveValue('attendee');

  // --- Filter the list.
  await page.getByLabel('筛选参会人员').fill('zh');
  await expect(page.locator('tr.participant-row')).toHaveCount(1);
  await expect(participantRow(page, '赵海')).toBeVisible();
  await page.getByLabel('筛选参会人员').fill('');

  // --- Everything is still there after a reload.
  await page.reload();
  await expect(page.locator('tr.participant-row')).toHaveCount(3);
  await expect(participantRow(page, '江辰').getByLabel('江辰的身份')).toHaveValue('chair');
  await expect(participantRow(page, '江辰').getByRole('button', { name: '出席' })).toHaveAttribute('aria-pressed', 'true');
  await expect(participantRow(page, '王敏').getByRole('button', { name: '请假' })).toHaveAttribute('aria-pressed', 'true');
  await expect(participantRow(page, '赵海').getByLabel('赵海的身份')).toHaveValue('speaker');
  await expect(page.getByTestId('presence-counts')).toContainText('出席 1');

  // --- The same screen in English (the stored language changes every open window).
  await api('settings.update', { language: 'en' });
  await expect(page.getByRole('heading', { level: 2, name: 'Participants' })).toBeVisible();
  await expect(page.getByTestId('presence-counts')).toContainText('Present 1');
  await expect(participantRow(page, '江辰').getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');
  await expect(participantRow(page, '江辰').getByLabel('Role of 江辰')).toHaveValue('chair');
  await expect(page.getByRole('combobox', { name: 'Add from the directory' })).toBeVisible();
  await page.getByRole('link', { name: 'Directory' }).click();
  await expect(page.getByRole('tab', { name: 'People' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('rowheader', { name: '王敏' })).toBeVisible();
});

test('session details and sittings: pick the chair by pinyin, edit a sitting in place, remove and undo', async ({ page, appUrl, api }) => {
  await api('settings.update', { language: 'zh-CN' });
  const unit = await api('unit.create', { name: '县政府', kind: 'government' });
  await api('person.create', { name: '李长根', position: '县长', unitId: unit.id, category: 'leadership' });
  await api('person.create', { name: '孙丽', position: '科员', unitId: unit.id, category: 'staff' });
  const programme = await api('programme.create', { title: '清源县高质量发展战略布局专题研讨' });
  const stage = await api('stage.create', { programmeId: programme.id, title: '专题研讨' });
  const session = await api('session.create', {
    stageId: stage.id,
    title: '优化营商环境，构建创新生态',
    sittings: [{ date: '2025-04-08', startTime: '09:00', endTime: '12:00' }],
  });
  await page.goto(appUrl);
  await page.goto(`${new URL(appUrl).origin}/#/sessions/${session.id}`);
  await expect(page.getByRole('heading', { level: 1, name: '优化营商环境，构建创新生态' })).toBeVisible();

  // --- Details: a required title is checked before anything is sent; the chair comes from the directory.
  const title = page.getByLabel('标题');
  await title.fill('');
  await page.getByRole('button', { name: '保存基本信息' }).click();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toBeFocused();
  await title.fill('优化营商环境，构建创新生态（第一场）');
  await page.getByLabel('主题').fill('营商环境与创新生态');
  await page.getByLabel('会议形式').selectOption('decision');
  const chair = page.getByRole('combobox', { name: '主持人' });
  await chair.fill('lcg');
  await expect(page.getByRole('listbox', { name: '主持人' }).getByRole('option').first()).toContainText('李长根');
  await chair.press('Enter');
  await expect(chair).toHaveValue('李长根');
  const secretary = page.getByRole('combobox', { name: '记录人' });
  await secretary.fill('sl');
  await secretary.press('ArrowDown');
  await secretary.press('Enter');
  await expect(secretary).toHaveValue('孙丽');
  await page.getByRole('button', { name: '保存基本信息' }).click();
  await expect(page.getByText('已保存基本信息')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '优化营商环境，构建创新生态（第一场）' })).toBeVisible();

  // --- The status is not a field: it says where the meeting is started and ended, and leads there.
  await expect(page.getByRole('combobox', { name: '状态' })).toHaveCount(0);
  await expect(page.locator('.details-status')).toContainText('未开始');
  await page.getByRole('link', { name: '到“会中主持”页开始或结束' }).click();
  await expect(page).toHaveURL(new RegExp(`#/sessions/${session.id}/run$`));
  await page.goBack();

  // --- Sittings: an end before the start is refused and stays in the row for correction.
  const end = page.getByLabel('第 1 场 结束');
  await end.fill('08:00');
  await end.press('Enter');
  await expect(page.getByText('结束时间须晚于开始时间')).toBeVisible();
  await expect(end).toHaveValue('08:00');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await end.fill('12:30');
  await end.press('Enter');
  await expect(end).not.toHaveAttribute('aria-invalid', 'true');

  // A new sitting suggests the afternoon of the same day.
  const addForm = page.locator('form.add-sitting');
  await expect(addForm.getByLabel('日期')).toHaveValue('2025-04-08');
  await expect(addForm.getByLabel('开始')).toHaveValue('14:30');
  await addForm.getByRole('button', { name: '添加场次' }).click();
  await expect(page.getByLabel('第 2 场 开始')).toHaveValue('14:30');
  await page.getByRole('button', { name: '移除第 2 场' }).click();
  await expect(page.getByLabel('第 2 场 开始')).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByLabel('第 2 场 开始')).toHaveValue('14:30');

  // --- Everything persists.
  await page.reload();
  await expect(page.getByLabel('主题')).toHaveValue('营商环境与创新生态');
  await expect(page.getByLabel('会议形式')).toHaveValue('decision');
  await expect(page.getByRole('combobox', { name: '主持人' })).toHaveValue('李长根');
  await expect(page.getByRole('combobox', { name: '记录人' })).toHaveValue('孙丽');
  await expect(page.getByLabel('第 1 场 结束')).toHaveValue('12:30');
  await expect(page.getByLabel('第 2 场 结束')).toHaveValue('17:30');
});
