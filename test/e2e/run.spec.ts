import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AgendaView, SpeakingTotal } from '../../shared/agenda.js';
import { expect, test } from './fixtures.js';
import { apiOf, clockOf, startClockHost, type ClockHost } from './run-host.js';

/**
 * A facilitator runs Stage 1 of the sample workshop, keyboard first: builds the agenda from the
 * "docking and discussion" template, fills the round of statements by pinyin initials, starts the
 * session and walks it with N (and P, I), lets one speaker overrun, while a projector page in a
 * second browser context follows every change without reload. Both pages reload mid-run and carry
 * on. The recorded actual times and per-person totals are exact: the host runs on a test clock.
 */

const SESSION = 'sample-zh-1-session-leadership_seminar';
// 09:00 in Asia/Shanghai on the day of the sample's Stage 1 seminar.
const START = '2027-01-11T01:00:00.000Z';

let dataDir: string;
let host: ClockHost;
test.beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-run-'));
  host = await startClockHost(dataDir, START);
});
// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  await host.stop();
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('convene-serve.log', { body: host.log(), contentType: 'text/plain' });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const items = (page: Page) => page.getByTestId('agenda-item');

test('run Stage 1 from the template with the keyboard; the projector follows in another browser', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const api = apiOf(host, request);
  const advance = clockOf(host, request);
  await api('settings.update', { language: 'zh-CN' });
  await api('sample.load', { locale: 'zh-CN' });

  // ---- The agenda, from the template (replacing what the sample has).
  await page.goto(`${host.url}#/sessions/${SESSION}/agenda`);
  await expect(page.getByRole('heading', { level: 2, name: '议程与发言安排' })).toBeVisible();
  await page.getByRole('button', { name: '从模板开始' }).focus();
  await page.keyboard.press('Enter');
  const docking = page.getByRole('button', { name: /对接-研讨（常委会层面）/ });
  await expect(docking).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '使用模板“对接-研讨（常委会层面）”' });
  if (await dialog.isVisible().catch(() => false)) {
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
    await dialog.getByRole('button', { name: '替换现有议程' }).focus();
    await page.keyboard.press('Enter');
  }
  await expect(items(page)).toHaveCount(5);
  await expect(items(page).getByRole('heading', { level: 3 })).toHaveText(['战略愿景与关键路径', '方案解读', '分管领域逐一发言', '茶歇', '主持人总结']);
  await expect(page.getByTestId('item-time')).toHaveText(['09:00–09:30', '09:30–09:50', '09:50–11:20', '11:20–11:30', '11:30–11:50']);
  const morning = page.getByTestId('sitting-summary').first();
  await expect(morning).toContainText('计划 11:50 结束');
  await expect(morning).toContainText('时间够用');

  // Editing the round's minutes recomputes the schedule while typing, and warns when it does not fit.
  const round = items(page).filter({ hasText: '分管领域逐一发言' });
  await round.getByRole('button', { name: '编辑“分管领域逐一发言”' }).click();
  await round.getByLabel('计划时长（分钟）').fill('120');
  await expect(morning).toContainText('超出 20 分钟');
  await expect(page.getByTestId('item-time').nth(4)).toHaveText('12:00–12:20');
  await page.keyboard.press('Escape');
  await expect(morning).toContainText('时间够用');
  await expect(round.getByRole('button', { name: '编辑“分管领域逐一发言”' })).toBeFocused();

  // ---- The round of statements: speakers by pinyin initials, Enter adds each.
  await round.getByRole('button', { name: /^发言人（\d+）：“分管领域逐一发言”的发言顺序$/ }).click();
  const add = round.getByRole('combobox', { name: '添加发言人' });
  for (const [initials, name] of [
    ['zgd', '赵国栋'],
    ['shy', '孙海燕'],
    ['mwb', '马文博'],
  ] as const) {
    await add.focus();
    await page.keyboard.type(initials);
    await expect(page.getByRole('option').first()).toContainText(name);
    await page.keyboard.press('Enter');
    await expect(round.getByTestId('speaker-row').last()).toContainText(name);
  }
  await expect(round.getByTestId('speaker-row')).toHaveCount(3);
  await expect(round.getByTestId('speaker-row').first()).toContainText('等待');

  // ---- Run it: start the session; a projector page in a second browser context.
  await page.goto(`${host.url}#/sessions/${SESSION}/run`);
  await page.getByRole('button', { name: '开始会议' }).click();
  await expect(page.getByText('进行中').first()).toBeVisible();
  const projectorContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projector = await projectorContext.newPage();
  await projector.goto(`${host.url}#/projector/${SESSION}`);
  await expect(projector.getByText('会议即将开始')).toBeVisible();

  // The run's own live region (the capture panel beside it has its own).
  const announcer = page.locator('.run-screen > [data-testid="announcer"]');
  const currentItem = page.getByTestId('current-item');
  const currentSpeaker = page.getByTestId('current-speaker');
  const projItem = projector.getByTestId('projector-item');
  const projSpeaker = projector.getByTestId('projector-speaker');

  // N with nothing running starts the first item; with no one waiting, the next item.
  await page.keyboard.press('n');
  await expect(currentItem).toHaveText('战略愿景与关键路径');
  await expect(projItem).toContainText('战略愿景与关键路径');
  await expect(announcer).toHaveText('开始议程项：战略愿景与关键路径');
  await advance(30 * 60);
  await page.keyboard.press('n');
  await expect(currentItem).toHaveText('方案解读');
  await expect(projItem).toContainText('方案解读');
  await advance(20 * 60);
  await page.keyboard.press(' ');
  await expect(currentItem).toHaveText('分管领域逐一发言');
  await expect(page.getByText('与计划一致')).toBeVisible();
  await expect(projector.getByTestId('projector-next').getByRole('listitem')).toHaveCount(3);

  await page.keyboard.press('n');
  await expect(currentSpeaker).toHaveText('赵国栋');
  await expect(projSpeaker).toHaveText('赵国栋');
  await expect(announcer).toHaveText('现在发言：赵国栋');
  await expect(projector.getByTestId('projector-next')).toContainText('孙海燕');
  await advance(240);
  await expect(projector.getByTestId('projector-countdown')).toHaveAttribute('data-tone', 'warn');
  await page.keyboard.press('n');
  await expect(currentSpeaker).toHaveText('孙海燕');
  await expect(projSpeaker).toHaveText('孙海燕');

  // 孙海燕 overruns her five minutes by 83 seconds: red, counting up. (Between server reads the page
  // ticks on its own clock while the test clock stands still, so the seconds shown may run ahead.)
  await advance(383);
  await expect(page.getByTestId('countdown')).toHaveAttribute('data-tone', 'over');
  await expect(page.getByTestId('countdown')).toContainText(/\+0[12]:\d\d/);
  await expect(projector.getByTestId('projector-countdown')).toHaveAttribute('data-tone', 'over');
  await expect(projector.getByTestId('projector-countdown')).toContainText(/\+0[12]:\d\d/);
  await expect(projector.getByTestId('projector-countdown')).toContainText('已超时');

  // Reload both pages mid-run: the state is in the database; carry on.
  await page.reload();
  await projector.reload();
  await expect(currentSpeaker).toHaveText('孙海燕');
  await expect(projSpeaker).toHaveText('孙海燕');
  await expect(page.getByTestId('countdown')).toHaveAttribute('data-tone', 'over');

  await page.keyboard.press('n');
  await expect(currentSpeaker).toHaveText('马文博');
  await expect(projSpeaker).toHaveText('马文博');
  await advance(100);
  await page.keyboard.press('p');
  await expect(page.getByText('已暂停', { exact: true })).toBeVisible();
  await expect(projector.getByText('暂停', { exact: true })).toBeVisible();
  await advance(60); // paused time does not count
  await page.keyboard.press('p');
  await expect(page.getByText('已暂停', { exact: true })).toBeHidden();

  // An interjection (I): 李长根 by pinyin initials; 马文博 keeps his place.
  await page.keyboard.press('i');
  const interject = page.getByRole('dialog', { name: '插话' });
  await expect(interject.getByRole('combobox', { name: '谁插话？' })).toBeFocused();
  await page.keyboard.type('lcg');
  await expect(interject.getByRole('option').first()).toContainText('李长根');
  await page.keyboard.press('Enter');
  await expect(currentSpeaker).toContainText('李长根');
  await expect(projSpeaker).toHaveText('李长根');
  await expect(projector.getByText('插话', { exact: true })).toBeVisible();
  await advance(30);
  await page.keyboard.press('n');
  await expect(currentSpeaker).toHaveText('马文博');
  await advance(50);
  await page.keyboard.press('n');
  await expect(currentSpeaker).toHaveText('暂无发言人');
  await expect(projSpeaker).toHaveText('');

  // The projector: blank, break with a return time, back to live.
  await page.getByRole('button', { name: '黑屏' }).click();
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-mode', 'blank');
  await page.getByLabel('休息结束时间').fill('11:30');
  await page.getByRole('button', { name: '显示休息' }).click();
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-mode', 'break');
  await expect(projector.getByText('休息', { exact: true })).toBeVisible();
  await expect(projector.getByTestId('break-until')).toHaveText('11:30 继续');
  await page.getByRole('button', { name: '恢复实况' }).click();
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-mode', 'live');
  await expect(projItem).toContainText('分管领域逐一发言');

  // ---- What was recorded: actual times and per-person totals, exact.
  const view = (await api('agenda.list', { sessionId: SESSION })) as AgendaView;
  const byTitle = (title: string) => view.items.find((i) => i.title === title)!;
  const local = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : null);
  expect([local(byTitle('战略愿景与关键路径').actualStart), local(byTitle('战略愿景与关键路径').actualEnd)]).toEqual(['09:00:00', '09:30:00']);
  expect([local(byTitle('方案解读').actualStart), local(byTitle('方案解读').actualEnd)]).toEqual(['09:30:00', '09:50:00']);
  expect(local(byTitle('分管领域逐一发言').actualStart)).toBe('09:50:00');
  expect(byTitle('分管领域逐一发言').speakers.map((s) => [s.person?.name, s.status, s.spokenSeconds, s.isInterjection])).toEqual([
    ['赵国栋', 'done', 240, false],
    ['孙海燕', 'done', 383, false],
    ['李长根', 'done', 30, true],
    ['马文博', 'done', 150, false],
  ]);
  const totals = (await api('stats.speakingTime', { sessionId: SESSION })) as SpeakingTotal[];
  expect(totals.map((row) => [row.name, row.seconds, row.speeches])).toEqual([
    ['孙海燕', 383, 1],
    ['赵国栋', 240, 1],
    ['马文博', 150, 1],
    ['李长根', 30, 1],
  ]);
  // The Run view shows the same: actual times in the agenda, totals per person.
  await expect(page.getByTestId('run-agenda-item').first().getByTestId('actual-times')).toHaveText('实际 09:00–09:30');
  const sessionTotals = page.getByTestId('totals-session');
  await expect(sessionTotals.getByRole('row')).toHaveCount(5);
  await expect(sessionTotals.getByRole('row', { name: /孙海燕/ })).toContainText('06:23');
  await expect(sessionTotals.getByRole('row', { name: /马文博/ })).toContainText('02:30');
  await page.getByText('整个研讨项目').click();
  await expect(page.getByTestId('totals-programme').getByRole('row', { name: /孙海燕/ })).toContainText('06:23');

  await projectorContext.close();
});

