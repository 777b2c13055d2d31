import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Api } from './fixtures.js';

/**
 * The secretary's capture panel and the notes list, driven from the keyboard during the Stage 1
 * seminar of the sample workshop (常委会层面研讨, round of statements in the morning): `@` and `#`
 * pickers (one speaker found by the pinyin initials of his unit), saving, editing with history,
 * delete and undo, a draft that survives a reload, a failed save that keeps the text and a retry that
 * cannot duplicate, and a Chinese IME composition whose Enter does not save.
 */

const SESSION = 'sample-zh-1-session-leadership_seminar';
const ROUND_AM = 'sample-zh-1-item-leadership_seminar-round_am';

/** Loads the sample, starts the run, opens the morning round and gives the floor to its first speaker (赵国栋). */
async function startStageOneRun(api: Api, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const tag = locale === 'en' ? 'en' : 'zh';
  const session = SESSION.replace('sample-zh-', `sample-${tag}-`);
  await api('settings.update', { language: locale });
  await api('sample.load', { locale });
  await api('run.start', { sessionId: session });
  await api('run.startItem', { sessionId: session, itemId: ROUND_AM.replace('sample-zh-', `sample-${tag}-`) });
  await api('run.next', { sessionId: session });
  return session;
}

async function openCapture(page: Page, appUrl: string, session: string) {
  // The first visit takes the token from the URL; the capture screen is a hash route.
  await page.goto(appUrl);
  await expect(page.locator('h1')).toBeVisible();
  await page.goto(`${new URL(appUrl).origin}/#/sessions/${session}/capture`);
}

function captureInput(page: Page): Locator {
  return page.getByRole('combobox', { name: '记录内容' });
}

function chip(page: Page, what: string): Locator {
  return page.locator(`.capture-chip[data-chip="${what}"]`);
}

function saved(page: Page, text: string): Locator {
  return page.getByTestId('announcer').filter({ hasText: text });
}

function noteRow(page: Page, text: string): Locator {
  return page.locator('article.note-row', { hasText: text });
}

async function notesWith(api: Api, session: string, text: string) {
  return (await api('note.all', { sessionId: session })).filter((n) => n.text.includes(text));
}

