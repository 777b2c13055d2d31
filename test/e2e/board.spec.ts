import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ActionItem } from '../../shared/actions.js';
import { expect, test } from './fixtures.js';
import { apiOf, startClockHost, type ClockHost } from './run-host.js';

/**
 * The task board as a secretary uses it, keyboard first, on the sample workshop with the test clock:
 * the industry bureau director's 专精特新 note becomes a task; lead 工信局, co-operating 财政局 and
 * 金融办 by type-ahead; rule 一个月内 (the Stage 1 seminar is on 2027-01-11, so 2027-02-11); the three
 * required contents; to In progress with Space/arrows/Space; found by filtering on 金融办; overdue once
 * the clock passes the date; every change in its history. An invalid move is refused and changes
 * nothing; the English board; the unit view. CONVENE_SCREENSHOTS=DIR saves screenshots to look at.
 */

const SESSION = 'sample-zh-1-session-leadership_seminar';
// 09:00 in Asia/Shanghai on the day of the Stage 1 seminar.
const START = '2027-01-11T01:00:00.000Z';
const shots = process.env.CONVENE_SCREENSHOTS;

let dataDir: string;
let host: ClockHost;
test.beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-board-'));
  host = await startClockHost(dataDir, START);
});
// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  await host.stop();
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('convene-serve.log', { body: host.log(), contentType: 'text/plain' });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function shot(page: Page, name: string, fullPage = false) {
  if (shots) await page.screenshot({ path: path.join(shots, `board-${name}.png`), fullPage });
}

const column = (page: Page, status: string) => page.getByTestId(`column-${status}`);
const card = (page: Page, title: string | RegExp) => page.getByTestId('action-card').filter({ hasText: title });

async function setClock(iso: string, request: import('@playwright/test').APIRequestContext) {
  const response = await request.post(`${host.origin}/api/test/clock`, { headers: { 'X-Convene-Token': host.token }, data: { set: iso } });
  expect(response.ok()).toBe(true);
}

