import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Api } from './fixtures.js';

/**
 * A first real meeting from an empty data folder, from the notes' side: the secretary marks opinions
 * that need an answer (Alt+O in the capture line, the note's button, the O key) and sees them in the
 * opinions tracker at once, unmarks one (Undo offered, the history keeps it), corrects a speaker with
 * the capture line's pinyin picker and an agenda item in the note editor (the history shows both),
 * makes a task of a note with its visible button and finds it on the board (whose empty state names
 * the real keys), reads a long note collapsed and expands it, and opens the ? shortcut overview. In
 * zh-CN and en. With CONVENE_SCREENSHOTS=DIR set it leaves screenshots there to look at.
 */

const shots = process.env.CONVENE_SCREENSHOTS;

type Locale = 'zh-CN' | 'en';

/** The setup this journey does not test: a programme, a stage, a session, an agenda item, two people. */
async function emptyFolderMeeting(api: Api, locale: Locale) {
  const zh = locale === 'zh-CN';
  await api('settings.update', { language: locale });
  const programme = await api('programme.create', { title: zh ? '清源县营商环境' : 'Qingyuan business climate' });
  const stage = await api('stage.create', { programmeId: programme.id, title: zh ? '第一轮' : 'Round one' });
  const session = await api('session.create', { stageId: stage.id, title: zh ? '优化营商环境座谈会' : 'Business climate forum' });
  const unit = await api('unit.create', { name: zh ? '工信局' : 'Industry Bureau', shortName: zh ? '工信局' : 'IB' });
  await api('person.create', { name: zh ? '周明' : 'Zhou Ming', position: zh ? '局长' : 'Director', unitId: unit.id, category: 'department_head' });
  await api('person.create', { name: zh ? '曾庆丰' : 'Zeng Qingfeng', position: zh ? '董事长' : 'Chairman', category: 'entrepreneur' });
  const item = await api('agenda.create', { sessionId: session.id, kind: 'statements', title: zh ? '交流发言' : 'Statements', plannedMinutes: 60 });
  return { programme, session, item };
}