test('a secretary captures the morning round by keyboard: @ and #, pinyin initials, edit and history, delete and undo, a draft after reload', async ({
  page,
  appUrl,
  api,
}) => {
  test.setTimeout(120_000);
  const session = await startStageOneRun(api);
  const sampleIds = new Set((await api('note.all', { sessionId: session })).map((n) => n.id));
  await openCapture(page, appUrl, session);

  const input = captureInput(page);
  const picker = page.getByRole('listbox');
  // Focused on arrival, with the run's current item and speaker as defaults.
  await expect(input).toBeFocused();
  await expect(chip(page, '议程项')).toContainText('交流发言（一）');
  await expect(chip(page, '发言人')).toContainText('赵国栋');
  await expect(chip(page, '发言人')).toContainText('当前');

  // --- 1. The current speaker (赵国栋), category by pinyin initials: #jy + Tab.
  await page.keyboard.type('#jy');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(picker.getByRole('option', { selected: true })).toContainText('建议');
  await page.keyboard.press('Tab');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(chip(page, '类别')).toContainText('建议');
  await expect(input).toHaveValue('');
  await page.keyboard.type('工业要突出“专精特新”企业的梯度培育。');
  await page.keyboard.press('Enter');
  await expect(saved(page, '已保存：赵国栋 · 建议')).toBeAttached();
  await expect(input).toHaveValue('');
  await expect(input).toBeFocused();
  // The chips go back to their defaults for the next note.
  await expect(chip(page, '类别')).toContainText('思路');
  await expect(noteRow(page, '梯度培育')).toBeVisible();

  // --- 2. @lwd finds 林卫东 by the initials of his name; Escape closes the picker.
  await page.keyboard.type('@lwd');
  await expect(picker.getByRole('option').first()).toContainText('林卫东');
  await page.keyboard.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(picker).toBeHidden();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await expect(input).toHaveValue('');

  // @gxj finds him through his unit (工信局); Enter picks.
  await page.keyboard.type('@gxj');
  const first = picker.getByRole('option').first();
  await expect(first).toContainText('林卫东');
  await expect(first).toContainText('工信局局长');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(chip(page, '发言人')).toContainText('林卫东');
  await expect(chip(page, '发言人')).not.toContainText('当前');
  await expect(input).toHaveValue('');
  // A bare # lists every category; ArrowDown/ArrowUp move, Enter picks.
  await page.keyboard.type('希望明年设立技改专项资金 #');
  await expect(picker.getByRole('option')).toHaveCount(8);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(picker.getByRole('option', { selected: true })).toContainText('困难与制约');
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('option', { selected: true })).toContainText('建议');
  await page.keyboard.press('Enter'); // picks the category, does not save
  await expect(chip(page, '类别')).toContainText('建议');
  await expect(input).toHaveValue('希望明年设立技改专项资金 ');
  await page.keyboard.press('Control+i');
  await expect(page.getByRole('button', { name: '重要' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('支持设备更新和数字化改造。');
  await expect(input).toHaveValue('希望明年设立技改专项资金 \n支持设备更新和数字化改造。');
  await page.keyboard.press('Enter');
  await expect(saved(page, '已保存：林卫东 · 建议')).toBeAttached();
  await expect(input).toHaveValue('');
  const linNote = noteRow(page, '技改专项资金');
  await expect(linNote).toContainText('重要');
  await expect(linNote.locator('.note-text')).toHaveText('希望明年设立技改专项资金\n支持设备更新和数字化改造。');

  // The picked speaker stays for the next note, until changed.
  await expect(chip(page, '发言人')).toContainText('林卫东');
  await expect(chip(page, '发言人')).toContainText('沿用');

  // --- 3. Someone not in the directory: nothing matches; ↓ then Enter adds the typed name as a guest. Category #tw (提问).
  await page.keyboard.type('@列席代表老周');
  await expect(picker.getByRole('option')).toHaveText(['添加“列席代表老周”为临时发言人（不在通讯录）']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(chip(page, '发言人')).toContainText('列席代表老周');
  await page.keyboard.type('#tw');
  await page.keyboard.press('Enter');
  await page.keyboard.type('园区用地指标什么时候能落实？');
  await page.keyboard.press('Enter');
  await expect(saved(page, '已保存：列席代表老周 · 提问')).toBeAttached();

  // Three notes, each saved once, under the morning round.
  const mine = (await api('note.all', { sessionId: session })).filter((n) => !sampleIds.has(n.id));
  expect(mine.map((n) => [n.speakerName, n.category, n.important, n.agendaItemId])).toEqual([
    ['赵国栋', 'suggestion', false, ROUND_AM],
    ['林卫东', 'suggestion', true, ROUND_AM],
    ['列席代表老周', 'question', false, ROUND_AM],
  ]);
  await expect(page.locator('.notes-speaker-head', { hasText: '列席代表老周' })).toBeVisible();

  // --- Edit in place: Tab past the filters to the newest note, ArrowUp to 林卫东's, Enter edits.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(noteRow(page, '园区用地指标')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(linNote).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: '修改记录内容' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('希望明年设立技改专项资金，规模不少于两千万。');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  const edited = noteRow(page, '规模不少于两千万');
  await expect(edited).toBeFocused();
  await expect(edited).toContainText('已修改');

  // Its history: H opens the previous version; Escape closes and focus comes back.
  await page.keyboard.press('h');
  const dialog = page.getByRole('dialog', { name: '修改历史' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.history-version.current')).toContainText('规模不少于两千万');
  await expect(dialog.locator('.history-version').nth(1)).toContainText('第 1 版');
  await expect(dialog.locator('.history-version').nth(1)).toContainText('支持设备更新和数字化改造。');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(edited).toBeFocused();

  // --- Delete and undo: Delete on the note, an Undo toast; Ctrl+Z in the list undoes it too.
  await page.keyboard.press('ArrowDown');
  const question = noteRow(page, '园区用地指标');
  await expect(question).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(question).toHaveCount(0);
  const toast = page.locator('[data-sonner-toast]', { hasText: '已删除一条记录' });
  await expect(toast).toBeVisible();
  await expect(toast.getByRole('button', { name: '撤销' })).toBeVisible();
  expect(await notesWith(api, session, '园区用地指标')).toHaveLength(0);
  // Focus moved to a neighbouring note, still in the list.
  await expect(page.locator('article.note-row:focus')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(question).toBeVisible();
  await expect(page.locator('[data-sonner-toast]', { hasText: '已恢复记录' })).toBeVisible();
  expect(await notesWith(api, session, '园区用地指标')).toHaveLength(1);

  // --- Back to the capture line (Shift+Tab over the filters); reload mid-typing keeps the draft and its chips.
  await expect(question).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
  await expect(input).toBeFocused();
  await page.keyboard.type('@lwd');
  await page.keyboard.press('Enter');
  await page.keyboard.type('林局长补充：市场开拓支持要');
  await expect(page.getByTestId('draft-status')).toHaveText('草稿已保存在本机');
  await page.keyboard.type('覆盖参展补贴');
  await page.reload();
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('林局长补充：市场开拓支持要覆盖参展补贴');
  await expect(page.getByTestId('draft-status')).toHaveText('已恢复上次未保存的草稿');
  await expect(chip(page, '发言人')).toContainText('林卫东');
  await page.keyboard.press('Enter');
  await expect(saved(page, '已保存：林卫东 · 思路')).toBeAttached();
  await expect(input).toHaveValue('');
  await expect(page.getByTestId('draft-status')).toHaveText('');
  expect(await notesWith(api, session, '参展补贴')).toHaveLength(1);
  await page.reload();
  await expect(input).toHaveValue('');
});

test('a failed save keeps the text and says so; the retry reuses the client id and cannot duplicate; the chair moving on mid-note does not move the note', async ({ page, appUrl, api }) => {
  const session = await startStageOneRun(api);
  await openCapture(page, appUrl, session);
  const input = captureInput(page);
  await expect(input).toBeFocused();

  // The host saves the note but the answer is lost on the way back.
  let sentIds: string[] = [];
  await page.route('**/api/call/note.create', async (route) => {
    sentIds.push((route.request().postDataJSON() as { id: string }).id);
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.keyboard.type('金融办要牵头设立应急转贷资金池');
  await page.keyboard.press('Enter');
  await expect(page.locator('.capture-error')).toContainText('未能保存');
  await expect(page.locator('.capture-error')).toContainText('文字仍在输入框中');
  await expect(page.locator('[data-sonner-toast]', { hasText: '记录未能保存，文字已保留。' })).toBeVisible();
  await expect(input).toHaveValue('金融办要牵头设立应急转贷资金池');
  expect(await notesWith(api, session, '应急转贷资金池')).toHaveLength(1);

  // The secretary adds a word and presses Enter again: same id, the saved note is brought in line.
  await page.unroute('**/api/call/note.create');
  const retried = page.waitForRequest('**/api/call/note.create');
  await page.keyboard.type('，规模不低于五千万');
  await page.keyboard.press('Enter');
  const retryId = ((await retried).postDataJSON() as { id: string }).id;
  expect(retryId).toBe(sentIds[0]);
  await expect(input).toHaveValue('');
  await expect(page.locator('.capture-error')).toHaveCount(0);
  const notes = await notesWith(api, session, '应急转贷资金池');
  expect(notes.map((n) => n.text)).toEqual(['金融办要牵头设立应急转贷资金池，规模不低于五千万']);
  expect(notes[0]!.id).toBe(retryId);
  sentIds = [];

  // The chair gives the floor to the next speaker while the secretary is still typing: the note stays with 赵国栋.
  await expect(chip(page, '发言人')).toContainText('赵国栋');
  await page.keyboard.type('赵副县长最后补充：链主企业要带动本地配套');
  await api('run.next', { sessionId: session });
  await expect(chip(page, '发言人')).toContainText('赵国栋');
  await expect(chip(page, '发言人')).not.toContainText('当前');
  await page.keyboard.press('Enter');
  await expect(saved(page, '已保存：赵国栋 · 思路')).toBeAttached();
  await expect(chip(page, '发言人')).toContainText('林卫东');
  await expect(chip(page, '发言人')).toContainText('当前');
  expect((await notesWith(api, session, '链主企业')).map((n) => n.speakerName)).toEqual(['赵国栋']);
});

test('Chinese through an input method: the Enter that ends a composition does not save, a later Enter does; @ opens no picker while composing', async ({
  page,
  appUrl,
  api,
}) => {
  const session = await startStageOneRun(api);
  await openCapture(page, appUrl, session);
  const input = captureInput(page);
  await expect(input).toBeFocused();
  const count = async () => (await api('note.all', { sessionId: session })).length;
  const before = await count();

  // 1. Real composition events from Chromium's IME path (CDP), with a real Enter in the middle.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'jian', selectionStart: 4, selectionEnd: 4 });
  await cdp.send('Input.imeSetComposition', { text: '建议', selectionStart: 2, selectionEnd: 2 });
  await page.keyboard.press('Enter');
  await cdp.send('Input.insertText', { text: '建议' });
  await page.waitForTimeout(300);
  expect(await count()).toBe(before);
  await expect(input).toHaveValue(/建议/);

  // 2. The same, dispatched as the events an IME produces: keydown Enter with isComposing (keyCode 229).
  await input.evaluate((el: HTMLTextAreaElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    const type = (text: string) => {
      setValue.call(el, el.value + text);
      el.setSelectionRange(el.value.length, el.value.length);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: text, inputType: 'insertCompositionText' }));
    };
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
    type('加强');
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true }));
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter', code: 'Enter', isComposing: true }));
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '加强' }));
  });
  await page.waitForTimeout(300);
  expect(await count()).toBe(before);
  // isComposing alone (outside compositionstart..compositionend) is enough to hold the Enter back.
  await input.evaluate((el) => {
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter', code: 'Enter', isComposing: true }));
  });
  await page.waitForTimeout(300);
  expect(await count()).toBe(before);
  await expect(input).toHaveValue(/建议\s*加强$/);

  // 3. `@` typed inside a composition opens nothing until the composition ends.
  await cdp.send('Input.imeSetComposition', { text: '＠lin', selectionStart: 4, selectionEnd: 4 });
  await page.waitForTimeout(100);
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();
  await cdp.send('Input.imeSetComposition', { text: '＠林卫东', selectionStart: 4, selectionEnd: 4 });
  await page.waitForTimeout(100);
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await cdp.send('Input.insertText', { text: '＠林卫东' });
  // Committed: now the picker may open, and Enter picks him (it does not save).
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('林卫东');
  await page.waitForTimeout(100);
  await page.keyboard.press('Enter');
  await expect(chip(page, '发言人')).toContainText('林卫东');
  expect(await count()).toBe(before);

  // 4. A plain Enter, well after the composition, saves.
  await page.waitForTimeout(100);
  await page.keyboard.press('Enter');
  await expect(saved(page, '已保存：林卫东')).toBeAttached();
  const notes = await api('note.all', { sessionId: session });
  expect(notes).toHaveLength(before + 1);
  expect(notes.filter((n) => n.text.replace(/\s+/g, '') === '建议加强')).toHaveLength(1);
  await expect(input).toHaveValue('');
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('the English UI: @ by name, # by English key, help lists every key', async ({ page, appUrl, api }) => {
    const session = await startStageOneRun(api, 'en');
    await openCapture(page, appUrl, session);
    const input = page.getByRole('combobox', { name: 'Note' });
    await expect(input).toBeFocused();
    await expect(page.locator('.capture-chip[data-chip="Speaker"]')).toContainText('current');
    await page.keyboard.type('@lin');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Lin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('#sug');
    await page.keyboard.press('Tab');
    await expect(page.locator('.capture-chip[data-chip="Category"]')).toContainText('Suggestion');
    await page.keyboard.type('More precise support for specialised, innovative firms.');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('announcer').filter({ hasText: /^Saved: Lin .* · Suggestion$/ })).toBeAttached();

    // The help popover: keyboard in, Escape out.
    await page.getByRole('button', { name: 'Keys' }).focus();
    await page.keyboard.press('Enter');
    const help = page.getByRole('dialog', { name: 'Capture keys' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('row', { name: /Suggestion/ })).toContainText('#sug');
    await expect(help.getByRole('row', { name: /Suggestion/ })).toContainText('#jy');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(page.getByRole('button', { name: 'Keys' })).toBeFocused();
  });
});

