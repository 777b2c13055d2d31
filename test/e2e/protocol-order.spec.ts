import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { drag, rowNames } from './ordering.js';

/**
 * Protocol order (排序, issue 16 point 2), from an empty data folder: four people typed into the
 * directory land in the default order of precedence (书记 before 副县长 before 局长, whatever order
 * they were typed in); two are swapped by dragging the handle, one moved by Alt+↓ and put back by
 * the toast's Undo, one moved by typing its number; the order survives a reload, and the session's
 * participants and the minutes' 出席 line follow it; an order the secretary sets by hand in the
 * minutes survives "regenerate". Both languages; screenshots when asked
 * (CONVENE_SCREENSHOTS=DIR).
 */
const shots = process.env.CONVENE_SCREENSHOTS;

const W = {
  'zh-CN': {
    directory: '通讯录',
    name: '姓名',
    position: '职务',
    category: '类别',
    addHeading: '添加人员',
    add: '添加人员',
    people: {
      jiang: ['江辰', '县委书记', 'leadership'],
      ma: ['马文博', '副县长（分管文化旅游）', 'leadership'],
      zhao: ['赵国栋', '副县长（分管工业和信息化）', 'leadership'],
      lin: ['林卫东', '工信局局长', 'department_head'],
    },
    drag: (name: string) => `拖动调整${name}的排序`,
    number: (name: string) => `${name}的序号（1–4）`,
    moved: (name: string, n: number) => `已将“${name}”排到第 ${n} 位`,
    undo: '撤销',
    undone: (name: string, n: number) => `已撤销，“${name}”回到第 ${n} 位`,
    generate: '生成纪要草稿',
    save: '保存',
    saved: '纪要已保存。',
    regenerate: '从会议数据重新生成',
    regenerateConfirm: '重新生成并覆盖',
    regenerated: '已按会议数据重新生成草稿。',
    present: (group: string) => `${group}：出席人员`,
    leadership: '县领导',
    departmentHead: '部门负责人',
    join: '、',
  },
  en: {
    directory: 'Directory',
    name: 'Name',
    position: 'Position',
    category: 'Category',
    addHeading: 'Add a person',
    add: 'Add person',
    people: {
      jiang: ['Jiang Chen', 'County Party Secretary', 'leadership'],
      ma: ['Ma Wenbo', 'Deputy County Head (culture and tourism)', 'leadership'],
      zhao: ['Zhao Guodong', 'Deputy County Head (industry and IT)', 'leadership'],
      lin: ['Lin Weidong', 'Director of the Industry and IT Bureau', 'department_head'],
    },
    drag: (name: string) => `Drag to reorder ${name}`,
    number: (name: string) => `Order of ${name} (1–4)`,
    moved: (name: string, n: number) => `Moved “${name}” to place ${n}`,
    undo: 'Undo',
    undone: (name: string, n: number) => `Undone: “${name}” is back at place ${n}`,
    generate: 'Draft the minutes',
    save: 'Save',
    saved: 'Minutes saved.',
    regenerate: 'Regenerate from the session',
    regenerateConfirm: 'Regenerate and replace',
    regenerated: 'The draft was regenerated from the session.',
    present: (group: string) => `${group}: present`,
    leadership: 'County leadership',
    departmentHead: 'Department head',
    join: ', ',
  },
} as const;

