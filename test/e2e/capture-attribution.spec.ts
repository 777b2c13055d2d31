import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Api } from './fixtures.js';

/**
 * A first real meeting from an empty laptop, as the secretary sees it (zh-CN and en): the data are
 * set up through the api helper (a programme, a session, three people, a presentation with its
 * presenter, running); everything tested goes through keys and clicks.
 * - While the presentation runs, the capture line names its presenter and the note is theirs.
 * - `@` + initials picks a speaker, who stays for the next note until cleared (Backspace on an
 *   empty line, or the chip's ×).
 * - `#dif` right after a full stop (en) and `#建议` right after "。" (zh) set the category.
 * - `@` with no match offers "add as a guest" as an option; a bare Enter adds nobody.
 * - The keys popover stays inside a 1280×800 window, on the capture screen and on the Run view.
 */

const SHOTS = process.env.CONVENE_SHOTS ?? '';

const WORDS = {
  'zh-CN': {
    presenter: '江辰',
    lin: '林卫东',
    linInitials: 'lwd',
    zhao: '赵国栋',
    unit: '清源县工业和信息化局',
    unitShort: '工信局',
    item: '战略愿景与关键路径',
    input: '记录内容',
    speaker: '发言人',
    category: '类别',
    presenterTag: '主讲',
    pickedTag: '沿用',
    idea: '思路',
    categoryNote: '要建立重点项目库。#建议',
    categoryText: '要建立重点项目库。',
    categoryPicked: '建议',
    categoryValue: 'suggestion',
    guest: '添加“zgx”为临时发言人（不在通讯录）',
    chooseGuest: '没有与“zgx”匹配的人',
    keys: '快捷键',
    keysHeading: '速记快捷键',
    removePicked: '取消选定的发言人“林卫东”（空行时按退格键）',
    saved: (who: string, category: string) => `已保存：${who} · ${category}`,
  },
  en: {
    presenter: 'Jiang Chen',
    lin: 'Lin Weidong',
    linInitials: 'lw',
    zhao: 'Zhao Guodong',
    unit: 'Qingyuan County Bureau of Industry and Information Technology',
    unitShort: 'Industry and IT Bureau',
    item: 'Strategic vision and key paths',
    input: 'Note',
    speaker: 'Speaker',
    category: 'Category',
    presenterTag: 'presenter',
    pickedTag: 'kept',
    idea: 'Idea',
    categoryNote: 'We still lack a project pipeline.#dif',
    categoryText: 'We still lack a project pipeline.',
    categoryPicked: 'Difficulty or constraint',
    categoryValue: 'difficulty',
    guest: 'Add “zgx” as a guest (not in the directory)',
    chooseGuest: 'Nobody matches “zgx”',
    keys: 'Keys',
    keysHeading: 'Capture keys',
    removePicked: 'Drop the picked speaker “Lin Weidong” (Backspace on an empty line)',
    saved: (who: string, category: string) => `Saved: ${who} · ${category}`,
  },
} as const;

type Locale = keyof typeof WORDS;

/** An empty data folder gets what the meeting needs; the presentation is running. */
async function setUp(api: Api, locale: Locale) {
  const w = WORDS[locale];
  await api('settings.update', { language: locale });
  const programme = await api('programme.create', { title: locale === 'en' ? 'Strategy workshops' : '战略布局专题研讨' });
  const stage = await api('stage.create', { programmeId: programme.id, title: locale === 'en' ? 'Round 1' : '第一轮' });
  const unit = await api('unit.create', { name: w.unit, shortName: w.unitShort, kind: 'department' });
  const presenter = await api('person.create', { name: w.presenter, position: locale === 'en' ? 'County Party Secretary' : '县委书记' });
  const lin = await api('person.create', { name: w.lin, position: locale === 'en' ? 'Director' : '局长', unitId: unit.id });
  const zhao = await api('person.create', { name: w.zhao, position: locale === 'en' ? 'Deputy County Head' : '副县长' });
  const session = await api('session.create', {
    stageId: stage.id,
    title: locale === 'en' ? 'Leadership seminar' : '常委会层面研讨',
    sittings: [{ date: '2027-01-11', startTime: '09:00', endTime: '12:00' }],
  });
  await api('attendance.add', { sessionId: session.id, personIds: [presenter.id, lin.id, zhao.id] });
  const item = await api('agenda.create', { sessionId: session.id, kind: 'presentation', title: w.item, plannedMinutes: 30, presenterId: presenter.id });
  await api('run.start', { sessionId: session.id });
  await api('run.startItem', { sessionId: session.id, itemId: item.id });
  return { session: session.id, presenter: presenter.id, lin: lin.id };
}

