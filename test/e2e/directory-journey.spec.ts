import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { drag, rowNames } from './ordering.js';
import { downloadPaper, inOrder, positions, squash, table } from './paper-files.js';

/**
 * The acceptance journey of issue 16 (the directory), from an EMPTY data folder, by keys and clicks:
 * three units typed in with their short names; 40 rows copied from a spreadsheet (tab-separated,
 * with a header, units named by their short names, two bad rows) pasted into the import dialog, the
 * preview naming the two bad rows and why, the rest imported; two people reordered (one dragged, one
 * moved with Alt+↓); a programme, stage and session made through their forms, a whole unit and two
 * more people added as participants and marked present; and then the same order in the
 * participants table, the minutes' 出席 lines and the sign-in sheet (Word and PDF, read back). In
 * zh-CN (the browser's language) and en (chosen in Settings); no api call at all.
 * CONVENE_SCREENSHOTS=DIR saves screenshots, the sign-in sheet's pages as PNG, and the name cards
 * and seating plan (PDF, and the Word files through LibreOffice) as PNG too.
 */
const shots = process.env.CONVENE_SCREENSHOTS;

type Category = 'department_head' | 'staff';
interface Row {
  name: string;
  /** Index into the units. */
  unit: number;
  position: string;
  category: Category;
}

