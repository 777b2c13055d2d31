import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, startHost, test, type Host } from './fixtures.js';

/**
 * Issue 18's acceptance, three laptops in one room (three `convene serve` hosts on three EMPTY data
 * folders, rooms on loopback), driven through the UI as people would (zh-CN and en):
 * - A, the facilitator, builds the session (two people, a programme, a session, an agenda item with
 *   two speakers), opens it as a room and reads the address and code off the room panel;
 * - B joins as secretary (the code typed in lower case with spaces) and lands on the capture screen;
 *   A starts the item and presses N: B's capture line names the speaker, B's note is that speaker's
 *   on B and on A; N again, and B's next note is the second speaker's;
 * - C joins as the projector and follows A's next speaker;
 * - A's room panel lists B and C (name, role, online); B's indicator says it is connected;
 * - a member cannot run the meeting: B's Run screen says where it is run, and N only announces it;
 * - A's laptop goes away (its host stops): B says it is offline, a note written meanwhile is counted
 *   as waiting to sync, and once A is back (same data folder: the same room) the count goes and A has
 *   the note;
 * - B leaves (its copy of the session stays and still opens) and joins again; A closes the room
 *   (asked first), and B is told so in words, in no room, its copy kept.
 * CONVENE_SHOTS=DIR saves screenshots of A's panel, B's capture and C's projector.
 */

const SHOTS = process.env.CONVENE_SHOTS ?? '';

const WORDS = {
  'zh-CN': {
    people: [
      ['赵国栋', '副县长', 'zgd'],
      ['王敏', '局长', 'wm'],
    ],
    programme: '清源县高质量发展专题研讨',
    stage: '常委会层面研讨',
    session: '常委会层面战略对接研讨会',
    item: '分管领域逐一发言',
    laptops: { a: '会务组-王明的电脑', b: '秘书处-李娜的电脑', c: '投影-会议室' },
    notes: ['要把重点项目库建起来，按季度调度。', '建议出台扶持政策，分阶段施策。', '断网时记下的这一条也要同步。'],
    directory: { link: '通讯录', people: '人员', heading: '添加人员', name: '姓名', position: '职务', add: '添加人员' },
    home: { heading: '研讨项目', new: '新建研讨项目', title: '标题' },
    programmeForm: { stageHeading: '添加阶段', stageName: '阶段名称', addStage: '添加阶段', newSession: '新建研讨会', sessionForm: (stage: string) => `在“${stage}”中新建研讨会`, date: '第 1 场 日期', create: '创建并打开' },
    participants: '从通讯录添加',
    agenda: { form: '添加议程项', kind: '类型', title: /^标题/, minutes: '计划时长（分钟）', submit: '添加议程项', speakersOf: (title: string) => new RegExp(`^发言人（\\d+）：“${title}”的发言顺序$`), addSpeaker: '添加发言人' },
    room: {
      open: '开放会场',
      openDialog: '开放为会场',
      join: '加入会场',
      address: '地址',
      code: '会场码',
      name: '本机名称',
      secretary: '记录员',
      viewer: '投影',
      runner: '主持',
      submit: '加入',
      panel: '会场',
      online: '在线',
      self: '本机',
      connected: '在会场中 · 已连接',
      offline: '在会场中 · 已断开',
      pending: '1 项更改待同步',
      synced: '所有更改已同步。',
      leave: '离开会场',
      left: '已离开会场。本机保留研讨会的全部内容。',
      close: '关闭会场',
      closeTitle: '关闭会场？',
      closed: '会场已关闭。',
      ended: '会场已由主持电脑关闭',
      elsewhere: (name: string) => `会议由“${name}”主持，主持操作在那台电脑上。`,
      closeButton: '关闭',
    },
    run: { start: '开始会议', live: '进行中' },
    capture: { input: '记录内容', speaker: '发言人', saved: (who: string) => `已保存：${who} · 思路` },
  },
  en: {
    people: [
      ['Zhao Guodong', 'Deputy County Head', 'zg'],
      ['Wang Min', 'Director', 'wm'],
    ],
    programme: 'Qingyuan County development seminars',
    stage: 'Leadership team',
    session: 'Leadership strategy alignment seminar',
    item: 'Statements by portfolio',
    laptops: { a: 'Staff – Wang Ming', b: 'Secretariat – Li Na', c: 'Projector – meeting room' },
    notes: ['Build the key project pipeline and review it every quarter.', 'A support policy, staged by growth phase.', 'This one was written offline and syncs too.'],
    directory: { link: 'Directory', people: 'People', heading: 'Add a person', name: 'Name', position: 'Position', add: 'Add person' },
    home: { heading: 'Programmes', new: 'New programme', title: 'Title' },
    programmeForm: { stageHeading: 'Add a stage', stageName: 'Stage name', addStage: 'Add stage', newSession: 'New session', sessionForm: (stage: string) => `New session in “${stage}”`, date: 'Sitting 1 Date', create: 'Create and open' },
    participants: 'Add from the directory',
    agenda: { form: 'Add an agenda item', kind: 'Kind', title: /^Title/, minutes: 'Planned minutes', submit: 'Add item', speakersOf: (title: string) => new RegExp(`^Speakers \\(\\d+\\) of “${title}”$`), addSpeaker: 'Add a speaker' },
    room: {
      open: 'Open as a room',
      openDialog: 'Open the session as a room',
      join: 'Join a room',
      address: 'Address',
      code: 'Room code',
      name: 'This laptop’s name',
      secretary: 'Secretary',
      viewer: 'Projector',
      runner: 'Runs the meeting',
      submit: 'Join',
      panel: 'Room',
      online: 'online',
      self: 'this laptop',
      connected: 'In a room · Connected',
      offline: 'In a room · Offline',
      pending: '1 change waiting to sync',
      synced: 'All changes are synced.',
      leave: 'Leave the room',
      left: 'Left the room. This laptop keeps everything of the session.',
      close: 'Close the room',
      closeTitle: 'Close the room?',
      closed: 'The room is closed.',
      ended: 'The host closed the room',
      elsewhere: (name: string) => `The meeting is run from “${name}”: its run controls are there.`,
      closeButton: 'Close',
    },
    run: { start: 'Start the session', live: 'Live' },
    capture: { input: 'Note', speaker: 'Speaker', saved: (who: string) => `Saved: ${who} · Idea` },
  },
} as const;