const chip = (page: Page, what: string): Locator => page.locator(`.capture-chip[data-chip="${what}"]`);
const announced = (page: Page, text: string): Locator => page.getByTestId('announcer').filter({ hasText: text });

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** The popover is wholly inside the window. */
async function expectInViewport(page: Page, panel: Locator) {
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`${locale}: a secretary's first meeting from an empty laptop: the presenter, a kept speaker, #tags after punctuation, no junk guests, the keys in view`, async ({
    page,
    appUrl,
    api,
  }) => {
    test.setTimeout(90_000);
    const w = WORDS[locale];
    const { session, presenter, lin } = await setUp(api, locale);
    const notes = () => api('note.all', { sessionId: session });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(appUrl);
    await expect(page.locator('h1')).toBeVisible();
    await page.goto(`${new URL(appUrl).origin}/#/sessions/${session}/capture`);
    const input = page.getByRole('combobox', { name: w.input });
    await expect(input).toBeFocused();

    // --- 1. The presentation runs: its presenter is the speaker, and the note is theirs.
    await expect(chip(page, w.speaker)).toContainText(w.presenter);
    await expect(chip(page, w.speaker)).toContainText(w.presenterTag);
    await shot(page, `${locale}-1-presenter`);
    await page.keyboard.type(locale === 'en' ? 'Three key paths for the next five years.' : '今后五年的三条关键路径。');
    await page.keyboard.press('Enter');
    await expect(announced(page, w.saved(w.presenter, w.idea))).toBeAttached();
    await expect(input).toHaveValue('');
    expect((await notes()).map((n) => n.speaker?.id)).toEqual([presenter]);

    // --- 2. @ + pinyin initials picks a speaker, who stays for the next note.
    await page.keyboard.type(`@${w.linInitials}`);
    const picker = page.getByRole('listbox');
    await expect(picker.getByRole('option').first()).toContainText(w.lin);
    await expect(picker.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(chip(page, w.speaker)).toContainText(w.lin);
    await expect(chip(page, w.speaker)).toContainText(w.pickedTag);
    await page.keyboard.type(locale === 'en' ? 'The bureau will map the supply chain.' : '工信局牵头梳理产业链。');
    await page.keyboard.press('Enter');
    await expect(announced(page, w.saved(w.lin, w.idea))).toBeAttached();
    await expect(input).toHaveValue('');
    // Still picked after the save: the next note is his too.
    await expect(chip(page, w.speaker)).toContainText(w.lin);
    await shot(page, `${locale}-2-kept`);
    await page.keyboard.type(locale === 'en' ? 'And a list of key firms.' : '同时建立重点企业名单。');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await notes()).map((n) => n.speaker?.id)).toEqual([presenter, lin, lin]);
    await expect(input).toHaveValue('');

    // Backspace on the empty line clears the pick: back to the presenter.
    await page.keyboard.press('Backspace');
    await expect(chip(page, w.speaker)).toContainText(w.presenter);
    await expect(chip(page, w.speaker)).toContainText(w.presenterTag);
    // So does the chip's ×.
    await page.keyboard.type(`@${w.linInitials}`);
    await page.keyboard.press('Enter');
    await expect(chip(page, w.speaker)).toContainText(w.lin);
    await page.getByRole('button', { name: w.removePicked }).click();
    await expect(chip(page, w.speaker)).toContainText(w.presenter);
    await expect(input).toBeFocused();

    // --- 3. A category tag right after the sentence's full stop.
    await page.keyboard.type(w.categoryNote);
    await expect(picker.getByRole('option').first()).toContainText(w.categoryPicked);
    await page.keyboard.press('Enter');
    await expect(chip(page, w.category)).toContainText(w.categoryPicked);
    await expect(input).toHaveValue(w.categoryText);
    await page.keyboard.press('Enter');
    await expect(announced(page, w.saved(w.presenter, w.categoryPicked))).toBeAttached();
    const tagged = (await notes()).find((n) => n.text === w.categoryText);
    expect(tagged).toMatchObject({ category: w.categoryValue, speaker: { id: presenter } });

    // --- 4. Nobody matches: the guest choice is offered, but a bare Enter adds nobody.
    const before = (await notes()).length;
    await page.keyboard.type('@zgx');
    const guest = picker.getByRole('option', { name: w.guest });
    await expect(guest).toBeVisible();
    await expect(guest).toHaveAttribute('aria-selected', 'false');
    await expect(page.locator('.capture-keys')).toContainText(w.chooseGuest);
    await shot(page, `${locale}-4-guest`);
    await page.keyboard.press('Enter');
    await expect(announced(page, w.chooseGuest)).toBeAttached();
    await expect(input).toHaveValue('@zgx');
    await expect(chip(page, w.speaker)).toContainText(w.presenter);
    expect((await notes()).length).toBe(before);
    // Chosen explicitly, the guest is added.
    await page.keyboard.press('ArrowDown');
    await expect(guest).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(chip(page, w.speaker)).toContainText('zgx');
    await expect(input).toHaveValue('');
    await page.keyboard.press('Backspace');
    await expect(chip(page, w.speaker)).toContainText(w.presenter);

    // --- 5. The keys popover stays in a 1280×800 window, here and on the Run view (lower down).
    const keys = page.getByRole('button', { name: w.keys });
    await keys.click();
    const help = page.getByRole('dialog', { name: w.keysHeading });
    await expectInViewport(page, help);
    await shot(page, `${locale}-5-keys-capture`);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await page.goto(`${new URL(appUrl).origin}/#/sessions/${session}/run`);
    const runKeys = page.getByRole('button', { name: w.keys });
    await runKeys.scrollIntoViewIfNeeded();
    await runKeys.click();
    const runHelp = page.getByRole('dialog', { name: w.keysHeading });
    await expectInViewport(page, runHelp);
    await shot(page, `${locale}-6-keys-run`);
  });
}

