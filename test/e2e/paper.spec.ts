import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Person, Programme, Session, Stage, Unit } from '../../shared/domain.js';
import { expect, test, type Api } from './fixtures.js';
import { downloadPaper, inOrder, positions, squash, table } from './paper-files.js';

/**
 * The room's paper (issue 16): from an empty data folder, a session with a few participants; the
 * secretary downloads the sign-in sheet, the name cards and the seating plan from the session's
 * Export menu, in Word and PDF, and each file is read back as another program would (the Word XML's
 * text, pdftotext). The names come in the order the participants table shows them.
 */

/** CONVENE_SCREENSHOTS=DIR also photographs the Export menu with the room's paper in it. */
const shots = process.env.CONVENE_SCREENSHOTS;

let out: string;
test.beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-paper-'));
});
test.afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

const download = (page: Page, item: string) => downloadPaper(page, item, out);

/**
 * A programme in `locale` with one session, a sitting, a venue and four participants, the second of
 * them the chair. Made through the API: the directory and session forms have their own specs; the
 * paper is what is under test here.
 */
async function seminar(api: Api, locale: 'zh-CN' | 'en'): Promise<Session> {
  const zh = locale === 'zh-CN';
  const programme = (await api('programme.create', { title: zh ? '产业生态专题研讨' : 'Industrial ecosystem', locale })) as Programme;
  const stage = (await api('stage.create', { programmeId: programme.id, title: zh ? '第一轮' : 'Round 1' })) as Stage;
  const unit = (await api('unit.create', { name: zh ? '县工业和信息化局' : 'Industry Bureau' })) as Unit;
  const people: Person[] = [];
  const names = zh
    ? [['赵国栋', '副县长'], ['江辰', '县委书记'], ['李明', '局长'], ['<b>王芳</b>', '副局长']]
    : [['Zhao Guodong', 'Deputy County Head'], ['Jiang Chen', 'Party Secretary'], ['Li Ming', 'Director'], ['<b>Wang Fang</b>', 'Deputy Director']];
  for (const [name, position] of names) people.push((await api('person.create', { name: name!, position: position!, unitId: unit.id })) as Person);
  const session = (await api('session.create', {
    stageId: stage.id,
    title: zh ? '产业生态专题研讨会' : 'Ecosystem seminar',
    venue: zh ? '县政府第一会议室' : 'Meeting Room 1',
    sittings: [{ date: '2027-01-12', startTime: '09:00', endTime: '12:00' }],
  })) as Session;
  await api('attendance.add', { sessionId: session.id, personIds: people.map((p) => p.id) });
  await api('session.update', { id: session.id, chairId: people[1]!.id });
  return session;
}

/** The names in the order the session's participants table shows them. */
async function participantsOnScreen(page: Page): Promise<string[]> {
  const rows = page.locator('tr.participant-row th.participant-name');
  await expect(rows).toHaveCount(4);
  return rows.allTextContents();
}

