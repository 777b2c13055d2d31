import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/**
 * The minutes through the UI. The sample ships its Stage 1 seminar with approved minutes (version 1):
 * they open locked; a revision (version 2) is redrafted from the meeting's data, edited and saved
 * (Ctrl+S), exported as Word and PDF from the Export menu and read back, approved (locked: fields
 * disabled, and the API refuses edits), then revised again. A session without minutes (Stage 2)
 * offers to draft them. With CONVENE_SCREENSHOTS=DIR it also photographs the editor (approved and
 * draft) and the Export menu in both languages.
 */

const SESSION_ZH = 'sample-zh-1-session-leadership_seminar';
const SESSION_EN = 'sample-en-1-session-leadership_seminar';
// Stage 2's business-environment seminar: it has met too, but has no minutes yet.
const STAGE2_ZH = 'sample-zh-1-session-business_environment';
const STAGE2_EN = 'sample-en-1-session-business_environment';
const TITLE_ZH = '常委会层面战略对接研讨会';
const TITLE_EN = 'Leadership seminar on the strategy';
const CLOSING = '会议要求各单位抓好落实，一个月内报送进展。';

const minutesUrl = (appUrl: string, sessionId: string) => `${appUrl}#/sessions/${sessionId}/minutes`;

/** Picks one item of the Export menu and saves the download it starts; returns the saved path. */
async function exportThroughMenu(page: Page, item: string, dir: string): Promise<{ file: string; suggested: string }> {
  await page.getByRole('button', { name: /^(导出|Export)/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByRole('menuitem', { name: item }).click()]);
  const suggested = download.suggestedFilename();
  const file = path.join(dir, suggested);
  await download.saveAs(file);
  return { file, suggested };
}

/** POSTs a call straight to the host and returns its Result (the fixture's api() throws on refusals). */
async function rawCall(page: Page, appUrl: string, channel: string, input: unknown) {
  const url = new URL(appUrl);
  const response = await page.request.post(`${url.origin}/api/call/${channel}`, {
    headers: { 'X-Convene-Token': url.searchParams.get('token') ?? '' },
    data: input,
  });
  return (await response.json()) as { ok: boolean; error?: { code: string; params?: Record<string, unknown> } };
}

test('minutes: a session without minutes offers a draft; the sample’s approved minutes open locked', async ({ page, appUrl, api }) => {
  await api('sample.load', { locale: 'zh-CN' });
  await page.goto(minutesUrl(appUrl, STAGE2_ZH));
  await expect(page.getByRole('heading', { level: 1, name: '会议纪要' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '还没有会议纪要' })).toBeVisible();
  await page.getByRole('button', { name: '生成纪要草稿' }).click();
  const title = page.getByRole('textbox', { name: '标题' });
  await expect(title).toHaveValue('专题研讨会：优化营商环境，构建创新生态');
  await expect(title).toBeFocused();
  await expect(page.getByRole('textbox', { name: /^曾庆丰 · 发言要点 1$/ })).toHaveValue(/安家补贴/);
  await expect(page.getByText('草稿', { exact: true }).first()).toBeVisible();

  // Stage 1 met and its minutes were approved: they open locked, with the task the meeting gave.
  await page.goto(minutesUrl(appUrl, SESSION_ZH));
  await expect(page.getByTestId('minutes-locked')).toContainText('已审定，内容已锁定');
  await expect(page.getByRole('textbox', { name: '标题' })).toHaveValue(TITLE_ZH);
  await expect(page.getByRole('textbox', { name: '标题' })).toBeDisabled();
  await expect(page.getByRole('textbox', { name: '第 1 项任务 · 牵头单位' })).toHaveValue('清源县工业和信息化局');
  await expect(page.getByRole('textbox', { name: '会议要求' })).toHaveValue(/一个月内拿出“专精特新”企业扶持政策初稿/);
});

test('an earlier version stays open for reading while another window approves and starts a new version', async ({ page, appUrl, api }) => {
  // From an empty folder: a session whose minutes were drafted and approved (version 1), then revised (version 2).
  await api('settings.update', { language: 'zh-CN' });
  const programme = await api('programme.create', { title: '清源县高质量发展战略布局专题研讨' });
  const stage = await api('stage.create', { programmeId: programme.id, title: '常委会层面研讨' });
  const session = await api('session.create', { stageId: stage.id, title: TITLE_ZH });
  await api('minutes.generate', { sessionId: session.id, locale: 'zh-CN' });
  await api('minutes.approve', { sessionId: session.id, version: 1 });
  await api('minutes.newVersion', { sessionId: session.id });
  await page.goto(minutesUrl(appUrl, session.id));
  await page.getByRole('button', { name: '查看第 1 版' }).click();
  const dialog = page.getByRole('dialog', { name: '第 1 版' });
  await expect(dialog.locator('.minutes-readonly h3').first()).toBeVisible();
  // Elsewhere, version 2 is approved and version 3 started: this page learns it by a change event,
  // and its editor becomes version 3's (it used to take the dialog with it).
  await api('minutes.approve', { sessionId: session.id, version: 2 });
  await api('minutes.newVersion', { sessionId: session.id });
  await expect(page.locator('button[aria-label="查看第 2 版"]')).toBeAttached();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.minutes-readonly h3').first()).toBeVisible();
});