const shots = process.env.CONVENE_SCREENSHOTS;
for (const locale of ['zh-CN', 'en'] as const) {
  test(`screenshots of the capture panel and the notes list (${locale})`, async ({ page, appUrl, api }) => {
    test.skip(!shots, 'screenshots only when CONVENE_SCREENSHOTS=DIR is set');
    const session = await startStageOneRun(api, locale);
    await page.setViewportSize({ width: 1440, height: 900 });
    await openCapture(page, appUrl, session);
    const input = page.getByRole('combobox', { name: locale === 'en' ? 'Note' : '记录内容' });
    await expect(input).toBeFocused();
    await page.keyboard.type(locale === 'en' ? '@lin' : '@gxj');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.screenshot({ path: path.join(shots!, `${locale}-capture-speaker-picker.png`) });
    await page.keyboard.press('Enter');
    await page.keyboard.type('#');
    await page.screenshot({ path: path.join(shots!, `${locale}-capture-category-picker.png`) });
    await page.keyboard.type(locale === 'en' ? 'sug' : 'jy');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+i');
    await page.keyboard.type(locale === 'en' ? 'Support policies should differ by growth stage.' : '扶持政策要按企业成长阶段区别对待。');
    await page.screenshot({ path: path.join(shots!, `${locale}-capture-chips.png`) });
    await page.keyboard.press('Enter');
    await expect(input).toHaveValue('');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.screenshot({ path: path.join(shots!, `${locale}-notes-editing.png`) });
    await page.keyboard.press('Escape');
    await page.keyboard.press('h');
    await page.screenshot({ path: path.join(shots!, `${locale}-notes-history.png`) });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: locale === 'en' ? 'Keys' : '快捷键' }).click();
    await page.screenshot({ path: path.join(shots!, `${locale}-capture-help.png`) });
    await page.keyboard.press('Escape');
    await page.locator('html').evaluate((el) => el.setAttribute('data-theme', 'dark'));
    await page.screenshot({ path: path.join(shots!, `${locale}-capture-dark.png`) });
  });
}