test('the sign-in sheet, name cards and seating plan of a new session, in Word and PDF, in the participants’ order', async ({ page, appUrl, api }) => {
  test.setTimeout(240_000);
  const session = await seminar(api, 'zh-CN');
  await page.goto(`${appUrl}#/sessions/${session.id}`);
  // The order the participants table shows is the order of the paper.
  const order = await participantsOnScreen(page);
  const chair = '江辰';
  if (shots) {
    await page.getByRole('button', { name: /^导出/ }).click();
    await expect(page.getByRole('menuitem', { name: '座次图：PDF 文件（.pdf）' })).toBeVisible();
    await page.screenshot({ path: path.join(shots, 'paper-export-menu.png') });
    await page.keyboard.press('Escape');
  }
  const bySeat = [chair, ...order.filter((n) => n !== chair)];

  const signinWord = await download(page, '签到表：Word 文档（.docx）');
  expect(signinWord.name).toBe('产业生态专题研讨会-签到表-2027-01-12.docx');
  expect(squash(signinWord.text)).toContain(squash('产业生态专题研讨会签到表'));
  expect(inOrder(positions(table(signinWord.text), ['序号', '姓名', '单位职务', '签到', ...order]))).toBe(true);
  // Numbered rows after the list, for walk-ins.
  expect(signinWord.text).toMatch(new RegExp(`\\n${order.length + 1}\\n${order.length + 2}\\n`));

  const signinPdf = await download(page, '签到表：PDF 文件（.pdf）');
  expect(signinPdf.name).toBe('产业生态专题研讨会-签到表-2027-01-12.pdf');
  // pdftotext may read a header row cell by cell down its column: the headers are there, the names in order.
  for (const header of ['序号', '姓名', '单位职务', '签到']) expect(table(signinPdf.text)).toContain(header);
  expect(inOrder(positions(table(signinPdf.text), order))).toBe(true);
  // A name typed as markup is printed as what was typed.
  expect(signinPdf.text).toContain('<b>王芳</b>');

  for (const format of ['Word 文档（.docx）', 'PDF 文件（.pdf）']) {
    const cards = await download(page, `桌签：${format}`);
    expect(cards.name).toMatch(/^产业生态专题研讨会-桌签-2027-01-12\.(docx|pdf)$/);
    // Each name twice (both halves of the card), in order.
    expect(inOrder(positions(cards.text, order))).toBe(true);
    for (const name of order) expect(squash(cards.text).split(squash(name)).length - 1, name).toBe(2);

    const seating = await download(page, `座次图：${format}`);
    expect(seating.name).toMatch(/^产业生态专题研讨会-座次图-2027-01-12\.(docx|pdf)$/);
    expect(squash(seating.text)).toContain('会议桌');
    // The list under the plan, by seat: the chair first.
    const list = seating.text.slice(seating.text.lastIndexOf('单位职务'));
    expect(inOrder(positions(list, bySeat))).toBe(true);
  }

  // In English, picked in the menu.
  await page.getByRole('button', { name: /^导出/ }).click();
  await page.getByRole('menuitemradio', { name: /English/ }).click();
  await page.keyboard.press('Escape');
  const english = await download(page, '座次图：PDF 文件（.pdf）');
  expect(english.name).toBe('产业生态专题研讨会-seating-plan-2027-01-12.pdf');
  expect(english.text).toContain('Seating plan: 产业生态专题研讨会');
  expect(english.text).toContain('Organisation and position');
  expect(english.text).toMatch(/1\s+Chair/);
});

test('in English: the menu names the paper, and the sign-in sheet and name cards speak English', async ({ page, appUrl, api }) => {
  test.setTimeout(120_000);
  await api('settings.update', { language: 'en' });
  const session = await seminar(api, 'en');
  await page.goto(`${appUrl}#/sessions/${session.id}`);
  const order = await participantsOnScreen(page);

  const signin = await download(page, 'Sign-in sheet: Word document (.docx)');
  expect(signin.name).toBe('Ecosystem-seminar-sign-in-sheet-2027-01-12.docx');
  expect(signin.text).toContain('Sign-in sheet: Ecosystem seminar');
  expect(inOrder(positions(signin.text, ['No.', 'Name', 'Organisation and position', 'Signature', ...order]))).toBe(true);
  expect(signin.text).toContain('Party Secretary, Industry Bureau');

  const cards = await download(page, 'Name cards: PDF file (.pdf)');
  expect(cards.name).toBe('Ecosystem-seminar-name-cards-2027-01-12.pdf');
  const pages = cards.text.split('\f').filter((p) => p.trim());
  expect(pages).toHaveLength(order.length);
  pages.forEach((text, i) => expect(squash(text).split(squash(order[i]!)).length - 1).toBe(2));
  expect(cards.text).toContain('<b>Wang Fang</b>');
});
