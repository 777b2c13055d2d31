import path from 'node:path';
import type { Page } from '@playwright/test';
import { describeViolation, isBlocking, runAxe } from './axe.js';
import { expect, test } from './fixtures.js';

/**
 * Issue 16, points 3 and 5, from an empty data folder. Units and a person are made in the directory,
 * the person's unit chosen with the unit picker by typing pinyin ("gx", ↓, Enter), and changed in the
 * edit row the same way (Enter picks, a second Enter saves the row). Search then finds the person by
 * the initials of her name and a session's minutes by a word only the minutes hold, and the minutes
 * hit opens the minutes editor. In English the same works by plain text.
 * CONVENE_SCREENSHOTS=DIR also saves screenshots.
 */
const shots = process.env.CONVENE_SCREENSHOTS;

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

const WORDS = {
  'zh-CN': {
    units: { tab: '单位', name: '单位名称', shortName: '简称', add: '添加单位' },
    people: { tab: '人员', heading: '添加人员', name: '姓名', position: '职务', unit: '单位', add: '添加人员' },
    industry: ['县工业和信息化局', '工信局'],
    finance: ['县财政局', '财政局'],
    person: '王芳',
    position: '局长',
    /** What is typed in the unit picker to find each unit. */
    typeIndustry: 'gx',
    typeFinance: 'cz',
    editOf: (name: string) => `编辑${name}`,
    /** What finds the person in search (her initials), and what must not be a plain-text hit. */
    personQuery: 'wf',
    searchBox: '搜索内容',
    peopleGroup: '人员',
    minutesGroup: '会议纪要',
    count: (n: number) => `找到 ${n} 条结果`,
    programme: '清源县高质量发展战略布局专题研讨',
    stage: '常委会层面研讨',
    session: '产业发展座谈会',
    generate: '生成纪要草稿',
    closing: '会议要求',
    closingText: '请各单位加强督办，按月报送进展。',
    minutesWord: '督办',
    saved: '纪要已保存。',
    minutesOf: (session: string) => `${session}的会议纪要`,
  },
  en: {
    units: { tab: 'Units', name: 'Unit name', shortName: 'Short name', add: 'Add unit' },
    people: { tab: 'People', heading: 'Add a person', name: 'Name', position: 'Position', unit: 'Unit', add: 'Add person' },
    industry: ['County Bureau of Industry and IT', 'Industry Bureau'],
    finance: ['County Finance Bureau', 'Finance Bureau'],
    person: 'Jiang Chen',
    position: 'Director',
    typeIndustry: 'indus',
    typeFinance: 'finan',
    editOf: (name: string) => `Edit ${name}`,
    personQuery: 'jiang',
    searchBox: 'Search for',
    peopleGroup: 'People',
    minutesGroup: 'Minutes',
    count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
    programme: 'Qingyuan County strategy seminars',
    stage: 'Leadership round',
    session: 'Industry roundtable',
    generate: 'Draft the minutes',
    closing: 'Requirements',
    closingText: 'Every unit reports monthly; the office keeps oversight of follow-up.',
    minutesWord: 'oversight',
    saved: 'Minutes saved.',
    minutesOf: (session: string) => `Minutes of ${session}`,
  },
} as const;