/** A full-page screenshot into CONVENE_SHOTS, when set. */
async function screenshot(page: Page, name: string) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `order-${name}.png`), fullPage: true });
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`protocol order: typed in any order, dragged, moved by keys and by number; participants and the minutes follow (${locale})`, async ({
    page,
    appUrl,
    api,
  }) => {
    test.setTimeout(120_000);
    const w = W[locale];
    const [jiang, ma, zhao, lin] = [w.people.jiang[0], w.people.ma[0], w.people.zhao[0], w.people.lin[0]];
    const toastOf = (text: string) => page.locator('[data-sonner-toast]').filter({ hasText: text });
    const shot = (name: string) => screenshot(page, `${locale}-${name}`);

    await api('settings.update', { language: locale });
    await page.goto(appUrl);
    await page.getByRole('link', { name: w.directory }).click();

    // ---- Typed in the order people arrive: 副县长, 局长, 书记, 副县长.
    const form = page.locator('form', { has: page.getByRole('heading', { name: w.addHeading }) });
    for (const key of ['ma', 'lin', 'jiang', 'zhao'] as const) {
      const [name, position, category] = w.people[key];
      await form.getByLabel(w.name).fill(name);
      await form.getByLabel(w.position).fill(position);
      await form.getByLabel(w.category).selectOption(category);
      await form.getByRole('button', { name: w.add }).click();
      await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
    }
    // The default order of precedence: 书记, the 副县长 as typed, then the department head.
    await expect(rowNames(page)).toHaveText([jiang, ma, zhao, lin]);
    await expect(page.getByRole('textbox', { name: w.number(lin) })).toHaveValue('4');
    await shot('01-default');

    // ---- Drag: 赵国栋 onto 江辰's place, to the top.
    await drag(page, page.getByRole('button', { name: w.drag(zhao) }), page.getByRole('row', { name: new RegExp(jiang) }));
    await expect(toastOf(w.moved(zhao, 1))).toBeVisible();
    await expect(rowNames(page)).toHaveText([zhao, jiang, ma, lin]);

    // ---- Keyboard: Alt+↓ on 马文博's row moves him below 林卫东; the toast's Undo puts him back.
    await page.getByRole('button', { name: w.drag(ma) }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(rowNames(page)).toHaveText([zhao, jiang, lin, ma]);
    await expect(page.getByRole('button', { name: w.drag(ma) })).toBeFocused();
    await toastOf(w.moved(ma, 4)).getByRole('button', { name: w.undo }).click();
    await expect(toastOf(w.undone(ma, 3))).toBeVisible();
    await expect(rowNames(page)).toHaveText([zhao, jiang, ma, lin]);

    // ---- Number: 马文博 to place 2.
    const number = page.getByRole('textbox', { name: w.number(ma) });
    await number.fill('2');
    await number.press('Enter');
    await expect(rowNames(page)).toHaveText([zhao, ma, jiang, lin]);
    await expect(page.getByRole('textbox', { name: w.number(jiang) })).toHaveValue('3');
    await shot('02-reordered');

    // It is the directory's order, not the screen's: a reload keeps it.
    await page.reload();
    await expect(rowNames(page)).toHaveText([zhao, ma, jiang, lin]);
    expect((await api('person.list', {})).map((p) => p.name)).toEqual([zhao, ma, jiang, lin]);

    // ---- A session with all four, added in another order (not under test: made through the API).
    const people = await api('person.list', {});
    const idOf = (name: string) => people.find((p) => p.name === name)!.id;
    const programme = await api('programme.create', { title: locale === 'en' ? 'Talent' : '人才工作', locale });
    const stage = await api('stage.create', { programmeId: programme.id, title: locale === 'en' ? 'Stage 1' : '第一阶段' });
    const session = await api('session.create', { stageId: stage.id, title: locale === 'en' ? 'Seminar' : '座谈会' });
    await api('attendance.add', { sessionId: session.id, personIds: [lin, jiang, ma, zhao].map(idOf) });
    for (const name of [lin, jiang, ma, zhao]) await api('attendance.update', { sessionId: session.id, personId: idOf(name), presence: 'present' });

    // The participants come in protocol order.
    const origin = new URL(appUrl).origin;
    await page.goto(`${origin}/#/sessions/${session.id}`);
    await expect(page.locator('tr.participant-row').getByRole('rowheader')).toHaveText([zhao, ma, jiang, lin]);
    await shot('03-participants');

    // The minutes' 出席 line too.
    await page.goto(`${origin}/#/sessions/${session.id}/minutes`);
    await page.getByRole('button', { name: w.generate }).click();
    await expect(page.getByRole('textbox', { name: w.present(w.leadership) })).toHaveValue([zhao, ma, jiang].join(w.join));
    await expect(page.getByRole('textbox', { name: w.present(w.departmentHead) })).toHaveValue(lin);
    await shot('04-minutes');

    // ---- The secretary orders the line by hand and saves; regenerating keeps that order.
    const leaders = page.getByRole('textbox', { name: w.present(w.leadership) });
    await leaders.fill([jiang, zhao, ma].join(w.join));
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await expect(toastOf(w.saved)).toBeVisible();
    await page.getByRole('button', { name: w.regenerate }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.regenerateConfirm }).click();
    await expect(toastOf(w.regenerated)).toBeVisible();
    await expect(leaders).toHaveValue([jiang, zhao, ma].join(w.join));
    // The line nobody reordered still follows the directory.
    await expect(page.getByRole('textbox', { name: w.present(w.departmentHead) })).toHaveValue(lin);
  });
}