test('reordering by keyboard moves items and speakers and says so (aria-live)', async ({ page, request }) => {
  const api = apiOf(host, request);
  await api('settings.update', { language: 'zh-CN' });
  const programme = await api('programme.create', { title: '排序' });
  const stage = await api('stage.create', { programmeId: programme.id, title: '阶段' });
  const session = await api('session.create', {
    stageId: stage.id,
    title: '排序测试',
    sittings: [
      { date: '2027-01-11', startTime: '09:00', endTime: '10:00' },
      { date: '2027-01-11', startTime: '14:00', endTime: '15:00' },
    ],
  });
  const sittings = (await api('session.get', { id: session.id })).sittings;
  for (const [title, sitting] of [
    ['甲', 0],
    ['乙', 0],
    ['丙', 1],
  ] as const) {
    await api('agenda.create', { sessionId: session.id, kind: 'presentation', title, plannedMinutes: 20, sittingId: sittings[sitting]!.id });
  }
  const round = await api('agenda.create', { sessionId: session.id, kind: 'statements', title: '发言', plannedMinutes: 20, sittingId: sittings[1]!.id });
  for (const freeName of ['张三', '李四']) await api('speaker.add', { agendaItemId: round.id, freeName, plannedSeconds: 300 });

  await page.goto(`${host.url}#/sessions/${session.id}/agenda`);
  const titles = () => items(page).getByRole('heading', { level: 3 });
  await expect(titles()).toHaveText(['甲', '乙', '丙', '发言']);

  // Alt+↓ on an item: one place down, announced in the UI language; focus stays on it.
  await page.getByRole('button', { name: '移动“甲”' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(titles()).toHaveText(['乙', '甲', '丙', '发言']);
  await expect(page.getByTestId('announcer')).toHaveText('已将“甲”移到第 2 位');
  await expect(page.getByRole('button', { name: '移动“甲”' })).toBeFocused();
  // Past the end of the morning it crosses into the afternoon sitting.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('announcer')).toHaveText('已将“甲”移到第 2 场第 1 位');
  await expect(page.getByTestId('item-time')).toHaveText(['09:00–09:20', '14:00–14:20', '14:20–14:40', '14:40–15:00']);
  await expect(page.getByRole('button', { name: '移动“甲”' })).toBeFocused();

  // dnd-kit's keyboard sensor: Space lifts, ↓ moves, Space drops; its live region speaks Chinese.
  await page.getByRole('button', { name: '移动“乙”' }).focus();
  const dndRegion = page.locator('[id^="DndLiveRegion"]').first();
  await page.keyboard.press('Space');
  await expect(dndRegion).toHaveText(/“乙”.*第 1 位，共 4 项。/);
  await page.keyboard.press('ArrowDown');
  await expect(dndRegion).toHaveText('“乙”移到第 2 位，共 4 项。');
  await page.keyboard.press('Space');
  await expect(dndRegion).toHaveText('已将“乙”放到第 2 位。');
  await expect(titles()).toHaveText(['甲', '乙', '丙', '发言']);
  const after = (await api('agenda.list', { sessionId: session.id })) as AgendaView;
  expect(after.items.map((i) => [i.title, i.plannedStart])).toEqual([
    ['甲', '14:00'],
    ['乙', '14:20'],
    ['丙', '14:40'],
    ['发言', '15:00'],
  ]);
  await expect(page.getByTestId('sitting-summary').nth(1)).toContainText('超出 20 分钟');

  // Speakers: Alt+↑ on the second moves it first.
  const roundCard = items(page).filter({ hasText: '发言' }).last();
  await roundCard.getByRole('button', { name: /“发言”的发言顺序/ }).click();
  await roundCard.getByRole('button', { name: '移动发言人李四' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(roundCard.getByTestId('speaker-row')).toHaveText([/张三|李四/, /张三|李四/]);
  await expect(roundCard.getByTestId('speaker-row').first()).toContainText('李四');
  await expect(page.getByTestId('announcer')).toHaveText('已将发言人李四移到第 1 位');
});