test('a note becomes a task; set by type-ahead and spoken rule; moved by keyboard; filtered; overdue; history', async ({ page, request }) => {
  test.setTimeout(120_000);
  const api = apiOf(host, request);
  await api('settings.update', { language: 'zh-CN' });
  const { programmeId } = await api('sample.load', { locale: 'zh-CN' });

  // ---- The industry bureau director's note on 专精特新 (created if the sample has none).
  const notes = await api('note.all', { sessionId: SESSION });
  let note = notes.find((n) => n.text.includes('专精特新') && n.speakerName === '林卫东');
  if (!note) {
    const people = await api('person.list', {});
    const lin = people.find((p) => p.name === '林卫东');
    note = await api('note.create', {
      sessionId: SESSION,
      category: 'suggestion',
      ...(lin ? { speakerPersonId: lin.id } : { speakerName: '林卫东' }),
      text: '建议出台更加精准的“专精特新”企业扶持政策：按初创期、成长期、成熟期分类施策，贷款贴息、研发补助、市场开拓支持各有侧重。',
    });
  }
  const made = await api('action.fromNote', { noteId: note.id });
  expect(made.status).toBe('proposed');
  expect(made.noteId).toBe(note.id);
  const title = made.title;
  const before = await api('action.list', { programmeId });

  // ---- The session's board: the new task is proposed; Enter on its card opens it.
  await page.goto(`${host.url}#/sessions/${SESSION}/board`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('任务看板');
  const task = card(page, title);
  await expect(column(page, 'proposed').getByTestId('action-card').filter({ hasText: title })).toBeVisible();
  await expect(task).toContainText('未定牵头单位');
  await task.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('action-panel');
  await expect(panel.getByRole('heading', { name: '任务详情' })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`action=${made.id}`));
  // The task links back to its note.
  await expect(panel.getByTestId('source-note-link')).toHaveAttribute('href', new RegExp(`note=${note.id}`));

  // ---- Lead 工信局 by pinyin initials, co-operating 财政局 and 金融办 by name.
  const lead = panel.getByRole('combobox', { name: '牵头单位' });
  await lead.fill('gxj');
  await expect(panel.getByRole('option', { name: /清源县工业和信息化局/ })).toBeVisible();
  await lead.press('Enter');
  await expect(lead).toHaveValue('清源县工业和信息化局');
  const co = panel.getByRole('combobox', { name: '添加配合单位' });
  // Escape in an open type-ahead closes its list, not the panel.
  await co.fill('cz');
  await expect(co).toHaveAttribute('aria-expanded', 'true');
  await co.press('Escape');
  await expect(co).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeVisible();
  await co.fill('财政局');
  await co.press('Enter');
  await expect(panel.getByRole('list', { name: '配合单位' })).toContainText('清源县财政局');
  await co.fill('金融办');
  await co.press('Enter');
  await expect(panel.getByRole('list', { name: '配合单位' }).getByRole('listitem')).toHaveText([/清源县财政局/, /清源县人民政府金融工作办公室/]);

  // ---- The due rule as spoken: a live preview counted from the session's date, then Enter.
  const rule = panel.getByTestId('due-rule');
  await rule.fill('尽快');
  await expect(panel.getByTestId('due-reason')).toHaveText('这个期限不明确，请说具体些或直接选日期');
  await expect(panel.getByTestId('due-current')).toHaveText('尚未设定期限。');
  await rule.fill('一个月内');
  await expect(panel.getByTestId('due-preview')).toContainText('计算出的日期：2027年2月11日');
  await expect(panel.getByTestId('due-preview')).toContainText('从 2027年1月11日 起算');
  await rule.press('Enter');
  await expect(panel.getByTestId('due-current')).toContainText('期限：2027年2月11日');
  await expect(panel.getByTestId('due-current')).toContainText('（一个月内）');

  // ---- The three required contents, one after another.
  const add = panel.getByTestId('check-add');
  for (const text of ['贷款贴息', '研发补助', '市场开拓支持']) {
    await add.fill(text);
    await add.press('Enter');
    await expect(panel.getByTestId('check-item').filter({ has: page.locator(`input[value="${text}"]`) })).toHaveCount(1);
  }
  await expect(panel.getByTestId('check-item')).toHaveCount(3);
  await shot(page, 'detail-zh');

  // Escape closes the panel; focus is back on the card, which shows what was set.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(task).toBeFocused();
  await expect(task).toContainText('工信局');
  await expect(task).toContainText('财政局、金融办');
  await expect(task.getByTestId('due-chip')).toHaveText('2027年2月11日');
  await expect(task).toContainText('0/3');

  // ---- To In progress by keyboard: Space lifts, → → to the third column, Space drops.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('announcer').or(page.locator('[id^="DndLiveRegion"]')).first()).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(column(page, 'assigned').getByTestId('drop-slot')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(column(page, 'in_progress').getByTestId('drop-slot')).toHaveText(title);
  await expect(page.getByTestId('announcer')).toContainText('将放到“办理中”第 1 位');
  await shot(page, 'keyboard-move');
  await page.keyboard.press('Space');
  await expect(column(page, 'in_progress').getByTestId('action-card').filter({ hasText: title })).toBeVisible();
  await expect(column(page, 'proposed').getByTestId('action-card').filter({ hasText: title })).toHaveCount(0);
  await expect(task).toBeFocused();
  await expect(page.getByTestId('announcer')).toContainText('放到“办理中”第 1 位');
  expect((await api('action.get', { id: made.id })).status).toBe('in_progress');

  // ---- Filter by 金融办 (as co-operating unit): the task is there, tasks without 金融办 are not.
  await page.goto(`${host.url}#/programmes/${programmeId}/board`);
  const unitFilter = page.getByRole('combobox', { name: '单位（牵头或配合）' });
  await unitFilter.fill('金融办');
  await unitFilter.press('Enter');
  await expect(page).toHaveURL(/unit=/);
  await expect(card(page, title)).toBeVisible();
  const withFinance = before.filter((a) => a.leadUnit?.shortName === '金融办' || a.coUnits.some((u) => u.shortName === '金融办'));
  await expect(page.getByTestId('action-card')).toHaveCount(withFinance.length + 1);
  // Reload keeps the filter (it lives in the address).
  await page.reload();
  await expect(page.getByRole('combobox', { name: '单位（牵头或配合）' })).toHaveValue('清源县人民政府金融工作办公室');
  await expect(card(page, title)).toBeVisible();
  await expect(card(page, title).getByTestId('due-chip')).not.toContainText('已逾期');
  await shot(page, 'filtered-zh');

  // ---- The clock passes the due date: the task is overdue, in words, not only in colour.
  await setClock('2027-02-12T09:00:00+08:00', request);
  await page.reload();
  await expect(card(page, title).getByTestId('due-chip')).toContainText('已逾期');
  await expect(card(page, title)).toHaveClass(/due-overdue/);
  await page.getByRole('checkbox', { name: '只看已逾期' }).check();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(card(page, title)).toBeVisible();

  // ---- Its history lists every change, with field names in words.
  await card(page, title).click();
  await expect(panel).toBeVisible();
  await panel.getByText(/^修改记录/).click();
  const history = panel.getByTestId('history-entry');
  const lines = await history.allTextContents();
  const expected = [
    `创建任务：${title}`,
    '牵头单位：清源县工业和信息化局',
    '配合单位：清源县财政局',
    '配合单位：清源县财政局 → 清源县财政局、清源县人民政府金融工作办公室',
    '期限说法：一个月内',
    '期限日期：2027年2月11日',
    '添加要求的内容：贷款贴息',
    '添加要求的内容：研发补助',
    '添加要求的内容：市场开拓支持',
    '状态：待确认 → 办理中',
  ];
  for (const line of expected) expect(lines.some((l) => l.includes(line)), `${line} in\n${lines.join('\n')}`).toBe(true);
  expect(lines).toHaveLength(expected.length);
  await shot(page, 'history-zh');
  await page.keyboard.press('Escape');

  // ---- The unit view: what 金融办 owes, printable.
  const finance = (await api('unit.list', {})).find((u) => u.shortName === '金融办')!;
  await page.goto(`${host.url}#/units/${finance.id}?programme=${programmeId}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('清源县人民政府金融工作办公室');
  await expect(page.getByTestId('unit-co').getByTestId('unit-row').filter({ hasText: title })).toContainText('已逾期');
  await expect(page.getByTestId('unit-co').getByTestId('unit-row').filter({ hasText: title })).toContainText('工信局');
  await shot(page, 'unit-zh', true);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidebar')).toBeHidden();
  await shot(page, 'unit-print-zh', true);
  await page.emulateMedia({ media: 'screen' });
});

test('an invalid move is refused with a clear message and changes nothing; the English board', async ({ page, request }) => {
  test.setTimeout(90_000);
  const api = apiOf(host, request);
  await api('settings.update', { language: 'zh-CN' });
  const { programmeId } = await api('sample.load', { locale: 'zh-CN' });
  const cancelled = await api('action.create', { sessionId: SESSION, title: '调研报告（已取消）', status: 'cancelled' });
  const historyBefore = (await api('action.get', { id: cancelled.id })).history.length;

  await page.goto(`${host.url}#/programmes/${programmeId}/board`);
  const task = card(page, '调研报告（已取消）');
  await expect(column(page, 'cancelled').getByTestId('action-card').filter({ hasText: '调研报告（已取消）' })).toBeVisible();

  // Accepting a cancelled task: lift, ← to 已验收 (marked as refused while lifted), drop.
  await task.focus();
  await page.keyboard.press('Space');
  await expect(column(page, 'accepted')).toHaveClass(/refused/);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('announcer')).toContainText('不能从“已取消”直接改为“已验收”');
  await page.keyboard.press('Space');
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: '任务不能从“已取消”直接改为“已验收”' })).toBeVisible();
  await expect(column(page, 'cancelled').getByTestId('action-card').filter({ hasText: '调研报告（已取消）' })).toBeVisible();
  await expect(column(page, 'accepted').getByTestId('action-card').filter({ hasText: '调研报告（已取消）' })).toHaveCount(0);
  await expect(task).toBeFocused();
  const after = await api('action.get', { id: cancelled.id });
  expect(after.status).toBe('cancelled');
  expect(after.history).toHaveLength(historyBefore);

  // A task without a lead unit cannot be assigned: Alt+→ from 待确认 is refused with the reason.
  const bare = await api('action.create', { sessionId: SESSION, title: '无牵头单位的任务' });
  await expect(card(page, '无牵头单位的任务')).toBeVisible();
  await card(page, '无牵头单位的任务').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: '请先指定牵头单位' })).toBeVisible();
  expect((await api('action.get', { id: bare.id })).status).toBe('proposed');

  // ---- English.
  await api('settings.update', { language: 'en' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Task board' })).toBeVisible();
  await expect(column(page, 'in_progress').getByRole('heading', { name: 'In progress' })).toBeVisible();
  await expect(column(page, 'cancelled').getByRole('heading', { name: 'Cancelled' })).toBeVisible();
  await expect(card(page, '无牵头单位的任务')).toContainText('No lead unit yet');
  await card(page, '调研报告（已取消）').focus();
  await expect(card(page, '调研报告（已取消）')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(column(page, 'accepted')).toHaveClass(/refused/);
  await expect(column(page, 'accepted').getByText('Cannot move here')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('announcer')).toContainText('cannot go straight from “Cancelled” to “Accepted”');
  await page.keyboard.press('Space');
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: 'a task cannot go from “Cancelled” straight to “Accepted”' })).toBeVisible();
  await shot(page, 'board-en');
});