for (const locale of ['zh-CN', 'en'] as const) {
  const w = WORDS[locale];

  test(`unit picker by pinyin, search by a person's pinyin and in the minutes (${locale})`, async ({ page, appUrl, api }) => {
    await api('settings.update', { language: locale });
    const origin = new URL(appUrl).origin;

    // --- Two units, through the directory's form.
    await page.goto(appUrl);
    await page.goto(`${origin}/#/directory?tab=units`);
    for (const [name, shortName] of [w.industry, w.finance]) {
      await page.getByLabel(w.units.name).fill(name);
      await page.getByLabel(w.units.shortName).fill(shortName);
      await page.getByRole('button', { name: w.units.add }).click();
      await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
    }

    // --- A person whose unit is picked by typing: type, ↓, Enter.
    await page.getByRole('tab', { name: w.people.tab }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: w.people.heading }) });
    await form.getByLabel(w.people.name).fill(w.person);
    await form.getByLabel(w.people.position).fill(w.position);
    const unitBox = form.getByRole('combobox', { name: w.people.unit, exact: true });
    await unitBox.fill(w.typeIndustry);
    await expect(unitBox).toHaveAttribute('aria-expanded', 'true');
    const list = form.getByRole('listbox', { name: w.people.unit, exact: true });
    const option = list.getByRole('option', { name: new RegExp(w.industry[0]) });
    await expect(option).toBeVisible();
    await expect(list.getByRole('option')).toHaveCount(1);
    await shot(page, `${locale}-unit-picker`);
    // The open picker has no serious or critical accessibility violation.
    expect((await runAxe(page)).filter(isBlocking).map((v) => describeViolation('unit picker', v))).toEqual([]);
    await unitBox.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await unitBox.press('Enter');
    await expect(unitBox).toHaveValue(w.industry[0]);
    await expect(unitBox).toHaveAttribute('aria-expanded', 'false');
    // The pick did not submit the form; the next Enter does.
    await expect(page.getByRole('rowheader', { name: w.person, exact: true })).toHaveCount(0);
    await unitBox.press('Enter');
    const row = page.getByRole('row', { name: new RegExp(w.person) });
    await expect(row).toContainText(w.industry[0]);
    // The unit stays chosen for the next person.
    await expect(unitBox).toHaveValue(w.industry[0]);

    // --- Her unit changed in the edit row: Enter picks the unit, a second Enter saves the row.
    await page.getByRole('button', { name: w.editOf(w.person) }).click();
    const editRow = page.locator('tr.editing-row');
    const rowUnit = editRow.getByRole('combobox', { name: w.people.unit, exact: true });
    await expect(rowUnit).toHaveValue(w.industry[0]);
    await rowUnit.fill(w.typeFinance);
    await expect(editRow.getByRole('listbox').getByRole('option', { name: new RegExp(w.finance[0]) })).toBeVisible();
    await shot(page, `${locale}-edit-row-picker`);
    await rowUnit.press('Enter');
    await expect(rowUnit).toHaveValue(w.finance[0]);
    await expect(editRow).toBeVisible();
    await rowUnit.press('Enter');
    await expect(editRow).toHaveCount(0);
    await expect(page.getByRole('row', { name: new RegExp(w.person) })).toContainText(w.finance[0]);
    await shot(page, `${locale}-directory-people`);

    // --- Minutes with a word nothing else holds, written in the minutes editor.
    const programme = await api('programme.create', { title: w.programme, locale });
    const stage = await api('stage.create', { programmeId: programme.id, title: w.stage });
    const session = await api('session.create', { stageId: stage.id, title: w.session });
    await page.goto(`${origin}/#/sessions/${session.id}/minutes`);
    await page.getByRole('button', { name: w.generate }).click();
    const closing = page.getByRole('textbox', { name: w.closing });
    await closing.fill(w.closingText);
    await page.keyboard.press('Control+s');
    await expect(page.getByText(w.saved)).toBeVisible();

    // --- Search: the person by her pinyin initials (by her name in English).
    await page.goto(`${origin}/#/search`);
    const box = page.getByRole('searchbox', { name: w.searchBox });
    await expect(box).toBeFocused();
    await box.fill(w.personQuery);
    await expect(page.getByRole('status').filter({ hasText: w.count(1) })).toBeVisible();
    const people = page.getByRole('region', { name: new RegExp(`^${w.peopleGroup}`) });
    await expect(people.getByRole('link', { name: new RegExp(w.person) })).toBeVisible();
    await shot(page, `${locale}-search-person`);

    // --- Search: the word only the minutes hold finds the session's minutes, marked, and opens them.
    await box.fill(w.minutesWord);
    await expect(page.getByRole('status').filter({ hasText: w.count(1) })).toBeVisible();
    const minutes = page.getByRole('region', { name: new RegExp(`^${w.minutesGroup}`) });
    const hit = minutes.getByRole('link', { name: new RegExp(w.minutesOf(w.session)) });
    await expect(hit).toBeVisible();
    await expect(hit.locator('mark')).toHaveText(w.minutesWord);
    await shot(page, `${locale}-search-minutes`);
    expect((await runAxe(page)).filter(isBlocking).map((v) => describeViolation('search', v))).toEqual([]);
    await hit.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/sessions/${session.id}/minutes$`));
    await expect(page.getByRole('textbox', { name: w.closing })).toHaveValue(w.closingText);
  });
}