type Locale = keyof typeof WORDS;
type Words = (typeof WORDS)[Locale];

/** A text field by the start of its label (a required one ends “（必填）” / “ (required)”). */
const field = (scope: Locator | Page, label: string): Locator => scope.getByRole('textbox', { name: new RegExp(`^${label}`) });
const announced = (page: Page, text: string): Locator => page.getByTestId('announcer').filter({ hasText: text });
/** The notes list as it reads: each speaker's heading, then that speaker's notes. */
const notesList = (page: Page): Locator => page.locator('.notes-speaker-name, .note-row .note-text');
const speakerChip = (page: Page, w: Words): Locator => page.locator(`.capture-chip[data-chip="${w.capture.speaker}"]`);

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** A laptop: its own data folder, host and browser window, in `locale`. */
interface Laptop {
  host: Host;
  page: Page;
  dir: string;
}

async function laptop(browser: Browser, locale: Locale, laptops: Laptop[]): Promise<Laptop> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-room-e2e-'));
  const host = await startHost(dir);
  const context = await browser.newContext({ locale: locale === 'en' ? 'en-US' : 'zh-CN' });
  const page = await context.newPage();
  const one = { host, page, dir };
  laptops.push(one);
  // Only the UI language is set outside the UI (as the other journeys do).
  const url = new URL(host.url);
  const response = await context.request.post(`${url.origin}/api/call/settings.update`, {
    headers: { 'X-Convene-Token': url.searchParams.get('token') ?? '' },
    data: { language: locale },
  });
  expect(response.ok()).toBe(true);
  return one;
}