const W = {
  'zh-CN': {
    surnames: '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗',
    given: ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋'],
    /** A name from the two lists: 20 surnames, the second time round with 华 added. */
    nameOf: (surname: string, given: string, round: number) => `${surname}${given}${round ? '华' : ''}`,
    units: [
      ['清源县工业和信息化局', '工信局'],
      ['清源县发展和改革局', '发改局'],
      ['清源县财政局', '财政局'],
    ],
    header: '序号\t姓名\t单位\t职务\t类别',
    positions: { head: '局长', deputy: '副局长', staff: '科员' },
    categories: { department_head: '部门负责人', staff: '工作人员' },
    unknownUnit: '水务局',
    badName: '钱多多',
    home: { heading: '研讨项目', new: '新建研讨项目', title: '标题' },
    programme: {
      title: '清源县营商环境专题研讨',
      stageHeading: '添加阶段',
      stageName: '阶段名称',
      addStage: '添加阶段',
      stage: '部门层面研讨',
      newSession: '新建研讨会',
      sessionForm: (stage: string) => `在“${stage}”中新建研讨会`,
      sessionTitle: '会议名称',
      venue: '地点',
      date: (n: number) => `第 ${n} 场 日期`,
      create: '创建并打开',
      session: '营商环境座谈会',
      venueName: '县政府第二会议室',
    },
    directory: {
      link: '通讯录',
      unitsTab: '单位',
      peopleTab: '人员',
      unitName: '单位名称',
      shortName: '简称',
      kind: '类型',
      addUnit: '添加单位',
      unitAdded: (name: string) => `已添加单位“${name}”`,
    },
    importer: {
      open: '导入…',
      dialog: '导入人员和单位',
      paste: '粘贴表格',
      preview: '导入预览',
      summary: '新增 38 人、0 个单位；沿用已有单位 3 个；重复 0 行，有问题 2 行。',
      unitUnknown: (short: string) => `单位“${short}”不存在；勾选“创建表中不存在的单位”可一并创建`,
      nameMissing: '没有姓名',
      import: '导入 38 人',
      done: '已导入 38 人、0 个单位',
      count: '共 38 人',
    },
    order: {
      drag: (name: string) => `拖动调整${name}的排序`,
      moved: (name: string, n: number) => `已将“${name}”排到第 ${n} 位`,
    },
    tabs: '研讨会各环节',
    participants: {
      tab: '会前准备',
      wholeUnit: '整个单位',
      addUnit: '添加该单位全部人员',
      addedMany: (n: number) => `已添加 ${n} 人`,
      add: '从通讯录添加',
      present: (n: number) => `出席 ${n}`,
    },
    minutes: {
      tab: '纪要',
      generate: '生成纪要草稿',
      present: (group: string) => `${group}：出席人员`,
      join: '、',
    },
    paper: {
      word: '签到表：Word 文档（.docx）',
      pdf: '签到表：PDF 文件（.pdf）',
      fileName: (ext: string) => `营商环境座谈会-签到表-2027-01-12.${ext}`,
      firstHeader: '序号',
      others: ['桌签', '座次图'].flatMap((what) => [`${what}：Word 文档（.docx）`, `${what}：PDF 文件（.pdf）`]),
    },
  },
  en: {
    surnames: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Gao', 'Lin', 'Luo'],
    given: ['Wei', 'Fang', 'Na', 'Min', 'Jing', 'Qiang', 'Lei', 'Yang'],
    nameOf: (surname: string, given: string, round: number) => `${surname} ${given}${round ? 'hua' : ''}`,
    units: [
      ['Qingyuan County Bureau of Industry and IT', 'Industry'],
      ['Qingyuan County Development and Reform Bureau', 'Reform'],
      ['Qingyuan County Finance Bureau', 'Finance'],
    ],
    header: 'No.\tName\tUnit\tPosition\tCategory',
    positions: { head: 'Director', deputy: 'Deputy Director', staff: 'Clerk' },
    categories: { department_head: 'Department head', staff: 'Staff' },
    unknownUnit: 'Water',
    badName: 'Qian Duoduo',
    home: { heading: 'Programmes', new: 'New programme', title: 'Title' },
    programme: {
      title: 'Qingyuan County business climate seminars',
      stageHeading: 'Add a stage',
      stageName: 'Stage name',
      addStage: 'Add stage',
      stage: 'Department round',
      newSession: 'New session',
      sessionForm: (stage: string) => `New session in “${stage}”`,
      sessionTitle: 'Session title',
      venue: 'Venue',
      date: (n: number) => `Sitting ${n} Date`,
      create: 'Create and open',
      session: 'Business climate roundtable',
      venueName: 'County government meeting room 2',
    },
    directory: {
      link: 'Directory',
      unitsTab: 'Units',
      peopleTab: 'People',
      unitName: 'Unit name',
      shortName: 'Short name',
      kind: 'Kind',
      addUnit: 'Add unit',
      unitAdded: (name: string) => `Added the unit “${name}”`,
    },
    importer: {
      open: 'Import…',
      dialog: 'Import people and units',
      paste: 'Paste a table',
      preview: 'Import preview',
      summary: 'New people: 38; new units: 0; existing units used: 3; duplicate rows: 0; rows with problems: 2.',
      unitUnknown: (short: string) => `no unit “${short}”; tick “Create units …” to create it as well`,
      nameMissing: 'no name',
      import: 'Import 38 people',
      done: 'Imported. People added: 38; units added: 0.',
      count: 'People: 38',
    },
    order: {
      drag: (name: string) => `Drag to reorder ${name}`,
      moved: (name: string, n: number) => `Moved “${name}” to place ${n}`,
    },
    tabs: 'Parts of this session',
    participants: {
      tab: 'Prepare',
      wholeUnit: 'Whole unit',
      addUnit: 'Add everyone in this unit',
      addedMany: (n: number) => `People added: ${n}`,
      add: 'Add from the directory',
      present: (n: number) => `Present ${n}`,
    },
    minutes: {
      tab: 'Minutes',
      generate: 'Draft the minutes',
      present: (group: string) => `${group}: present`,
      join: ', ',
    },
    paper: {
      word: 'Sign-in sheet: Word document (.docx)',
      pdf: 'Sign-in sheet: PDF file (.pdf)',
      fileName: (ext: string) => `Business-climate-roundtable-sign-in-sheet-2027-01-12.${ext}`,
      firstHeader: 'No.',
      others: ['Name cards', 'Seating plan'].flatMap((what) => [`${what}: Word document (.docx)`, `${what}: PDF file (.pdf)`]),
    },
  },
} as const;

type Words = (typeof W)[keyof typeof W];