function noteRow(page: Page, text: string): Locator {
  return page.locator('article.note-row', { hasText: text });
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`from an empty folder: mark and unmark opinions, correct a speaker, make a task, read a long note, the ? overview (${locale})`, async ({
    page,
    appUrl,
    api,
  }) => {
    test.setTimeout(150_000);
    const say = (zh: string, en: string) => (locale === 'zh-CN' ? zh : en);
    const shot = async (name: string) => {
      if (shots) await page.screenshot({ path: path.join(shots, `notes-${locale}-${name}.png`) });
    };
    const { programme, session } = await emptyFolderMeeting(api, locale);
    const origin = new URL(appUrl).origin;
    await page.goto(appUrl);
    await expect(page.locator('h1')).toBeVisible();

    // --- The board is empty: its hint names the real keys and the note's button.
    await page.goto(`${origin}/#/sessions/${session.id}/board`);
    const emptyHint = page.locator('.empty-state');
    await expect(emptyHint).toContainText('Ctrl+Enter');
    await expect(emptyHint).toContainText(say('按 T', 'or T when'));
    await expect(emptyHint).toContainText(say('“转为任务”', '“Make a task”'));

    // The tracker is empty, and says how to fill it.
    await page.goto(`${origin}/#/programmes/${programme.id}/opinions`);
    await expect(page.locator('.empty-state')).toContainText('Alt+O');
    await expect(page.locator('.empty-state')).toContainText(say('“标为意见”', '“Mark as opinion”'));

    await page.goto(`${origin}/#/sessions/${session.id}/capture`);
    const input = page.getByRole('combobox', { name: say('记录内容', 'Note') });
    await expect(input).toBeFocused();
    // The capture line's one-line hint and its Keys popover name Alt+O and Ctrl+Enter.
    await expect(page.locator('.capture-keys')).toContainText('Alt+O');
    await page.getByRole('button', { name: say('快捷键', 'Keys') }).click();
    const captureKeys = page.getByRole('dialog', { name: say('速记快捷键', 'Capture keys') });
    await expect(captureKeys).toContainText('Ctrl+Enter');
    await expect(captureKeys).toContainText('Alt+O');
    await page.keyboard.press('Escape');
    await input.focus();

    // --- 1. Alt+O in the capture line saves the note marked as an opinion.
    const fund = say('建议设立人才发展基金', 'Set up a talent fund');
    await page.keyboard.type(fund);
    await page.keyboard.press('Alt+O');
    await expect(input).toHaveValue('');
    await expect(noteRow(page, fund).locator('.note-opinion')).toHaveText(say('意见：待处理', 'Opinion: Pending'));

    const money = say('资金从哪里来？', 'Where will the money come from?');
    const tax = say('减税降费要落实到小微企业', 'Tax cuts must reach small firms');
    for (const text of [money, tax]) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await expect(noteRow(page, text)).toBeVisible();
    }
    await expect(noteRow(page, money).locator('.note-opinion')).toHaveCount(0);

    // --- 2. The note's own button marks it (mouse) ...
    await noteRow(page, money).getByRole('button', { name: say('标为意见', 'Mark as opinion') }).click();
    await expect(noteRow(page, money).locator('.note-opinion')).toBeVisible();
    // ... and O on a chosen note (keyboard).
    await noteRow(page, tax).locator('.note-text').click();
    await expect(noteRow(page, tax)).toBeFocused();
    await page.keyboard.press('o');
    await expect(noteRow(page, tax).locator('.note-opinion')).toBeVisible();
    await expect(page.getByTestId('announcer').filter({ hasText: new RegExp(`^${say('已标为需要答复的意见', 'Marked as an opinion needing an answer')}$`) })).toBeAttached();
    await shot('marked');

    // The opinions tracker lists all three at once.
    await page.goto(`${origin}/#/programmes/${programme.id}/opinions`);
    const tracker = page.locator('.opinions-table tbody');
    for (const text of [fund, money, tax]) await expect(tracker.locator('tr.opinion-row', { hasText: text })).toBeVisible();
    await expect(tracker.locator('tr.opinion-row')).toHaveCount(3);
    await shot('tracker');

    // --- 3. Unmark one with its button and take it back with Undo; unmark another with O. The tracker
    // drops it, the history keeps it.
    await page.goBack();
    await noteRow(page, money).getByRole('button', { name: say('取消意见', 'Unmark opinion') }).click();
    await expect(noteRow(page, money).locator('.note-opinion')).toHaveCount(0);
    await page
      .locator('[data-sonner-toast]', { hasText: say('已取消意见标记', 'No longer marked as an opinion') })
      .getByRole('button', { name: say('撤销', 'Undo') })
      .click();
    await expect(noteRow(page, money).locator('.note-opinion')).toBeVisible();
    await noteRow(page, tax).locator('.note-text').click();
    await page.keyboard.press('o');
    await expect(noteRow(page, tax).locator('.note-opinion')).toHaveCount(0);
    await page.goto(`${origin}/#/programmes/${programme.id}/opinions`);
    await expect(tracker.locator('tr.opinion-row')).toHaveCount(2);
    await expect(tracker.locator('tr.opinion-row', { hasText: tax })).toHaveCount(0);
    await page.goBack();

    // --- 4. Correct the speaker with the pinyin picker (gxj finds the bureau's director) and the agenda item.
    await noteRow(page, tax).locator('.note-text').click();
    await page.keyboard.press('Enter');
    const editor = page.locator('form.note-editor');
    await expect(editor.getByRole('textbox', { name: say('修改记录内容', 'Change the note') })).toBeFocused();
    const speaker = editor.getByRole('combobox', { name: say('发言人', 'Speaker') });
    await speaker.click();
    // Pinyin initials of 工信局 in Chinese; the unit's short name in English.
    await page.keyboard.type(say('gxj', 'IB'));
    await expect(speaker).toHaveAttribute('aria-expanded', 'true');
    await expect(editor.getByRole('listbox').getByRole('option', { selected: true })).toContainText(say('周明', 'Zhou Ming'));
    await page.keyboard.press('Enter');
    await expect(speaker).toHaveValue(say('周明', 'Zhou Ming'));
    await expect(speaker).toHaveAttribute('aria-expanded', 'false');
    await editor.getByLabel(say('议程项', 'Agenda item')).selectOption({ label: say('交流发言', 'Statements') });
    await shot('editor');
    await editor.getByRole('button', { name: say('保存', 'Save') }).click();
    await expect(editor).toHaveCount(0);
    await expect(page.locator('.notes-speaker-name', { hasText: say('周明', 'Zhou Ming') })).toBeVisible();
    await expect(page.locator('.notes-item-title', { hasText: say('交流发言', 'Statements') })).toBeVisible();
    await expect(noteRow(page, tax)).toBeFocused();
    await page.keyboard.press('h');
    const history = page.getByRole('dialog', { name: say('修改历史', 'Edit history') });
    await expect(history).toBeVisible();
    const current = history.locator('.history-version.current');
    await expect(current).toContainText(say('周明', 'Zhou Ming'));
    await expect(current).toContainText(say('议程项：交流发言', 'Agenda item: Statements'));
    // The version before: no speaker, no agenda item, still marked (it was unmarked later by O, then edited).
    const before = history.locator('.history-version').nth(1);
    await expect(before).toContainText(say('未指定发言人', 'No speaker'));
    await expect(before).toContainText(say('未关联议程项', 'No agenda item'));
    const marked = history.locator('.history-version').nth(2);
    await expect(marked).toContainText(say('意见：待处理', 'Opinion: Pending'));
    await shot('history');
    await history.getByRole('button', { name: say('关闭', 'Close') }).click();
    await expect(noteRow(page, tax)).toBeFocused();

    // --- 5. The ? overview, from a note (not a field): the keys of the capture line and the list.
    await page.keyboard.press('?');
    const overview = page.getByRole('dialog', { name: say('键盘快捷键', 'Keyboard shortcuts') });
    await expect(overview).toBeVisible();
    await expect(overview.locator('[data-shortcuts="capture"]')).toContainText('Alt+O');
    await expect(overview.locator('[data-shortcuts="notes"]')).toContainText(say('转为任务', 'Make a task'));
    await expect(overview.locator('[data-shortcuts="global"]')).toContainText('Ctrl+K');
    await shot('overview');
    await page.keyboard.press('Escape');
    await expect(overview).toHaveCount(0);
    // Typing ? in the capture line is text, not the overview.
    await input.focus();
    await page.keyboard.type('?');
    await expect(input).toHaveValue('?');
    await expect(overview).toHaveCount(0);
    await input.fill('');
    // The shell's button opens it too, for the mouse.
    await page.getByRole('button', { name: say('按键一览', 'Keyboard shortcuts') }).click();
    await expect(overview).toBeVisible();
    await overview.getByRole('button', { name: say('关闭', 'Close') }).click();

    // --- 6. A long note is collapsed, and expands on demand.
    const long = say('长', 'long ').repeat(locale === 'zh-CN' ? 10_000 : 2_000);
    const longNote = await api('note.create', { sessionId: session.id, category: 'idea', text: long });
    const longRow = page.locator(`article.note-row[data-note-id="${longNote.id}"]`);
    await expect(longRow.locator('.note-text')).toHaveClass(/collapsed/);
    const expand = longRow.getByRole('button', { name: say('展开全文（10000 字）', 'Show all (10000 characters)') });
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    const collapsedHeight = (await longRow.boundingBox())!.height;
    await shot('long-collapsed');
    await expand.click();
    await expect(longRow.locator('.note-text')).not.toHaveClass(/collapsed/);
    const collapse = longRow.getByRole('button', { name: say('收起', 'Show less') });
    await expect(collapse).toHaveAttribute('aria-expanded', 'true');
    await expect(longRow.locator('.note-text')).toHaveText(long);
    expect((await longRow.boundingBox())!.height).toBeGreaterThan(collapsedHeight * 3);
    // E on the chosen note collapses it again, from the keyboard.
    await longRow.locator('.note-text').click();
    await page.keyboard.press('e');
    await expect(longRow.locator('.note-text')).toHaveClass(/collapsed/);
    await expect(expand).toBeVisible();

    // --- 7. Make a task with the note's visible button; the board shows it.
    await noteRow(page, fund).getByRole('button', { name: say('转为任务', 'Make a task') }).click();
    await expect(noteRow(page, fund).getByRole('link', { name: say('已转为任务', 'Task made') })).toBeVisible();
    await expect(noteRow(page, fund).getByRole('button', { name: say('转为任务', 'Make a task') })).toHaveCount(0);
    await page.goto(`${origin}/#/sessions/${session.id}/board`);
    await expect(page.locator('.action-card', { hasText: fund })).toBeVisible();
  });
}
