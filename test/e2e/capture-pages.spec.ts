import type { Page, Response } from '@playwright/test';
import type { NotePage } from '../../shared/notes.js';
import { expect, test, type Api } from './fixtures.js';

/**
 * A long live meeting: a session with 450 notes (from an empty data folder; the notes are seeded
 * through the API, as if captured earlier). Its capture screen, opened from the session screen,
 * shows the newest note with the input focused, without reading the whole session: the oldest notes
 * are not there until the secretary scrolls up, page by page (`note.list` pages of 200, newest
 * first), and the note on screen stays put as each page arrives. A note captured live shows at once;
 * the counts are of the whole session throughout.
 */

const NOTES = 450;
const TEXT = {
  'zh-CN': { input: '记录内容', capture: '速记', total: (n: number) => `共 ${n} 条`, items: (n: number) => `${n} 条`, live: '现场新记录：请工信局牵头。' },
  en: { input: 'Note', capture: 'Capture', total: (n: number) => `${n} notes`, items: (n: number) => `${n} notes`, live: 'Live note: the industry bureau leads.' },
} as const;

/** A live session on one agenda item, with NOTES notes numbered in the order captured. */
async function liveSessionWithNotes(api: Api) {
  const programme = await api('programme.create', { title: '清源县高质量发展战略布局专题研讨' });
  const stage = await api('stage.create', { programmeId: programme.id, title: '常委会层面研讨' });
  const session = await api('session.create', { stageId: stage.id, title: '战略愿景与关键路径' });
  const item = await api('agenda.create', { sessionId: session.id, kind: 'statements', title: '分管领域逐一发言', plannedMinutes: 90 });
  await api('run.start', { sessionId: session.id });
  await api('run.startItem', { sessionId: session.id, itemId: item.id });
  for (let n = 1; n <= NOTES; n++) {
    const number = String(n).padStart(4, '0');
    await api('note.create', { sessionId: session.id, agendaItemId: item.id, speakerName: '赵国栋', category: 'idea', text: `记录#${number}：关于产业链招商的意见。` });
  }
  return session.id;
}

const row = (page: Page, text: string) => page.locator('article.note-row', { hasText: text });
/** The page's next read of `note.list` (older pages: with a cursor). */
const read = (page: Page, older: boolean) =>
  page.waitForResponse((r: Response) => r.url().endsWith('/api/call/note.list') && Boolean((r.request().postDataJSON() as { before?: string }).before) === older);
const valueOf = async (response: Response) => ((await response.json()) as { value: NotePage }).value;

for (const locale of ['zh-CN', 'en'] as const) {
  test(`a live session with ${NOTES} notes opens at the newest with the input ready; scrolling up reads older pages (${locale})`, async ({ page, appUrl, api }) => {
    test.setTimeout(120_000);
    const text = TEXT[locale];
    await api('settings.update', { language: locale });
    const sessionId = await liveSessionWithNotes(api);
    const first = await api('note.list', { sessionId });

    // From the session screen to its capture screen, as the secretary goes. The session is live, so
    // the session screen reads the capture screen's newest page while it is idle: one page of 200,
    // not the whole session.
    await page.goto(appUrl);
    const newestRead = read(page, false);
    await page.goto(`${new URL(appUrl).origin}/#/sessions/${sessionId}`);
    const firstRead = await valueOf(await newestRead);
    expect(firstRead.notes).toHaveLength(200);
    expect(firstRead.nextCursor).toBe(first.nextCursor);
    // Opening the capture screen then reads no notes: it shows what the session screen read.
    const readsAfterClick: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/call/note.list')) readsAfterClick.push(request.postData() ?? '');
    });
    await page.locator('.session-tabs').getByRole('link', { name: text.capture, exact: true }).click();
    const input = page.getByRole('combobox', { name: text.input });
    await expect(input).toBeFocused();
    await expect(row(page, first.notes[0]!.text)).toBeInViewport();
    await expect(row(page, `记录#${String(NOTES).padStart(4, '0')}`)).toBeInViewport();
    expect(readsAfterClick).toEqual([]);
    await expect(page.locator('.notes-count')).toHaveText(text.total(NOTES));
    await expect(page.locator('.notes-item-count')).toHaveText(text.items(NOTES));
    // Only the newest page was read: the oldest notes are not in the page at all.
    await expect(row(page, '记录#0001')).toHaveCount(0);

    // A note captured now shows at once, at the bottom, in view.
    await page.keyboard.type(text.live);
    await page.keyboard.press('Enter');
    await expect(row(page, text.live)).toBeInViewport();
    await expect(page.locator('.notes-count')).toHaveText(text.total(NOTES + 1));
    await expect(input).toBeFocused();

    // Scrolling up: the next older page comes, above the note that was first on screen, which stays.
    const pages = [await api('note.list', { sessionId })];
    pages.push(await api('note.list', { sessionId, before: pages[0]!.nextCursor! }));
    pages.push(await api('note.list', { sessionId, before: pages[1]!.nextCursor! }));
    expect(pages.map((p) => p.notes.length)).toEqual([200, 200, NOTES + 1 - 400]);
    expect(pages[2]!.nextCursor).toBeNull();
    const list = page.getByTestId('notes-scroll');
    await list.hover();
    const olderRead = read(page, true);
    await page.mouse.wheel(0, -1_000_000);
    expect((await valueOf(await olderRead)).notes).toHaveLength(200);
    const oldestOfFirst = pages[0]!.notes.at(-1)!.text;
    await expect(row(page, pages[1]!.notes[0]!.text)).toBeAttached();
    await expect(row(page, oldestOfFirst)).toBeInViewport();

    // Up again, twice: the oldest note, at the very top.
    await page.mouse.wheel(0, -1_000_000);
    await expect(row(page, pages[2]!.notes[0]!.text)).toBeAttached();
    await page.mouse.wheel(0, -1_000_000);
    await expect(row(page, '记录#0001')).toBeInViewport();
    await expect(page.locator('.notes-count')).toHaveText(text.total(NOTES + 1));
    await expect(page.locator('.notes-item-count')).toHaveText(text.items(NOTES + 1));
  });
}