test('quick add, swimlanes, drag with the mouse, a date picked when the rule is unclear, delete with undo; screenshots', async ({ page, request }) => {
  test.setTimeout(120_000);
  const api = apiOf(host, request);
  await api('settings.update', { language: 'zh-CN' });
  const { programmeId } = await api('sample.load', { locale: 'zh-CN' });

  // An empty programme's board says what to do.
  const empty = await api('programme.create', { title: '空项目', description: '' });
  await page.goto(`${host.url}#/programmes/${empty.id}/board`);
  await expect(page.getByRole('heading', { name: '还没有任务' })).toBeVisible();
  await expect(page.getByText('把会上议定的事项加到这里')).toBeVisible();

  // A few tasks of the sample's follow-up, when the sample brings none of its own.
  const units = await api('unit.list', {});
  const byShort = (s: string) => units.find((u) => u.shortName === s)!.id;
  const people = await api('person.list', {});
  if ((await api('action.list', { programmeId })).length < 3) {
    const seed = [
      { title: '编制“强链扩圈”产业链招商图谱', status: 'assigned' as const, leadUnitId: byShort('工信局'), coUnitIds: [byShort('财政局')], dueRule: '两周内', priority: 'high' as const },
      { title: '研究设施农业用地单列指标', status: 'in_progress' as const, leadUnitId: byShort('财政局'), dueRule: '月底前', checklist: ['用地需求摸底', '指标测算'] },
      { title: '标准厂房建设资金测算', status: 'proposed' as const, dueRule: '一个月内', priority: 'urgent' as const },
      { title: '老机械厂区工业旅游可行性研究', status: 'submitted' as const, leadUnitId: byShort('金融办'), coUnitIds: [byShort('工信局')], dueDate: '2027-01-15' },
    ];
    for (const item of seed) await api('action.create', { sessionId: SESSION, ...item, ...(people[0] ? { ownerId: people[0].id } : {}) });
  }

  await page.goto(`${host.url}#/programmes/${programmeId}/board`);
  await expect(page.getByTestId('action-card').first()).toBeVisible();
  await shot(page, 'board-zh');

  // Arrow keys go from card to card, across columns too.
  const firstProposed = column(page, 'proposed').getByTestId('action-card').first();
  await firstProposed.focus();
  await page.keyboard.press('ArrowRight');
  await expect(column(page, 'assigned').getByTestId('action-card').first()).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(firstProposed).toBeFocused();

  // ---- Quick add: title and Enter in 待确认; in 办理中 the lead unit is asked for first.
  const quick = page.getByTestId('quick-add-proposed');
  await quick.fill('起草专精特新企业认定办法');
  await quick.press('Enter');
  await expect(column(page, 'proposed').getByTestId('action-card').filter({ hasText: '起草专精特新企业认定办法' })).toBeVisible();
  await expect(quick).toHaveValue('');
  await expect(quick).toBeFocused();
  const quickProgress = page.getByTestId('quick-add-in_progress');
  await quickProgress.fill('梳理涉企扶持资金清单');
  await quickProgress.press('Enter');
  await expect(column(page, 'in_progress').getByRole('alert')).toHaveText('请先选择牵头单位：“办理中”的任务须有牵头单位。');
  const quickLead = column(page, 'in_progress').getByRole('combobox', { name: '“办理中”的任务须有牵头单位' });
  await expect(quickLead).toBeFocused();
  await quickLead.fill('czj');
  await quickLead.press('Enter');
  await quickProgress.press('Enter');
  await expect(column(page, 'in_progress').getByTestId('action-card').filter({ hasText: '梳理涉企扶持资金清单' })).toContainText('财政局');

  // ---- Drag with the mouse: from 待确认 to 已交办 needs a lead unit; give it one, then drag.
  const dragged = card(page, '起草专精特新企业认定办法');
  const box = (await dragged.boundingBox())!;
  const targetBox = (await column(page, 'cancelled').boundingBox()) ?? (await column(page, 'assigned').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10, { steps: 4 });
  await column(page, 'assigned').scrollIntoViewIfNeeded();
  const assignedBox = (await column(page, 'assigned').boundingBox())!;
  await page.mouse.move(assignedBox.x + assignedBox.width / 2, assignedBox.y + assignedBox.height - 20, { steps: 8 });
  await expect(column(page, 'accepted')).toHaveClass(/refused/);
  await page.mouse.up();
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: '请先指定牵头单位' })).toBeVisible();
  await expect(column(page, 'proposed').getByTestId('action-card').filter({ hasText: '起草专精特新企业认定办法' })).toBeVisible();
  expect(targetBox).toBeTruthy();

  // ---- The detail panel: an unclear rule gets its reason and the date picker; the picked date is used.
  await dragged.click();
  const panel = page.getByTestId('action-panel');
  await expect(panel).toBeVisible();
  await shot(page, 'detail-top-zh');
  await panel.getByRole('combobox', { name: '牵头单位' }).fill('工信');
  await panel.getByRole('combobox', { name: '牵头单位' }).press('Enter');
  await panel.getByTestId('due-rule').fill('下个月');
  await expect(panel.getByTestId('due-reason')).toHaveText('这个期限不明确，请说具体些或直接选日期');
  await panel.getByTestId('due-rule').press('Enter');
  await expect(panel.getByTestId('due-date')).toBeFocused();
  await panel.getByTestId('due-date').fill('2027-02-20');
  await panel.getByRole('button', { name: '确定期限' }).click();
  await expect(panel.getByTestId('due-current')).toHaveText(/期限：2027年2月20日/);
  await expect(panel.getByTestId('due-current')).not.toContainText('下个月');
  await shot(page, 'detail-unclear-zh');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // Now the drag to 已交办 is taken.
  const box2 = (await dragged.boundingBox())!;
  await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
  await page.mouse.down();
  await page.mouse.move(box2.x + box2.width / 2 + 20, box2.y + box2.height / 2 + 10, { steps: 4 });
  // Measured again: the page may have scrolled since the first drag.
  const assignedNow = (await column(page, 'assigned').boundingBox())!;
  await page.mouse.move(assignedNow.x + assignedNow.width / 2, assignedNow.y + assignedNow.height - 20, { steps: 8 });
  await page.mouse.up();
  await expect(column(page, 'assigned').getByTestId('action-card').filter({ hasText: '起草专精特新企业认定办法' })).toBeVisible();

  // Reorder within the column by mouse: drop it on the top half of the first card there.
  const firstAssigned = column(page, 'assigned').getByTestId('action-card').first();
  if ((await column(page, 'assigned').getByTestId('action-card').count()) > 1 && !(await firstAssigned.textContent())!.includes('起草专精特新企业认定办法')) {
    const from = (await dragged.boundingBox())!;
    const to = (await firstAssigned.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + 6, { steps: 8 });
    await page.mouse.up();
    await expect(column(page, 'assigned').getByTestId('action-card').first()).toContainText('起草专精特新企业认定办法');
  }

  // ---- Swimlanes by lead unit (kept in the address).
  await page.getByRole('checkbox', { name: '按牵头单位分泳道' }).check();
  await expect(page).toHaveURL(/lanes=1/);
  const lane = page.getByRole('region', { name: /牵头单位：清源县工业和信息化局/ });
  await expect(lane.getByTestId('action-card').filter({ hasText: '起草专精特新企业认定办法' })).toBeVisible();
  await shot(page, 'lanes-zh', true);
  await page.getByRole('checkbox', { name: '按牵头单位分泳道' }).uncheck();

  // ---- Delete with Undo.
  await dragged.click();
  await page.getByTestId('action-panel').getByRole('button', { name: '删除任务' }).click();
  await expect(page.getByTestId('action-panel')).toHaveCount(0);
  await expect(card(page, '起草专精特新企业认定办法')).toHaveCount(0);
  await expect(page.getByTestId('quick-add-assigned')).toBeFocused();
  await page.locator('[data-sonner-toast]').filter({ hasText: '已删除任务' }).getByRole('button', { name: '撤销' }).click();
  await expect(card(page, '起草专精特新企业认定办法')).toBeVisible();

  // ---- The board in English.
  await api('settings.update', { language: 'en' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Task board' })).toBeVisible();
  await shot(page, 'board-en');
  await card(page, '起草专精特新企业认定办法').click();
  await expect(page.getByTestId('action-panel').getByRole('heading', { name: 'Task details' })).toBeVisible();
  await shot(page, 'detail-en');
  await page.keyboard.press('Escape');

  // The dark look.
  await api('settings.update', { language: 'zh-CN', theme: 'dark' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '任务看板' })).toBeVisible();
  await expect(page.getByTestId('action-card').first()).toBeVisible();
  await shot(page, 'board-dark');
});