const U = {
  'zh-CN': {
    units: '单位',
    addHeading: '添加单位',
    name: '单位名称',
    kind: '类型',
    add: '添加单位',
    list: [
      ['工信局', 'department'],
      ['县政府', 'government'],
      ['县委', 'party'],
    ],
    drag: (name: string) => `拖动调整${name}的排序`,
    // Lifting also says where it is over (its own place) at once: either sentence.
    lifted: (name: string) => new RegExp(`“${name}”.*第 3 位，共 3 项。`),
    over: (name: string, n: number) => `“${name}”移到第 ${n} 位，共 3 项。`,
    reset: '恢复默认排序',
    resetDone: '已恢复默认排序',
  },
  en: {
    units: 'Units',
    addHeading: 'Add a unit',
    name: 'Unit name',
    kind: 'Kind',
    add: 'Add unit',
    list: [
      ['Industry and IT Bureau', 'department'],
      ['County Government', 'government'],
      ['County Party Committee', 'party'],
    ],
    drag: (name: string) => `Drag to reorder ${name}`,
    lifted: (name: string) => new RegExp(`“${name}”.*place 3 of 3\\.`),
    over: (name: string, n: number) => `“${name}” moved to place ${n} of 3.`,
    reset: 'Reset to default order',
    resetDone: 'Default order restored',
  },
} as const;

for (const locale of ['zh-CN', 'en'] as const) {
  test(`protocol order of units: by kind, lifted with Space and moved with ↑, reset to the default after asking (${locale})`, async ({ page, appUrl, api }) => {
    const u = U[locale];
    const [bureau, government, committee] = [u.list[0][0], u.list[1][0], u.list[2][0]];
    await api('settings.update', { language: locale });
    await page.goto(appUrl);
    await page.goto(`${new URL(appUrl).origin}/#/directory?tab=units`);
    const form = page.locator('form', { has: page.getByRole('heading', { name: u.addHeading }) });
    for (const [name, kind] of u.list) {
      await form.getByLabel(u.name).fill(name);
      await form.getByLabel(u.kind).selectOption(kind);
      await form.getByRole('button', { name: u.add }).click();
      await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
    }
    // 党委, 政府, then the department, whatever order they were typed in.
    await expect(rowNames(page)).toHaveText([committee, government, bureau]);

    // dnd-kit's keyboard sensor: Space lifts, ↑↑ moves, Space drops; each step is said.
    const dndRegion = page.locator('[id^="DndLiveRegion"]').first();
    await page.getByRole('button', { name: u.drag(bureau) }).focus();
    await page.keyboard.press('Space');
    await expect(dndRegion).toHaveText(u.lifted(bureau));
    await page.keyboard.press('ArrowUp');
    await expect(dndRegion).toHaveText(u.over(bureau, 2));
    await page.keyboard.press('ArrowUp');
    await expect(dndRegion).toHaveText(u.over(bureau, 1));
    await page.keyboard.press('Space');
    await expect(rowNames(page)).toHaveText([bureau, committee, government]);
    await screenshot(page, `${locale}-05-units`);
    await expect.poll(async () => (await api('unit.list', {})).map((x) => x.name)).toEqual([bureau, committee, government]);

    // Reset asks first, then puts every unit back by kind.
    await page.getByRole('button', { name: u.reset }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: u.reset }).click();
    await expect(page.locator('[data-sonner-toast]').filter({ hasText: u.resetDone })).toBeVisible();
    await expect(rowNames(page)).toHaveText([committee, government, bureau]);
  });
}