test('minutes: revise the approved minutes: redraft, edit and save, export Word and PDF, approve (locked), revise again', async ({ page, appUrl, api }) => {
  test.setTimeout(120_000);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-minutes-'));
  await api('sample.load', { locale: 'zh-CN' });

  await page.goto(minutesUrl(appUrl, SESSION_ZH));
  await expect(page.getByRole('heading', { level: 1, name: '会议纪要' })).toBeVisible();
  await page.getByRole('button', { name: '新建修订版本' }).click();
  await expect(page.getByText('已新建第 2 版草稿，可以修改了。')).toBeVisible();
  // Redrafted from the meeting's data: asks first, then replaces the copied text.
  await page.getByRole('button', { name: '从会议数据重新生成' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '重新生成并覆盖' }).click();
  await expect(page.getByText('已按会议数据重新生成草稿。')).toBeVisible();

  // The draft, laid out like the printed minutes.
  const title = page.getByRole('textbox', { name: '标题' });
  await expect(title).toHaveValue(TITLE_ZH);
  await expect(page.getByRole('textbox', { name: '会议要求' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: '地点' })).toHaveValue('县委会议室');
  await expect(page.getByRole('textbox', { name: '主持' })).toHaveValue('江辰');
  await expect(page.getByRole('textbox', { name: '县领导：出席人员' })).toHaveValue(/^江辰、李长根、周立群、王志远、陈静、/); // in protocol order (排序)
  await expect(page.getByRole('textbox', { name: '请假人员' })).toHaveValue('刘芳');
  await expect(page.getByRole('textbox', { name: '议程第 1 项 · 议题' })).toHaveValue('战略愿景与关键路径');
  await expect(page.getByRole('textbox', { name: /^林卫东 · 发言要点 1$/ })).toHaveValue(/专精特新/);
  await expect(page.getByText('草稿', { exact: true }).first()).toBeVisible();

  // Edit the closing text; Ctrl+S saves it.
  const closing = page.getByRole('textbox', { name: '会议要求' });
  await closing.fill(CLOSING);
  await expect(page.getByTestId('minutes-save-state')).toHaveText('有未保存的修改');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('纪要已保存。')).toBeVisible();
  await expect(page.getByTestId('minutes-save-state')).toContainText('最后保存');
  expect((await api('minutes.get', { sessionId: SESSION_ZH })).current?.document.closing).toBe(CLOSING);

  // Leaving with unsaved edits asks first; staying keeps them.
  await page.getByRole('textbox', { name: '地点' }).fill('县委第一会议室');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '研讨项目' }).click();
  const leave = page.getByRole('dialog', { name: '离开纪要页面？' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('textbox', { name: '地点' })).toHaveValue('县委第一会议室');
  await expect(page).toHaveURL(/\/minutes$/);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('minutes-save-state')).toContainText('最后保存');
  expect((await api('minutes.get', { sessionId: SESSION_ZH })).current?.document.venue).toBe('县委第一会议室');

  // The Export menu by keyboard: ArrowDown opens it on the first item, Escape closes it.
  const exportButton = page.getByRole('button', { name: /^导出/ });
  await exportButton.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: '会议纪要：Word 文档（.docx）' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: '会议纪要：PDF 文件（.pdf）' })).toBeFocused();
  await expect(page.getByRole('menuitemradio', { name: /中文/ })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: '导出会议包（.convene）' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: '会议纪要：Word 文档（.docx）' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(exportButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: '会议纪要：Word 文档（.docx）' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menu')).toHaveCount(0);

  // Word: a zip whose word/document.xml has the Chinese title and the saved closing text.
  const docx = await exportThroughMenu(page, '会议纪要：Word 文档（.docx）', out);
  expect(docx.suggested).toMatch(/^常委会层面战略对接研讨会-会议纪要.*\.docx$/);
  const zip = await JSZip.loadAsync(fs.readFileSync(docx.file));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain(TITLE_ZH);
  expect(xml).toContain('会议要求各单位抓好落实');
  expect(xml).toContain('县委第一会议室');
  await expect(page.getByText(`已导出“${docx.suggested}”。`)).toBeVisible();

  // PDF, printed by the host's Chromium.
  const pdf = await exportThroughMenu(page, '会议纪要：PDF 文件（.pdf）', out);
  expect(pdf.suggested).toMatch(/\.pdf$/);
  expect(fs.readFileSync(pdf.file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(exportButton).not.toHaveAttribute('aria-disabled', 'true');

  // Approve: confirmed, then every field is locked and the API refuses edits.
  await page.getByRole('button', { name: '审定', exact: true }).click();
  const approveDialog = page.getByRole('dialog', { name: '审定第 2 版纪要？' });
  await approveDialog.getByRole('button', { name: '审定并锁定' }).click();
  await expect(page.getByTestId('minutes-locked')).toContainText('已审定，内容已锁定');
  await expect(page.getByTestId('minutes-locked')).toBeFocused();
  await expect(page.getByRole('textbox', { name: '会议要求' })).toBeDisabled();
  await expect(page.getByRole('textbox', { name: '标题' })).toBeDisabled();
  await expect(page.getByRole('textbox', { name: '议程第 1 项 · 议题' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '保存', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /添加/ })).toHaveCount(0);
  const allFields = page.locator('#minutes-form').locator('input, textarea');
  // Every one of them, not only the few above (a disabled fieldset disables what it holds).
  expect(await allFields.count()).toBeGreaterThan(40);
  const enabled = await allFields.evaluateAll((fields) => fields.filter((f) => !f.matches(':disabled')).length);
  expect(enabled).toBe(0);
  // Ctrl+S on locked minutes changes nothing.
  await page.keyboard.press('Control+s');
  const stored = await api('minutes.get', { sessionId: SESSION_ZH });
  expect(stored.current).toMatchObject({ version: 2, status: 'approved' });
  const refused = await rawCall(page, appUrl, 'minutes.update', { sessionId: SESSION_ZH, version: 2, document: { ...stored.current!.document, closing: 'x' } });
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_state', params: { reason: 'minutes_approved' } } });
  // The approved minutes still export, marked approved (no "draft").
  const approvedDocx = await exportThroughMenu(page, '会议纪要：Word 文档（.docx）', out);
  const approvedXml = await (await JSZip.loadAsync(fs.readFileSync(approvedDocx.file))).file('word/document.xml')!.async('string');
  expect(approvedXml).not.toContain('（草稿）');

  // A new version: a draft again, editable, listed above the approved one.
  await page.getByRole('button', { name: '新建修订版本' }).click();
  await expect(page.getByText('已新建第 3 版草稿，可以修改了。')).toBeVisible();
  await expect(page.getByText('第 3 版', { exact: true }).first()).toBeVisible();
  const closing2 = page.getByRole('textbox', { name: '会议要求' });
  await expect(closing2).toBeEnabled();
  await expect(closing2).toHaveValue(CLOSING);
  await expect(page.getByTestId('minutes-locked')).toHaveCount(0);
  const versions = page.getByRole('region', { name: '版本记录' }).getByRole('row');
  await expect(versions).toHaveCount(4);
  await expect(versions.nth(1)).toContainText('第 3 版');
  await expect(versions.nth(2)).toContainText('已审定');
  await expect(versions.nth(3)).toContainText('已审定');
  await closing2.fill(`${CLOSING}（修订）`);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('minutes-save-state')).toContainText('最后保存');
  const v2 = await api('minutes.get', { sessionId: SESSION_ZH });
  expect(v2.current).toMatchObject({ version: 3, status: 'draft' });
  expect(v2.current?.document.closing).toBe(`${CLOSING}（修订）`);

  // The approved version 2 still reads as approved, from the keyboard.
  const view1 = page.getByRole('button', { name: '查看第 2 版' });
  await view1.focus();
  await page.keyboard.press('Enter');
  const old = page.getByRole('dialog', { name: /第 2 版/ });
  await expect(old).toContainText('已审定');
  await expect(old).toContainText(CLOSING);
  await expect(old).not.toContainText('（修订）');
  await expect(old.getByRole('heading', { name: TITLE_ZH })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(old).toHaveCount(0);
  await expect(view1).toBeFocused();
  fs.rmSync(out, { recursive: true, force: true });
});

test('minutes: rows are added and removed, regenerating asks first, unsaved edits survive leaving by Back', async ({ page, appUrl, api }) => {
  await api('sample.load', { locale: 'zh-CN' });
  // A revision of the sample's approved minutes, redrafted from the meeting's data.
  await api('minutes.newVersion', { sessionId: SESSION_ZH });
  await api('minutes.generate', { sessionId: SESSION_ZH });
  await page.goto(minutesUrl(appUrl, SESSION_ZH));
  await expect(page.getByRole('textbox', { name: '标题' })).toHaveValue(TITLE_ZH);

  // A decision added by keyboard: the new field takes the focus.
  await page.getByRole('button', { name: '添加议定事项' }).click();
  await expect(page.getByRole('textbox', { name: '议定事项 1' })).toBeFocused();
  await page.keyboard.type('原则同意“强链扩圈”产业生态构建方案。');
  // A task row after the meeting's own, then one removed from the agenda.
  await page.getByRole('button', { name: '添加任务' }).click();
  await expect(page.getByRole('textbox', { name: '第 2 项任务 · 任务' })).toBeFocused();
  await page.keyboard.type('修改完善产业生态构建方案');
  await page.getByRole('textbox', { name: '第 2 项任务 · 牵头单位' }).fill('清源县发展和改革局');
  await page.getByRole('button', { name: '删除议程第 5 项' }).click();
  await expect(page.getByRole('textbox', { name: '议程第 5 项 · 议题' })).toHaveCount(0);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('minutes-save-state')).toContainText('最后保存');
  const saved = (await api('minutes.get', { sessionId: SESSION_ZH })).current!.document;
  expect(saved.decisions).toEqual(['原则同意“强链扩圈”产业生态构建方案。']);
  expect(saved.actions).toHaveLength(2);
  expect(saved.actions[0]).toMatchObject({ no: 1, lead: '清源县工业和信息化局', deadline: '2027年2月11日（一个月内）' });
  expect(saved.actions[1]).toEqual({ no: 2, task: '修改完善产业生态构建方案', lead: '清源县发展和改革局', co: '', deadline: '', deliverable: '', status: '' });
  expect(saved.agenda).toHaveLength(4);

  // Leaving by Back cannot be stopped in a hash router: the edit is kept and offered on return.
  await page.getByRole('textbox', { name: '会议要求' }).fill('未保存的要求');
  await expect(page.getByTestId('minutes-save-state')).toHaveClass(/dirty/);
  await page.goto(`${new URL(appUrl).origin}/#/sessions/${SESSION_ZH}`);
  await page.goto(`${new URL(appUrl).origin}/#/sessions/${SESSION_ZH}/minutes`);
  await expect(page.getByText('发现尚未保存的修改')).toBeVisible();
  await expect(page.getByRole('textbox', { name: '会议要求' })).toHaveValue('');
  await page.getByRole('button', { name: '恢复这些修改' }).click();
  await expect(page.getByRole('textbox', { name: '会议要求' })).toHaveValue('未保存的要求');
  await expect(page.getByTestId('minutes-save-state')).toHaveText('有未保存的修改');

  // Regenerate asks, and replaces the edits when confirmed.
  await page.getByRole('button', { name: '从会议数据重新生成' }).click();
  const dialog = page.getByRole('dialog', { name: '从会议数据重新生成纪要？' });
  await expect(dialog).toContainText('覆盖草稿中的所有手工修改');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('textbox', { name: '会议要求' })).toHaveValue('未保存的要求');
  await page.getByRole('button', { name: '从会议数据重新生成' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '重新生成并覆盖' }).click();
  await expect(page.getByText('已按会议数据重新生成草稿。')).toBeVisible();
  await expect(page.getByRole('textbox', { name: '会议要求' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: '议程第 5 项 · 议题' })).toHaveValue('主持人总结');
  await expect(page.getByTestId('minutes-save-state')).toContainText('最后保存');
  // Nothing unsaved now: leaving does not ask.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '研讨项目' }).click();
  await expect(page).toHaveURL(/#\/$/);
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('minutes: draft, export menu, revision and approval in English', async ({ page, appUrl, api }) => {
    await api('sample.load', { locale: 'en' });
    // A session without minutes offers a draft.
    await page.goto(minutesUrl(appUrl, STAGE2_EN));
    await expect(page.getByRole('heading', { level: 1, name: 'Minutes' })).toBeVisible();
    await page.getByRole('button', { name: 'Draft the minutes' }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Themed seminar: business environment and innovation ecosystem');

    // Stage 1's approved minutes open locked; a revision is editable.
    await page.goto(minutesUrl(appUrl, SESSION_EN));
    await expect(page.getByTestId('minutes-locked')).toContainText('Approved: the minutes are locked');
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE_EN);
    await expect(page.getByRole('textbox', { name: 'Requirements' })).toHaveValue(/^Each member of the leadership/);
    await page.getByRole('button', { name: 'Start a new version' }).click();
    await expect(page.getByRole('textbox', { name: 'Venue' })).not.toHaveValue('');

    await page.getByRole('button', { name: /^Export/ }).click();
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem', { name: 'Minutes: Word document (.docx)' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Task breakdown: Excel workbook (.xlsx)' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Export bundle (.convene)' })).toBeVisible();
    await expect(menu.getByRole('menuitemradio', { name: /English/ })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Escape');

    await page.getByRole('textbox', { name: 'Requirements' }).fill('Each unit reports progress within a month.');
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve version 2 of the minutes?' });
    await expect(dialog).toContainText('unsaved changes will be saved first');
    await dialog.getByRole('button', { name: 'Approve and lock' }).click();
    await expect(page.getByTestId('minutes-locked')).toContainText('Approved: the minutes are locked');
    await expect(page.getByRole('textbox', { name: 'Requirements' })).toBeDisabled();
    await expect(page.getByRole('textbox', { name: 'Requirements' })).toHaveValue('Each unit reports progress within a month.');
    expect((await api('minutes.get', { sessionId: SESSION_EN })).current).toMatchObject({ status: 'approved' });

    // A new version; the approved one opens read-only from the list of versions.
    await page.getByRole('button', { name: 'Start a new version' }).click();
    await expect(page.getByRole('textbox', { name: 'Requirements' })).toBeEnabled();
    await page.getByRole('button', { name: 'View version 2' }).click();
    const old = page.getByRole('dialog', { name: /Version 2/ });
    await expect(old).toContainText('Approved');
    await expect(old).toContainText('Each unit reports progress within a month.');
    await expect(old.getByRole('heading', { name: 'Action items' })).toBeVisible();
    await old.getByRole('button', { name: 'Close' }).click();
    await expect(old).toHaveCount(0);
  });
});

const shots = process.env.CONVENE_SCREENSHOTS;

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`screenshots (${locale})`, () => {
    test.skip(!shots, 'screenshots only when CONVENE_SCREENSHOTS=DIR is set');
    test.use({ locale: locale === 'en' ? 'en-US' : 'zh-CN' });

    test(`minutes editor and export menu (${locale})`, async ({ page, appUrl, api }) => {
      const shot = (name: string, fullPage = false) => page.screenshot({ path: path.join(shots!, `${locale}-${name}.png`), fullPage });
      const sessionId = locale === 'en' ? SESSION_EN : SESSION_ZH;
      await api('sample.load', { locale });
      // A session without minutes yet (Stage 2), then the sample's approved Stage 1 minutes.
      await page.goto(minutesUrl(appUrl, locale === 'en' ? STAGE2_EN : STAGE2_ZH));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await shot('minutes-empty');
      await page.goto(minutesUrl(appUrl, sessionId));
      await expect(page.getByTestId('minutes-locked')).toBeVisible();
      await shot('minutes-sample-approved');
      await shot('minutes-sample-approved-full', true);
      // A revision, redrafted from the meeting's data.
      await api('minutes.newVersion', { sessionId });
      await api('minutes.generate', { sessionId });
      await expect(page.getByTestId('minutes-locked')).toHaveCount(0);
      await shot('minutes-draft-top');
      await page.locator('#minutes-form textarea').last().fill(locale === 'en' ? 'Each unit reports progress within a month.' : CLOSING);
      await shot('minutes-draft');
      await shot('minutes-draft-full', true);
      await page.locator('.actions-table').scrollIntoViewIfNeeded();
      // Off-screen rows are laid out once they come into view (content-visibility): let that happen.
      await page.waitForTimeout(300);
      await shot('minutes-draft-actions');
      await page.getByRole('button', { name: locale === 'en' ? /^Export/ : /^导出/ }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await page.getByRole('menuitem').first().focus();
      await shot('export-menu');
      await page.getByRole('menuitemradio').nth(locale === 'en' ? 0 : 1).click();
      await shot('export-menu-other-language');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: locale === 'en' ? 'Save' : '保存', exact: true }).click();
      await api('minutes.approve', { sessionId, version: 2 });
      await expect(page.getByTestId('minutes-locked')).toBeVisible();
      await shot('minutes-approved');
      await shot('minutes-approved-full', true);
      await page.goto(`${new URL(appUrl).origin}/#/import`);
      await shot('import');
    });
  });
}