/**
 * The 38 good people: unit by unit in turn (0, 1, 2, 0, …); the first of each unit its head, the
 * second its deputy (both department heads), the rest staff.
 */
function people(w: Words): Row[] {
  return Array.from({ length: 38 }, (_, i) => {
    const unit = i % 3;
    const rank = Math.floor(i / 3);
    const surnames = [...w.surnames];
    return {
      name: w.nameOf(surnames[i % surnames.length]!, w.given[i % w.given.length]!, i >= surnames.length ? 1 : 0),
      unit,
      position: rank === 0 ? w.positions.head : rank === 1 ? w.positions.deputy : w.positions.staff,
      category: rank < 2 ? 'department_head' : 'staff',
    };
  });
}

/** What Ctrl+C on the spreadsheet gives: a header, tab-separated rows, CRLF; row 21 names an unknown unit, row 31 has no name. */
function spreadsheet(w: Words, rows: Row[]): string {
  const line = (n: number, name: string, unit: string, position: string, category: string) => [n, name, unit, position, category].join('\t');
  const lines: string[] = rows.map((r, i) => line(i + 1, r.name, w.units[r.unit]![1], r.position, w.categories[r.category]));
  lines.splice(20, 0, line(0, w.badName, w.unknownUnit, w.positions.staff, w.categories.staff));
  lines.splice(30, 0, line(0, '', w.units[0][1], w.positions.staff, w.categories.staff));
  return `${[w.header, ...lines.map((l, i) => l.replace(/^\d+/, String(i + 1)))].join('\r\n')}\r\n`;
}

/** A screenshot into CONVENE_SCREENSHOTS, when set. */
async function screenshot(page: Page, name: string) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `journey-${name}.png`), fullPage: true });
}

/** PDF pages as PNG (60 dpi) into CONVENE_SCREENSHOTS, to look at; a Word file through LibreOffice first. */
function render(file: string, name: string) {
  if (!shots) return;
  let pdf = file;
  if (file.endsWith('.docx')) {
    const dir = path.dirname(file);
    const run = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'docx-pdf'), file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    pdf = path.join(dir, 'docx-pdf', `${path.basename(file, '.docx')}.pdf`);
  }
  const run = spawnSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(shots, `journey-${name}`)], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

let out: string;
test.beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-journey-'));
});
test.afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

