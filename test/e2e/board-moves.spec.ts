import type { Locator, Page } from '@playwright/test';
import type { ActionStatus } from '../../shared/actions.js';
import { expect, test, type Api } from './fixtures.js';

/**
 * A secretary's first real meeting, from an empty data folder, on a 1280×800 laptop: the board's
 * moves are guarded by one rule (keyboard, panel and core agree), accepting with unticked required
 * contents asks first, the last move can be undone (toast and Ctrl+Z); every column can be reached
 * and a moved card is in view; the task panel scrolls its body; names never break; error toasts are
 * worded in each language and never cover the field they are about. What is set up through the API
 * is what these journeys do not test (a programme, units, people, tasks). CONVENE_SCREENSHOTS=DIR
 * saves screenshots to look at.
 */

test.use({ viewport: { width: 1280, height: 800 } });

const shots = process.env.CONVENE_SCREENSHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/board-moves-${name}.png` });
}

const column = (page: Page, status: string) => page.getByTestId(`column-${status}`);
const cardIn = (page: Page, status: string, title: string) => column(page, status).getByTestId('action-card').filter({ hasText: title });
const toast = (page: Page, text: string | RegExp) => page.locator('[data-sonner-toast]').filter({ hasText: text });

async function setup(api: Api, language: 'zh-CN' | 'en') {
  await api('settings.update', { language });
  const programme = await api('programme.create', { title: language === 'en' ? 'Qingyuan five-year plan' : '清源县“十五五”规划研讨', description: '' });
  const lead = await api('unit.create', { name: '清源县工业和信息化局', shortName: '工信局', kind: 'department' });
  const owner = await api('person.create', { name: '赵国栋', position: '局长', unitId: lead.id });
  const make = (title: string, status: ActionStatus, checklist: string[] = []) =>
    // Each with its deliverable recorded: accepting (办结) needs it (followup.spec.ts covers its absence).
    api('action.create', { programmeId: programme.id, title, status, leadUnitId: lead.id, ownerId: owner.id, checklist, deliverable: '成果' });
  return { programme, lead, owner, make };
}

/** The box of an element, measured in the page (it must be laid out). */
const box = async (locator: Locator) => (await locator.boundingBox())!;

/** Whether the element is inside the window, and inside every scrolling box around it (not clipped). */
function fullyShown(locator: Locator) {
  return locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    // One pixel of slack: a box scrolled to the edge lands on fractional pixels.
    if (r.left < -1 || r.top < -1 || r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1) return false;
    for (let p = element.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (!/(auto|scroll|hidden)/.test(style.overflowX + style.overflowY)) continue;
      const c = p.getBoundingClientRect();
      if (r.left < c.left - 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.bottom > c.bottom + 1) return false;
    }
    return true;
  });
}

/** How many lines a name is drawn on (an inline element that wraps has one box per line). */
const lineCount = (locator: Locator) =>
  locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });

test('keyboard, drag and panel obey one rule; accepting with unticked contents asks; the last move is undone (toast, Ctrl+Z) and in the history', async ({ page, appUrl, api }) => {
  test.setTimeout(90_000);
  const { programme, make } = await setup(api, 'zh-CN');
  const report = await make('起草专精特新企业扶持政策', 'submitted', ['贷款贴息', '研发补助', '市场开拓支持']);
  await api('action.checkUpdate', { id: report.checklist[0]!.id, done: true });
  await make('另一项已报送的任务', 'submitted');
  const working = await make('梳理涉企扶持资金清单', 'in_progress');
  await make('已取消的调研', 'cancelled');

  await page.goto(`${appUrl}#/programmes/${programme.id}/board`);
  const task = cardIn(page, 'submitted', '起草专精特新企业扶持政策');
  await expect(task).toBeVisible();

  // ---- To 已验收 by keyboard with 2 of 3 required contents unticked: asked first; Escape keeps it.
  await task.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(column(page, 'accepted').getByTestId('drop-slot')).toBeVisible();
  await page.keyboard.press('Space');
  const dialog = page.getByRole('dialog', { name: '要求的内容还没有全部完成' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('“起草专精特新企业扶持政策”的 3 项要求内容中还有 2 项没有勾选完成。仍然改为“已验收”吗？');
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await shot(page, 'confirm-zh');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toContainText('未移动：“起草专精特新企业扶持政策”仍在“已报送”');
  await expect(cardIn(page, 'submitted', '起草专精特新企业扶持政策')).toBeFocused();
  expect((await api('action.get', { id: report.id })).status).toBe('submitted');

  // Again, and confirmed: it moves, and the toast offers 撤销.
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await dialog.getByRole('button', { name: '仍然改为“已验收”' }).click();
  await expect(cardIn(page, 'accepted', '起草专精特新企业扶持政策')).toBeVisible();
  const moved = toast(page, '已将“起草专精特新企业扶持政策”移到“已验收”。');
  await expect(moved.getByRole('button', { name: '撤销' })).toBeVisible();
  await expect.poll(async () => (await api('action.get', { id: report.id })).status).toBe('accepted');

  // ---- The keyboard and the panel agree: an accepted (closed) task is reopened only with a reason, in
  // its panel (the follow-up section asks why), so neither the board nor the status list moves it back.
  const accepted = cardIn(page, 'accepted', '起草专精特新企业扶持政策');
  await accepted.focus();
  await page.keyboard.press('Space');
  await expect(column(page, 'submitted')).toHaveClass(/refused/);
  await expect(column(page, 'proposed')).toHaveClass(/refused/);
  await page.keyboard.press('Escape');
  await expect(accepted).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('action-panel');
  const status = panel.getByRole('combobox', { name: '状态' });
  await expect(status.locator('option')).toHaveText(['已验收']);
  await expect(panel.getByRole('form', { name: '重新打开' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  const cancelled = cardIn(page, 'cancelled', '已取消的调研');
  await cancelled.focus();
  await page.keyboard.press('Space');
  await expect(column(page, 'accepted')).toHaveClass(/refused/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await expect(status.locator('option')).toHaveText(['已取消', '待确认']);
  await page.keyboard.press('Escape');

  // ---- Undo from the toast: back in 已报送, first as before; the history says so.
  await moved.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByTestId('announcer')).toContainText('已撤销移动：“起草专精特新企业扶持政策”回到“已报送”。');
  await expect(column(page, 'submitted').getByTestId('action-card').first()).toContainText('起草专精特新企业扶持政策');
  await expect(cardIn(page, 'submitted', '起草专精特新企业扶持政策')).toBeFocused();
  const undone = await api('action.get', { id: report.id });
  expect(undone).toMatchObject({ status: 'submitted', boardPosition: 0 });
  await cardIn(page, 'submitted', '起草专精特新企业扶持政策').press('Enter');
  await panel.getByText(/^修改记录/).click();
  await expect(panel.getByTestId('history-entry').first()).toContainText('撤销移动：已验收 → 已报送');
  await page.keyboard.press('Escape');

  // ---- Ctrl+Z on the board takes back a move made with Alt+→.
  const work = cardIn(page, 'in_progress', '梳理涉企扶持资金清单');
  await work.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(cardIn(page, 'submitted', '梳理涉企扶持资金清单')).toBeFocused();
  await expect.poll(async () => (await api('action.get', { id: working.id })).status).toBe('submitted');
  await page.keyboard.press('Control+z');
  await expect(cardIn(page, 'in_progress', '梳理涉企扶持资金清单')).toBeFocused();
  expect((await api('action.get', { id: working.id })).status).toBe('in_progress');
  await expect(page.getByTestId('announcer')).toContainText('已撤销移动：“梳理涉企扶持资金清单”回到“办理中”。');
});

test('in English: the same confirmation, a refused move in the panel with the core’s words, undo', async ({ page, appUrl, api }) => {
  const { programme, make } = await setup(api, 'en');
  const report = await make('Draft the specialised-SME support policy', 'submitted', ['Loan interest subsidy', 'R&D grant']);
  const bare = await api('action.create', { programmeId: programme.id, title: 'Task without a lead unit' });
  await page.goto(`${appUrl}#/programmes/${programme.id}/board`);

  // The panel asks the same rule: 已提交 → Accepted confirms; a task without a lead cannot be assigned.
  await cardIn(page, 'submitted', 'Draft the specialised-SME support policy').click();
  const panel = page.getByTestId('action-panel');
  await panel.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Accepted' });
  const dialog = page.getByRole('dialog', { name: 'Not all required contents are done' });
  await expect(dialog).toContainText('2 of the 2 required contents of “Draft the specialised-SME support policy” are not ticked off yet. Change it to “Accepted” anyway?');
  await shot(page, 'confirm-en');
  await dialog.getByRole('button', { name: 'Change to “Accepted” anyway' }).click();
  await expect(panel.getByRole('combobox', { name: 'Status' })).toHaveValue('accepted');
  await page.keyboard.press('Escape');
  await toast(page, 'Moved “Draft the specialised-SME support policy” to “Accepted”.').getByRole('button', { name: 'Undo' }).click();
  await expect(cardIn(page, 'submitted', 'Draft the specialised-SME support policy')).toBeVisible();
  expect((await api('action.get', { id: report.id })).status).toBe('submitted');

  await cardIn(page, 'proposed', 'Task without a lead unit').click();
  await panel.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Assigned' });
  await expect(toast(page, 'This cannot be done now: choose a lead unit first.')).toBeVisible();
  await expect(panel.getByRole('combobox', { name: 'Status' })).toHaveValue('proposed');
  expect((await api('action.get', { id: bare.id })).status).toBe('proposed');
});

test('at 1280×800 every column can be reached and a card moved by keyboard is in view; names stay whole; the panel scrolls its body', async ({ page, appUrl, api }) => {
  test.setTimeout(90_000);
  const { programme, make } = await setup(api, 'zh-CN');
  for (let i = 1; i <= 12; i++) await make(`已取消的第 ${i} 项任务`, 'cancelled');
  const mover = await make('编制“强链扩圈”产业链招商图谱', 'in_progress', ['一', '二']);
  await api('action.update', { id: mover.id, description: '说明'.repeat(400), deliverable: '招商图谱' });
  await page.goto(`${appUrl}#/programmes/${programme.id}/board`);
  await expect(cardIn(page, 'in_progress', '编制“强链扩圈”产业链招商图谱')).toBeVisible();

  // Every column is on screen, none clipped (the last, 已取消, was cut off).
  const columns = page.locator('[data-testid^="column-"][data-status]');
  await expect(columns).toHaveCount(6);
  for (const status of ['proposed', 'assigned', 'in_progress', 'submitted', 'accepted', 'cancelled']) {
    const head = column(page, status).locator('.column-head');
    expect(await fullyShown(head), `${status} is shown whole`).toBe(true);
  }
  // A three-character name on a card stays on one line.
  expect(await lineCount(cardIn(page, 'in_progress', '编制').locator('.person-name'))).toBe(1);
  await shot(page, 'board-1280-zh');

  // To the end of the long 已取消 column by keyboard: the card is scrolled into view there.
  const card = cardIn(page, 'in_progress', '编制“强链扩圈”产业链招商图谱');
  await card.focus();
  await page.keyboard.press('Space');
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
  await expect(column(page, 'cancelled').getByTestId('drop-slot')).toBeVisible();
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('announcer')).toContainText('将放到“已取消”第 13 位');
  await page.keyboard.press('Space');
  const moved = cardIn(page, 'cancelled', '编制“强链扩圈”产业链招商图谱');
  await expect(moved).toBeFocused();
  await expect.poll(() => fullyShown(moved)).toBe(true);
  await shot(page, 'moved-in-view-zh');

  // The panel: its body scrolls, the header stays, nothing below the body is left blank.
  await moved.press('Enter');
  const panel = page.getByTestId('action-panel');
  const body = panel.locator('.panel-body');
  await expect(panel.getByRole('heading', { name: '任务详情' })).toBeFocused();
  // The task is drawn (not the loading line) before the wheel turns.
  await expect(panel.getByRole('button', { name: '删除任务' })).toBeAttached();
  const bodyBox = await box(body);
  await page.mouse.move(bodyBox.x + bodyBox.width / 2, bodyBox.y + bodyBox.height / 2);
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => body.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
  expect(await panel.evaluate((e) => e.scrollTop)).toBe(0);
  expect(await fullyShown(panel.getByRole('heading', { name: '任务详情' }))).toBe(true);
  const after = await box(body);
  expect(Math.round(after.y + after.height)).toBe(800);
  await expect(panel.getByRole('button', { name: '删除任务' })).toBeInViewport();
  await shot(page, 'panel-scrolled-zh');
});

test('error toasts: worded in each language with the limit, translated close button, never over the field; an over-long title is said under the field', async ({ page, appUrl, api }) => {
  const { programme, make } = await setup(api, 'zh-CN');
  const task = await make('编制产业链招商图谱', 'proposed');
  await page.goto(`${appUrl}#/programmes/${programme.id}/board`);

  // A quick-add title over the limit: the toast says the limit, in full-width punctuation, off the form.
  const quick = page.getByTestId('quick-add-proposed');
  await quick.fill('长'.repeat(201));
  await quick.press('Enter');
  const error = toast(page, '输入有误（标题：不能超过 200 个字）。');
  await expect(error).toBeVisible();
  await expect(error.getByRole('button', { name: '关闭通知' })).toBeAttached();
  const toastBox = await box(error);
  const fieldBox = await box(quick);
  const overlaps = (a: typeof toastBox, b: typeof toastBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlaps(toastBox, fieldBox)).toBe(false);
  // Over the sidebar, not over the content where the forms are.
  const content = await box(page.locator('main, .content').first());
  expect(toastBox.x + toastBox.width).toBeLessThanOrEqual(content.x);
  await expect(quick).toHaveValue('长'.repeat(201));
  await shot(page, 'toast-zh');

  // In the task panel, the same mistake is said under the title field itself.
  await cardIn(page, 'proposed', '编制产业链招商图谱').click();
  const title = page.getByTestId('detail-title');
  await title.fill('长'.repeat(201));
  await title.press('Enter');
  await expect(page.getByTestId('detail-title-error')).toHaveText('不能超过 200 个字');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  expect((await api('action.get', { id: task.id })).title).toBe('编制产业链招商图谱');
  await page.keyboard.press('Escape');

  // English.
  await api('settings.update', { language: 'en' });
  await page.reload();
  await page.getByTestId('quick-add-proposed').fill('x'.repeat(201));
  await page.getByTestId('quick-add-proposed').press('Enter');
  const english = toast(page, 'Some input is not valid (Title: at most 200 characters).');
  await expect(english).toBeVisible();
  await expect(english.getByRole('button', { name: 'Close notification' })).toBeAttached();
  await shot(page, 'toast-en');
});

test('participants at 1280×800 in English: the Remove column fits and names stay whole; the template menu stays in the window', async ({ page, appUrl, api }) => {
  await api('settings.update', { language: 'en' });
  const programme = await api('programme.create', { title: 'Qingyuan five-year plan', description: '' });
  const stage = await api('stage.create', { programmeId: programme.id, title: 'Round 1' });
  const session = await api('session.create', { stageId: stage.id, title: 'Leadership seminar', sittings: [{ date: '2027-01-11', startTime: '09:00', endTime: '12:00' }] });
  const unit = await api('unit.create', { name: 'Development and Reform Commission', kind: 'department' });
  const ids: string[] = [];
  const people = [
    ['Margaret Thompson-Williams', 'Deputy County Head', 'leadership'],
    ['赵国栋', '县发展和改革委员会党组书记、主任', 'department_head'],
    ['县领导', '县委常委、常务副县长', 'entrepreneur'],
  ] as const;
  for (const [name, position, category] of people) ids.push((await api('person.create', { name, position, unitId: unit.id, category })).id);
  await api('attendance.add', { sessionId: session.id, personIds: ids, role: 'presenter' });

  await page.goto(`${appUrl}#/sessions/${session.id}`);
  const removes = page.locator('.participants-table').getByRole('button', { name: /^Remove/ });
  await expect(removes).toHaveCount(3);
  // Scrolled down to the table only (not sideways: a clipped Remove must stay clipped for the check).
  await page.evaluate(() => window.scrollBy(0, document.querySelector('.participants-table')!.getBoundingClientRect().top - 80));
  for (const remove of await removes.all()) expect(await fullyShown(remove)).toBe(true);
  for (const name of ['赵国栋', '县领导']) {
    expect(await lineCount(page.locator('.participant-name').filter({ hasText: name })), name).toBe(1);
  }
  await shot(page, 'participants-en');

  // In Chinese, with Chinese names only, the name column is narrower still: a three-character name stays on one line.
  await api('attendance.remove', { sessionId: session.id, personId: ids[0]! });
  await api('settings.update', { language: 'zh-CN' });
  await page.reload();
  await expect(page.getByRole('columnheader', { name: '姓名' })).toBeVisible();
  for (const name of ['赵国栋', '县领导']) {
    expect(await lineCount(page.locator('.participant-name').filter({ hasText: name })), name).toBe(1);
  }
  await shot(page, 'participants-zh');

  // The agenda's template menu, in Chinese (its button sits further right): inside the window.
  await page.goto(`${appUrl}#/sessions/${session.id}/agenda`);
  await page.getByRole('button', { name: /从模板/ }).click();
  const menu = page.getByRole('group', { name: /模板/ });
  await expect(menu.getByRole('button').first()).toBeFocused();
  expect(await fullyShown(menu)).toBe(true);
  await shot(page, 'templates-zh');
});