test('thousands of notes: virtualised, filtered, following the newest unless scrolled away; a concurrent edit is refused and the edit kept', async ({
  page,
  appUrl,
  api,
}) => {
  test.setTimeout(180_000);
  const session = await startStageOneRun(api);
  const categories = ['idea', 'suggestion', 'question', 'difficulty'] as const;
  const speakers = ['sample-zh-person-zhao_guodong', 'sample-zh-person-lin_weidong', 'sample-zh-person-sun_haiyan'];
  const total = 2000;
  for (let start = 0; start < total; start += 100) {
    await Promise.all(
      Array.from({ length: 100 }, (_, k) => {
        const i = start + k;
        return api('note.create', {
          sessionId: session,
          agendaItemId: ROUND_AM,
          speakerPersonId: speakers[Math.floor(i / 10) % speakers.length],
          category: categories[i % categories.length]!,
          text: `第 ${i + 1} 条记录：${'关于产业链招商和要素保障的意见。'.repeat((i % 3) + 1)}`,
          important: i % 50 === 0,
        });
      }),
    );
  }
  const all = await api('note.all', { sessionId: session });
  await openCapture(page, appUrl, session);
  await expect(page.locator('.notes-count')).toHaveText(`共 ${all.length} 条`);
  // Only what is on screen (plus a few) is in the page.
  await expect(page.locator('article.note-row').first()).toBeVisible();
  expect(await page.locator('article.note-row').count()).toBeLessThan(80);
  // It opened at the most recently captured note.
  const newest = all.reduce((a, b) => (b.capturedAt >= a.capturedAt ? b : a));
  await expect(noteRow(page, newest.text.slice(0, 16))).toBeInViewport();

  // Filters: importance, category, speaker.
  await page.getByLabel('只看重要').check();
  const important = all.filter((n) => n.important).length;
  await expect(page.locator('.notes-count')).toHaveText(`显示 ${important} / ${all.length} 条`);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByRole('combobox', { name: '类别' }).selectOption({ label: '提问' });
  await expect(page.locator('.notes-count')).toHaveText(`显示 ${all.filter((n) => n.category === 'question').length} / ${all.length} 条`);
  await page.getByRole('combobox', { name: '发言人' }).selectOption({ label: `孙海燕 (${all.filter((n) => n.speakerName === '孙海燕').length})` });
  const both = all.filter((n) => n.category === 'question' && n.speakerName === '孙海燕').length;
  await expect(page.locator('.notes-count')).toHaveText(`显示 ${both} / ${all.length} 条`);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('.notes-count')).toHaveText(`共 ${all.length} 条`);

  // Scrolled away to the top: a note saved elsewhere does not move the list; a button offers it.
  const scroller = page.getByTestId('notes-scroll');
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
  await page.waitForTimeout(400);
  await scroller.evaluate((el) => el.dispatchEvent(new Event('scroll')));
  await api('note.create', { sessionId: session, agendaItemId: ROUND_AM, category: 'decision', text: '会议决定：请工信局牵头起草政策初稿。' });
  const newer = page.getByRole('button', { name: '有新记录，查看最新' });
  await expect(newer).toBeVisible();
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeLessThan(50);
  await newer.click();
  await expect(noteRow(page, '会议决定：请工信局牵头')).toBeFocused();
  await expect(newer).toBeHidden();

  // Edit a note while someone else changes it: refused, the edit stays; then saved over it on purpose.
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: '修改记录内容' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('会议决定：请工信局牵头，一个月内起草政策初稿。');
  const target = (await api('note.all', { sessionId: session })).find((n) => n.text.startsWith('会议决定'))!;
  await api('note.update', { id: target.id, text: '会议决定：请工信局牵头起草（另一台电脑的修改）。' });
  await page.keyboard.press('Enter');
  await expect(page.locator('.note-editor-error')).toContainText('这条记录刚在别处被修改过');
  await expect(editor).toHaveValue('会议决定：请工信局牵头，一个月内起草政策初稿。');
  await page.getByRole('button', { name: '用我的修改覆盖' }).click();
  await expect(editor).toBeHidden();
  await expect(noteRow(page, '一个月内起草政策初稿')).toBeVisible();
  const history = await api('note.history', { id: target.id });
  expect(history.map((v) => v.text)).toEqual(['会议决定：请工信局牵头起草（另一台电脑的修改）。', '会议决定：请工信局牵头起草政策初稿。']);

  // Typing in the capture line stays quick with thousands of notes on screen.
  await page.getByRole('combobox', { name: '记录内容' }).focus();
  const latency = await page.evaluate(async () => {
    const input = document.activeElement as HTMLTextAreaElement;
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setValue.call(input, input.value + '字');
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: '字', inputType: 'insertText' }));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  });
  // A figure, not a timed assertion (shared machines are noisy): `npm run bench` holds the target.
  test.info().annotations.push({ type: 'input latency (median ms, 2000+ notes)', description: latency.toFixed(1) });
  console.log(`capture input latency with 2000+ notes: median ${latency.toFixed(1)} ms`);
});