for (const locale of ['zh-CN', 'en'] as const) {
  test(`directory journey: 40 pasted rows, two reordered, and the order in participants, minutes and sign-in sheet (${locale})`, async ({ page, appUrl }) => {
    test.setTimeout(240_000);
    const w: Words = W[locale];
    const rows = people(w);
    const shot = (name: string) => screenshot(page, `${locale}-${name}`);
    const toastOf = (text: string) => page.locator('[data-sonner-toast]').filter({ hasText: text });

    // The browser speaks Chinese, so the app does; for English the secretary picks it in 设置.
    await page.goto(appUrl);
    if (locale === 'en') {
      await page.getByRole('link', { name: '设置' }).click();
      await page.getByRole('radio', { name: 'English' }).check();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await page.getByRole('link', { name: 'Programmes' }).click();
    }
    await expect(page.getByRole('heading', { level: 1, name: w.home.heading })).toBeVisible();

    // ---- 1. The units the spreadsheet names by their short names, typed in on the Units tab.
    await page.getByRole('link', { name: w.directory.link }).click();
    await page.getByRole('tab', { name: w.directory.unitsTab }).click();
    for (const [name, shortName] of w.units) {
      await page.getByLabel(w.directory.unitName).fill(name);
      await page.getByLabel(w.directory.shortName).fill(shortName);
      await page.getByLabel(w.directory.kind).selectOption('department');
      await page.getByRole('button', { name: w.directory.addUnit }).click();
      await expect(page.getByText(w.directory.unitAdded(name))).toBeVisible();
      await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
    }

    // ---- 2. The 40 rows pasted; the preview counts 38 good rows and says what is wrong with the other two.
    await page.getByRole('tab', { name: w.directory.peopleTab }).click();
    await page.getByRole('button', { name: w.importer.open }).click();
    const dialog = page.getByRole('dialog', { name: w.importer.dialog });
    await expect(dialog.getByRole('textbox', { name: w.importer.paste })).toBeFocused();
    await page.keyboard.insertText(spreadsheet(w, rows));
    await expect(dialog.getByRole('status')).toHaveText(w.importer.summary);
    const preview = dialog.getByRole('region', { name: w.importer.preview });
    // Line 2 is the first row under the header: its unit is found by its short name.
    await expect(preview.locator('tr[data-line="2"]')).toContainText(rows[0]!.name);
    await expect(preview.locator('tr[data-line="2"]')).toContainText(w.units[0][0]);
    const bad = preview.locator('tr[data-status="bad"]');
    await expect(bad).toHaveCount(2);
    await expect(bad.nth(0)).toContainText(w.badName);
    await expect(bad.nth(0)).toContainText(w.importer.unitUnknown(w.unknownUnit));
    await expect(bad.nth(1)).toContainText(w.importer.nameMissing);
    await shot('01-preview');
    await dialog.getByRole('button', { name: w.importer.import }).click();
    await expect(dialog).toHaveCount(0);
    await expect(toastOf(w.importer.done)).toBeVisible();
    await expect(page.getByText(w.importer.count)).toBeVisible();
    await expect(rowNames(page)).toHaveCount(38);
    await expect(page.getByRole('row', { name: new RegExp(rows[1]!.name) })).toContainText(w.units[1][0]);

    // ---- 3. Two people reordered: one dragged up to the top, one moved down a place with Alt+↓.
    const before = await rowNames(page).allTextContents();
    expect(before.toSorted()).toEqual(rows.map((r) => r.name).toSorted());
    const move = (list: string[], name: string, to: number) => {
      const rest = list.filter((n) => n !== name);
      return [...rest.slice(0, to), name, ...rest.slice(to)];
    };
    // A staff member of the first unit, dragged above everyone.
    const dragged = rows[6]!.name;
    const top = page.getByTestId('ordered-row').first();
    // The table scrolled to its top (as the wheel would), so the hand sees both the handle and where it goes.
    await top.evaluate((row) => row.scrollIntoView({ block: 'start' }));
    await drag(page, page.getByRole('button', { name: w.order.drag(dragged) }), top);
    await expect(toastOf(w.order.moved(dragged, 1))).toBeVisible();
    const afterDrag = move(before, dragged, 0);
    await expect(rowNames(page)).toHaveText(afterDrag);
    // The first unit's head, one place down with the keyboard.
    const lowered = rows[0]!.name;
    const from = afterDrag.indexOf(lowered);
    await page.getByRole('button', { name: w.order.drag(lowered) }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(toastOf(w.order.moved(lowered, from + 2))).toBeVisible();
    const order = move(afterDrag, lowered, from + 1);
    await expect(rowNames(page)).toHaveText(order);
    await expect(page.getByRole('button', { name: w.order.drag(lowered) })).toBeFocused();
    await shot('02-directory-reordered');

    // ---- 4. A programme, a stage, a session, through their forms.
    await page.getByRole('link', { name: w.home.heading }).first().click();
    await page.getByRole('button', { name: w.home.new }).click();
    await expect(page.getByLabel(w.home.title)).toBeFocused();
    await page.keyboard.type(w.programme.title);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: w.programme.title })).toBeVisible();
    const stageForm = page.locator('form', { has: page.getByRole('heading', { name: w.programme.stageHeading }) });
    await stageForm.getByLabel(w.programme.stageName).fill(w.programme.stage);
    await stageForm.getByRole('button', { name: w.programme.addStage }).click();
    await page.locator('.stage-card').first().getByRole('button', { name: w.programme.newSession }).click();
    const sessionForm = page.locator('form', { has: page.getByRole('heading', { name: w.programme.sessionForm(w.programme.stage) }) });
    await expect(sessionForm.getByLabel(w.programme.sessionTitle)).toBeFocused();
    await page.keyboard.type(w.programme.session);
    await sessionForm.getByLabel(w.programme.venue).fill(w.programme.venueName);
    await sessionForm.getByLabel(w.programme.date(1)).fill('2027-01-12');
    await sessionForm.getByRole('button', { name: w.programme.create }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.programme.session })).toBeVisible();

    // ---- Participants: the whole first unit, then two people of the others by name, in no particular order.
    const wholeUnit = page.getByRole('combobox', { name: w.participants.wholeUnit });
    await wholeUnit.fill(w.units[0][1]);
    await wholeUnit.press('Enter');
    await expect(wholeUnit).toHaveValue(w.units[0][0]);
    await page.getByRole('button', { name: w.participants.addUnit }).click();
    const firstUnit = rows.filter((r) => r.unit === 0);
    await expect(page.getByText(w.participants.addedMany(firstUnit.length), { exact: true })).toBeVisible();
    const search = page.getByRole('combobox', { name: w.participants.add });
    const others = [rows[37]!, rows[2]!];
    for (const person of others) {
      await search.fill(person.name);
      await expect(page.getByRole('listbox', { name: w.participants.add }).getByRole('option').first()).toContainText(person.name);
      await search.press('Enter');
      await expect(page.locator('tr.participant-row').getByRole('rowheader', { name: person.name, exact: true })).toBeVisible();
    }
    const attending = [...firstUnit, ...others];
    const expected = order.filter((name) => attending.some((r) => r.name === name));
    const participantRows = page.locator('tr.participant-row');
    await expect(participantRows.getByRole('rowheader')).toHaveText(expected);
    // Everyone present (the minutes' 出席 lines name those present): P on each row, from the first down.
    await participantRows.first().getByRole('rowheader').click();
    for (let i = 0; i < expected.length; i += 1) {
      await page.keyboard.press('p');
      if (i + 1 < expected.length) await expect(participantRows.nth(i + 1)).toBeFocused();
    }
    await expect(page.getByTestId('presence-counts')).toContainText(w.participants.present(expected.length));
    await shot('03-participants');

    // ---- 5. The minutes' 出席 lines, a line per category, each in the directory's order.
    await page.getByRole('navigation', { name: w.tabs }).getByRole('link', { name: w.minutes.tab, exact: true }).click();
    await page.getByRole('button', { name: w.minutes.generate }).click();
    for (const category of ['department_head', 'staff'] as const) {
      const names = expected.filter((name) => attending.find((r) => r.name === name)!.category === category);
      await expect(page.getByRole('textbox', { name: w.minutes.present(w.categories[category]) })).toHaveValue(names.join(w.minutes.join));
    }
    await shot('04-minutes');

    // ---- 6. The sign-in sheet, Word and PDF, from the session's Export menu: the same names in the same order.
    await page.getByRole('navigation', { name: w.tabs }).getByRole('link', { name: w.participants.tab, exact: true }).click();
    await expect(participantRows.getByRole('rowheader')).toHaveText(expected);
    for (const [item, ext] of [
      [w.paper.word, 'docx'],
      [w.paper.pdf, 'pdf'],
    ] as const) {
      const file = await downloadPaper(page, item, out);
      expect(file.name).toBe(w.paper.fileName(ext));
      expect(squash(file.text)).toContain(squash(w.programme.session));
      expect(positions(table(file.text, w.paper.firstHeader), expected).every((p) => p >= 0)).toBe(true);
      expect(inOrder(positions(table(file.text, w.paper.firstHeader), expected))).toBe(true);
      render(file.path, `${locale}-05-sign-in-${ext}`);
    }
    // To look at only: the name cards and the seating plan of the same session.
    if (shots) {
      for (const [i, item] of w.paper.others.entries()) {
        const file = await downloadPaper(page, item, out);
        render(file.path, `${locale}-06-paper-${i}-${path.extname(file.name).slice(1)}`);
      }
    }
  });
}