/** On A: two people in the directory, a programme, a stage, a session with one item and both people queued. Returns the session id. */
async function buildSession(page: Page, w: Words): Promise<string> {
  const origin = new URL(page.url()).origin;
  await page.getByRole('link', { name: w.directory.link }).click();
  await page.getByRole('tab', { name: w.directory.people }).click();
  const personForm = page.locator('form', { has: page.getByRole('heading', { name: w.directory.heading }) });
  for (const [name, position] of w.people) {
    await personForm.getByLabel(w.directory.name).fill(name);
    await personForm.getByLabel(w.directory.position).fill(position);
    await personForm.getByRole('button', { name: w.directory.add }).click();
    await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  }

  await page.getByRole('link', { name: w.home.heading }).first().click();
  await page.getByRole('button', { name: w.home.new }).click();
  await expect(page.getByLabel(w.home.title)).toBeFocused();
  await page.keyboard.type(w.programme);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: w.programme })).toBeVisible();
  const stageForm = page.locator('form', { has: page.getByRole('heading', { name: w.programmeForm.stageHeading }) });
  await stageForm.getByLabel(w.programmeForm.stageName).fill(w.stage);
  await stageForm.getByRole('button', { name: w.programmeForm.addStage }).click();
  await page.locator('.stage-card').first().getByRole('button', { name: w.programmeForm.newSession }).click();
  const sessionForm = page.locator('form', { has: page.getByRole('heading', { name: w.programmeForm.sessionForm(w.stage) }) });
  await page.keyboard.type(w.session);
  await sessionForm.getByLabel(w.programmeForm.date).fill('2027-01-11');
  await sessionForm.getByRole('button', { name: w.programmeForm.create }).click();
  await expect(page).toHaveURL(/#\/sessions\/[A-Za-z0-9_-]+$/);
  const sessionId = /#\/sessions\/([A-Za-z0-9_-]+)$/.exec(page.url())![1]!;
  await expect(page.getByRole('heading', { level: 1, name: w.session })).toBeVisible();
  // Both people take part (a queue takes its speakers from the participants).
  const search = page.getByRole('combobox', { name: w.participants });
  for (const [name] of w.people) {
    await search.fill(name);
    await expect(page.getByRole('listbox', { name: w.participants }).getByRole('option').first()).toContainText(name);
    await search.press('Enter');
    await expect(page.locator('tr.participant-row').getByRole('rowheader', { name, exact: true })).toBeVisible();
  }

  await page.goto(`${origin}/#/sessions/${sessionId}/agenda`);
  const form = page.getByRole('form', { name: w.agenda.form });
  await form.getByLabel(w.agenda.kind).selectOption('statements');
  await form.getByRole('textbox', { name: w.agenda.title }).fill(w.item);
  await form.getByLabel(w.agenda.minutes).fill('60');
  await form.getByRole('button', { name: w.agenda.submit }).click();
  const item = page.getByTestId('agenda-item').filter({ hasText: w.item });
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: w.agenda.speakersOf(w.item) }).click();
  const addSpeaker = item.getByRole('combobox', { name: w.agenda.addSpeaker });
  for (const [name, , initials] of w.people) {
    await addSpeaker.focus();
    await page.keyboard.type(initials);
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(name);
    await page.keyboard.press('Enter');
    await expect(item.getByTestId('speaker-row').last()).toContainText(name);
  }
  await expect(item.getByTestId('speaker-row')).toHaveCount(2);
  return sessionId;
}