const QUEUE = {
  'zh-CN': { round: '分管领域逐一发言', toggle: /^发言人（0）：“分管领域逐一发言”的发言顺序$/, add: '添加发言人', example: 'zgd', guest: '添加“zgx”为临时发言人（不在参会名单中）' },
  en: { round: 'Statements by portfolio', toggle: /^Speakers \(0\) of “Statements by portfolio”$/, add: 'Add a speaker', example: 'zg', guest: 'Add “zgx” as a guest (not a participant)' },
} as const;

for (const locale of ['zh-CN', 'en'] as const) {
  test(`${locale}: the speaking order's picker: the placeholder's example finds someone; no match offers a guest and a bare Enter adds nobody`, async ({ page, appUrl, api }) => {
    const w = WORDS[locale];
    const q = QUEUE[locale];
    const { session } = await setUp(api, locale);
    await api('agenda.create', { sessionId: session, kind: 'statements', title: q.round, plannedMinutes: 60 });
    await page.goto(appUrl);
    await expect(page.locator('h1')).toBeVisible();
    await page.goto(`${new URL(appUrl).origin}/#/sessions/${session}/agenda`);
    const round = page.getByTestId('agenda-item').filter({ hasText: q.round });
    await round.getByRole('button', { name: q.toggle }).click();
    const add = round.getByRole('combobox', { name: q.add });
    // The placeholder shows an example that works.
    await expect(add).toHaveAttribute('placeholder', new RegExp(q.example));

    await add.focus();
    await page.keyboard.type('zgx');
    const guest = page.getByRole('option', { name: q.guest });
    await expect(guest).toBeVisible();
    await expect(guest).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('Enter');
    await expect(add).toHaveValue('zgx');
    await expect(round.getByTestId('speaker-row')).toHaveCount(0);
    await shot(page, `${locale}-7-queue-guest`);

    await page.keyboard.press('Escape'); // closes the list
    await page.keyboard.press('Escape'); // clears the text
    await page.keyboard.type(q.example);
    await expect(page.getByRole('option').first()).toContainText(w.zhao);
    await page.keyboard.press('Enter');
    await expect(round.getByTestId('speaker-row')).toHaveCount(1);
    await expect(round.getByTestId('speaker-row').first()).toContainText(w.zhao);
  });
}