test('a programme board with 2,000 tasks shows every column and its counts; a keyboard move lands (timings: npm run bench)', async ({ page, request }) => {
  test.setTimeout(180_000);
  const api = apiOf(host, request);
  await api('settings.update', { language: 'zh-CN' });
  await api('sample.load', { locale: 'zh-CN' }); // for its directory of units
  const { id: programmeId } = await api('programme.create', { title: '2,000 项任务', description: '' });
  const units = await api('unit.list', {});
  const statuses = ['proposed', 'assigned', 'in_progress', 'submitted', 'accepted', 'cancelled'] as const;
  const seeded: ActionItem[] = [];
  for (let batch = 0; batch < 100; batch++) {
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const n = batch * 20 + i;
        const unit = units[n % units.length];
        return api('action.create', {
          programmeId,
          title: `任务 ${n + 1}：落实第 ${n + 1} 项会议议定事项`,
          status: statuses[n % statuses.length]!,
          ...(unit ? { leadUnitId: unit.id, coUnitIds: units.filter((u) => u.id !== unit.id).slice(0, n % 3).map((u) => u.id) } : {}),
          dueDate: `2027-0${1 + (n % 9)}-1${n % 10}`,
          checklist: n % 4 === 0 ? ['一', '二'] : [],
        });
      }),
    );
    seeded.push(...created);
  }
  expect(seeded).toHaveLength(2000);

  // How fast it draws and moves is measured by bench/board.bench.ts, never asserted here.
  await page.goto(`${host.url}#/programmes/${programmeId}/board`);
  await expect(page.getByTestId('board-ready').getByTestId('action-card').first()).toBeVisible({ timeout: 20_000 });
  for (const status of statuses) await expect(page.getByTestId(`column-${status}`).getByTestId('column-count')).toHaveText(/^33[34]$/);

  // A move: Alt+↓ on the first proposed card puts it second; the announcer says so and the server has it.
  const proposed = page.getByTestId('column-proposed').getByTestId('action-card');
  const firstId = (await proposed.first().getAttribute('data-card-id'))!;
  await proposed.first().focus();
  await expect(proposed.first()).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('announcer')).toContainText('已将');
  await expect(proposed.nth(1)).toHaveAttribute('data-card-id', firstId);
  await expect(page.locator(`[data-card-id="${firstId}"]`)).toBeFocused();
  await expect.poll(async () => (await api('action.get', { id: firstId })).boardPosition).toBeGreaterThan(0);
});