/** Join a room (from Home, or the sidebar's button) with what was read off the host's panel. */
async function join(page: Page, w: Words, address: string, code: string, name: string, role: string, from: 'main' | 'banner' = 'main') {
  await page.getByRole(from).getByRole('button', { name: w.room.join }).click();
  const dialog = page.getByRole('dialog', { name: w.room.join });
  await expect(field(dialog, w.room.address)).toBeFocused();
  await page.keyboard.type(address);
  // Typed as it is read aloud: lower case, a space where the dashes are.
  await field(dialog, w.room.code).fill(code.toLowerCase().replace(/-/g, ' '));
  await field(dialog, w.room.name).fill(name);
  await dialog.getByRole('radio', { name: role }).check();
  await dialog.getByRole('button', { name: w.room.submit, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`${locale}: three laptops in one room: the facilitator's N moves the secretary's speaker and the projector; offline notes sync; a member cannot run; leave and close`, async ({ browser }) => {
    test.setTimeout(360_000);
    const w = WORDS[locale];
    const laptops: Laptop[] = [];
    try {
      // ---- 1. Laptop A builds the session and opens it as a room.
      const a = await laptop(browser, locale, laptops);
      await a.page.goto(a.host.url);
      await expect(a.page.getByRole('heading', { level: 1, name: w.home.heading })).toBeVisible();
      const sessionId = await buildSession(a.page, w);
      const originA = new URL(a.host.url).origin;
      await a.page.goto(`${originA}/#/sessions/${sessionId}`);
      await a.page.getByRole('main').getByRole('button', { name: w.room.open }).click();
      const openDialog = a.page.getByRole('dialog', { name: w.room.openDialog });
      await expect(field(openDialog, w.room.name)).toBeFocused();
      await a.page.keyboard.type(w.laptops.a);
      await a.page.keyboard.press('Enter');
      const panelA = a.page.getByRole('dialog', { name: w.room.panel, exact: true });
      await expect(panelA.getByTestId('room-code')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
      // Read as a person reads them off the screen.
      const address = (await panelA.getByTestId('room-address').innerText()).trim();
      const code = (await panelA.getByTestId('room-code').innerText()).trim();
      expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
      await panelA.getByRole('button', { name: w.room.closeButton, exact: true }).click();
      await expect(panelA).toHaveCount(0);

      // ---- B joins as the secretary and lands on the session's capture screen, with the session copied.
      const b = await laptop(browser, locale, laptops);
      await b.page.goto(b.host.url);
      await join(b.page, w, address, code, w.laptops.b, w.room.secretary);
      await expect(b.page).toHaveURL(new RegExp(`#/sessions/${sessionId}/capture$`));
      const inputB = b.page.getByRole('combobox', { name: w.capture.input });
      await expect(inputB).toBeFocused();
      await expect(b.page.getByRole('heading', { level: 1, name: w.session })).toBeVisible();
      await expect(b.page.getByTestId('room-indicator')).toContainText(w.room.connected);

      // ---- 2. A starts the session and the item, then N: the first speaker. B's capture line follows.
      await a.page.goto(`${originA}/#/sessions/${sessionId}/run`);
      await a.page.getByRole('button', { name: w.run.start, exact: true }).click();
      await expect(a.page.getByTestId('run-status')).toHaveText(w.run.live);
      await a.page.keyboard.press('n');
      await expect(a.page.getByTestId('current-item')).toHaveText(w.item);
      await a.page.keyboard.press('n');
      const [first, second] = [w.people[0][0], w.people[1][0]];
      await expect(a.page.getByTestId('current-speaker')).toHaveText(first);
      await expect(speakerChip(b.page, w)).toContainText(first);
      await b.page.keyboard.type(w.notes[0]);
      await b.page.keyboard.press('Enter');
      await expect(announced(b.page, w.capture.saved(first))).toBeAttached();
      await expect(inputB).toHaveValue('');
      await expect(notesList(b.page)).toHaveText([first, w.notes[0]]);
      // A's notes list (a second window on A) has the same note, under the same speaker.
      const notesA = await a.page.context().newPage();
      await notesA.goto(`${a.host.url}#/sessions/${sessionId}/capture`);
      await expect(notesList(notesA)).toHaveText([first, w.notes[0]]);

      // ---- 3. C joins as the projector and shows the current speaker.
      const c = await laptop(browser, locale, laptops);
      await c.page.goto(c.host.url);
      await join(c.page, w, address, code, w.laptops.c, w.room.viewer);
      await expect(c.page).toHaveURL(new RegExp(`#/projector/${sessionId}$`));
      await expect(c.page.getByTestId('projector-item')).toContainText(w.item);
      await expect(c.page.getByTestId('projector-speaker')).toHaveText(first);

      // N again on A: B's next note is the second speaker's, and C's projector shows them.
      await a.page.bringToFront();
      await a.page.keyboard.press('n');
      await expect(a.page.getByTestId('current-speaker')).toHaveText(second);
      await expect(c.page.getByTestId('projector-speaker')).toHaveText(second);
      await expect(speakerChip(b.page, w)).toContainText(second);
      await b.page.keyboard.type(w.notes[1]);
      await b.page.keyboard.press('Enter');
      await expect(announced(b.page, w.capture.saved(second))).toBeAttached();
      await expect(notesList(b.page)).toHaveText([first, w.notes[0], second, w.notes[1]]);
      await expect(notesList(notesA)).toHaveText([first, w.notes[0], second, w.notes[1]]);
      await shot(b.page, `${locale}-b-capture`);
      await shot(c.page, `${locale}-c-projector`);

      // ---- 4. A's room panel: every laptop, its role and that it is online.
      await a.page.getByTestId('room-indicator').click();
      await expect(panelA).toBeVisible();
      const peers = panelA.getByTestId('room-peer');
      await expect(peers).toHaveCount(3);
      for (const [name, role] of [
        [w.laptops.a, w.room.runner],
        [w.laptops.b, w.room.secretary],
        [w.laptops.c, w.room.viewer],
      ] as const) {
        const peer = peers.filter({ hasText: name });
        await expect(peer.locator('.room-peer-role')).toHaveText(role);
        await expect(peer.locator('.room-peer-state')).toHaveText(w.room.online);
      }
      await expect(peers.filter({ hasText: w.laptops.a })).toContainText(w.room.self);
      await shot(a.page, `${locale}-a-panel`);
      await panelA.getByRole('button', { name: w.room.closeButton, exact: true }).click();

      // ---- 5. A member cannot run the meeting: B's Run screen says where it is run; N only says so.
      const originB = new URL(b.host.url).origin;
      await b.page.goto(`${originB}/#/sessions/${sessionId}/run`);
      const elsewhere = w.room.elsewhere(w.laptops.a);
      await expect(b.page.getByTestId('run-elsewhere')).toHaveText(elsewhere);
      await expect(b.page.getByTestId('current-speaker')).toHaveText(second);
      await b.page.keyboard.press('n');
      await expect(b.page.locator('.run-screen > [data-testid="announcer"]')).toHaveText(elsewhere);
      await expect(b.page.getByTestId('current-speaker')).toHaveText(second);
      await expect(a.page.getByTestId('current-speaker')).toHaveText(second);

      // ---- Offline: A's laptop goes away. B says so, keeps capturing, and counts what waits to sync.
      await notesA.close();
      await a.page.context().close();
      await a.host.stop();
      await expect(b.page.getByTestId('room-indicator')).toContainText(w.room.offline);
      await b.page.goto(`${originB}/#/sessions/${sessionId}/capture`);
      await expect(inputB).toBeFocused();
      await b.page.keyboard.type(w.notes[2]);
      await b.page.keyboard.press('Enter');
      await expect(announced(b.page, w.capture.saved(second))).toBeAttached();
      await expect(b.page.getByTestId('room-indicator')).toContainText(w.room.pending);
      // A comes back on the same data folder and opens the room again: the same address and code
      // (kept in room.json), so B reconnects by itself and syncs what waited.
      const a2 = await startHost(a.dir);
      a.host = a2;
      const pageA = await browser.newPage({ locale: locale === 'en' ? 'en-US' : 'zh-CN' });
      a.page = pageA;
      await pageA.goto(`${a2.url}#/sessions/${sessionId}`);
      await pageA.getByRole('main').getByRole('button', { name: w.room.open }).click();
      await expect(field(pageA.getByRole('dialog', { name: w.room.openDialog }), w.room.name)).toBeFocused();
      await pageA.keyboard.type(w.laptops.a);
      await pageA.keyboard.press('Enter');
      const panelA2 = pageA.getByRole('dialog', { name: w.room.panel, exact: true });
      await expect(panelA2.getByTestId('room-address')).toHaveText(address);
      await expect(panelA2.getByTestId('room-code')).toHaveText(code);
      await expect(b.page.getByTestId('room-indicator')).toContainText(w.room.connected);
      await expect(b.page.getByTestId('room-indicator')).not.toContainText(w.room.pending);
      await b.page.getByTestId('room-indicator').click();
      const panelB = b.page.getByRole('dialog', { name: w.room.panel, exact: true });
      await expect(panelB.getByTestId('room-pending')).toHaveText(w.room.synced);
      await expect(panelA2.getByTestId('room-peer').filter({ hasText: w.laptops.b }).locator('.room-peer-state')).toHaveText(w.room.online);
      await panelA2.getByRole('button', { name: w.room.closeButton, exact: true }).click();
      await pageA.goto(`${a2.url}#/sessions/${sessionId}/capture`);
      await expect(notesList(pageA)).toHaveText([first, w.notes[0], second, w.notes[1], w.notes[2]]);

      // ---- B leaves: said in words; the room is gone from B, its copy of the session stays.
      await panelB.getByRole('button', { name: w.room.leave }).click();
      await expect(b.page.getByText(w.room.left)).toBeVisible();
      await expect(panelB).toHaveCount(0);
      await expect(b.page.getByTestId('room-indicator')).toHaveCount(0);
      await expect(b.page.getByRole('banner').getByRole('button', { name: w.room.join })).toBeVisible();
      await b.page.goto(`${originB}/#/sessions/${sessionId}`);
      await expect(b.page.getByRole('heading', { level: 1, name: w.session })).toBeVisible();
      await b.page.goto(`${originB}/#/sessions/${sessionId}/capture`);
      await expect(notesList(b.page)).toHaveText([first, w.notes[0], second, w.notes[1], w.notes[2]]);

      // B joins again from the sidebar (the copy it kept is the room's), and is back on the capture screen.
      await join(b.page, w, address, code, w.laptops.b, w.room.secretary, 'banner');
      await expect(b.page).toHaveURL(new RegExp(`#/sessions/${sessionId}/capture$`));
      await expect(b.page.getByTestId('room-indicator')).toContainText(w.room.connected);
      await expect(notesList(b.page)).toHaveText([first, w.notes[0], second, w.notes[1], w.notes[2]]);

      // ---- A closes the room, asked first. B is told in words and says so until it leaves (its copy stays).
      await pageA.getByTestId('room-indicator').click();
      await expect(panelA2.getByTestId('room-peer').filter({ hasText: w.laptops.b }).locator('.room-peer-state')).toHaveText(w.room.online);
      await panelA2.getByRole('button', { name: w.room.close }).click();
      const confirm = pageA.getByRole('dialog', { name: w.room.closeTitle });
      await confirm.getByRole('button', { name: w.room.close }).click();
      await expect(pageA.getByText(w.room.closed)).toBeVisible();
      await expect(pageA.getByTestId('room-indicator')).toHaveCount(0);
      // In no room again: the sidebar offers to join one.
      await expect(pageA.getByRole('banner').getByRole('button', { name: w.room.join })).toBeVisible();
      await expect(b.page.getByTestId('room-announcer')).toHaveText(w.room.ended);
      await expect(b.page.getByTestId('room-indicator')).toContainText(w.room.ended);
      await shot(b.page, `${locale}-b-ended`);
      await b.page.getByTestId('room-indicator').click();
      await b.page.getByRole('dialog', { name: w.room.panel, exact: true }).getByRole('button', { name: w.room.leave }).click();
      await expect(b.page.getByTestId('room-indicator')).toHaveCount(0);
      await expect(b.page.getByRole('banner').getByRole('button', { name: w.room.join })).toBeVisible();
      await expect(notesList(b.page)).toHaveText([first, w.notes[0], second, w.notes[1], w.notes[2]]);
    } finally {
      for (const one of laptops) {
        await one.page.context().close().catch(() => undefined);
        await one.host.stop();
        fs.rmSync(one.dir, { recursive: true, force: true });
      }
    }
  });
}
