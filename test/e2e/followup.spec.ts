import type { Page } from '@playwright/test';
import { expect, test, type Api } from './fixtures.js';

/**
 * Follow-up of a task between meetings (督办, issue 17), from an empty data folder, in the task's
 * panel: two progress reports (one by a person picked by name), an extension requested and approved
 * (the original and the current due date both shown), closing refused until the deliverable is
 * recorded, then closed (已验收), reopened with a reason; every step in the history. A deleted report
 * comes back with Undo (offered in the panel: it is modal, a toast outside it cannot be reached). The programme, unit, person and task are set up through the API (as the board
 * specs do); the follow-up is driven by keys and clicks. CONVENE_SCREENSHOTS=DIR saves screenshots.
 */

test.use({ viewport: { width: 1280, height: 900 } });

const shots = process.env.CONVENE_SCREENSHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/followup-${name}.png`, fullPage: true });
}

const toast = (page: Page, text: string | RegExp) => page.locator('[data-sonner-toast]').filter({ hasText: text });

async function setup(api: Api, language: 'zh-CN' | 'en', title: string) {
  await api('settings.update', { language });
  const programme = await api('programme.create', { title: language === 'en' ? 'Qingyuan five-year plan' : '清源县“十五五”规划研讨', description: '' });
  const lead = await api('unit.create', { name: '清源县工业和信息化局', shortName: '工信局', kind: 'department' });
  await api('person.create', { name: '赵国栋', position: '局长', unitId: lead.id });
  const task = await api('action.create', { programmeId: programme.id, title, status: 'in_progress', leadUnitId: lead.id, dueDate: '2027-03-01' });
  return { programme, task };
}

test('zh-CN: two progress reports, an approved extension, closing needs the deliverable, reopened with a reason; all in the history', async ({ page, appUrl, api }) => {
  test.setTimeout(90_000);
  const { programme, task } = await setup(api, 'zh-CN', '起草专精特新企业扶持政策');
  await page.goto(`${appUrl}#/programmes/${programme.id}/board`);
  await page.getByTestId('action-card').filter({ hasText: '起草专精特新企业扶持政策' }).click();
  const panel = page.getByTestId('action-panel');
  const progress = panel.getByTestId('progress');
  await expect(progress.getByText('还没有进展报告。')).toBeVisible();

  // ---- An empty report is refused under its field; what was typed elsewhere stays.
  const form = progress.getByRole('form', { name: '报告进展' });
  await form.getByLabel('日期').fill('2027-02-01');
  await form.getByRole('button', { name: '记录进展' }).click();
  await expect(form.locator('.field-error')).toContainText('必填');
  await expect(form.getByLabel('日期')).toHaveValue('2027-02-01');

  // ---- Two reports: the first by the lead unit (the default), the second also by a person.
  await form.getByLabel('进展情况').fill('已完成企业调研');
  await form.getByRole('button', { name: '记录进展' }).click();
  await expect(progress.getByTestId('progress-entry')).toHaveCount(1);
  await expect(form.getByLabel('进展情况')).toHaveValue('');
  await form.getByLabel('日期').fill('2027-02-15');
  await form.getByLabel('进展情况').fill('政策初稿已形成');
  const reporter = form.getByRole('combobox', { name: '报告人' });
  await reporter.fill('赵国');
  await reporter.press('Enter');
  await form.getByRole('button', { name: '记录进展' }).click();
  const entries = progress.getByTestId('progress-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('2027年2月1日已完成企业调研报告：清源县工业和信息化局');
  await expect(entries.nth(1)).toContainText('2027年2月15日政策初稿已形成报告：清源县工业和信息化局、赵国栋');

  // ---- A report deleted by mistake comes back with Undo.
  await entries.nth(0).getByRole('button', { name: '删除这条进展' }).click();
  await expect(entries).toHaveCount(1);
  await progress.getByTestId('progress-undo').getByRole('button', { name: '撤销' }).click();
  await expect(entries).toHaveCount(2);

  // ---- An extension: a date not later than the current one is refused in words; then requested and approved.
  const extension = panel.getByTestId('extension');
  const request = extension.getByRole('form', { name: '申请延期' });
  await request.getByLabel('延期至').fill('2027-02-20');
  await request.getByLabel('申请理由').fill('需补充企业数据');
  await request.getByRole('button', { name: '申请延期' }).click();
  await expect(request.locator('.field-error')).toContainText('延期后的日期须晚于当前期限');
  await expect(request.getByLabel('申请理由')).toHaveValue('需补充企业数据');
  await request.getByLabel('延期至').fill('2027-04-01');
  await request.getByRole('button', { name: '申请延期' }).click();
  await expect(extension.getByTestId('extension-entry')).toContainText('申请延期至 2027年4月1日：需补充企业数据待审批');
  await extension.getByRole('button', { name: '同意延期' }).click();
  await expect(extension.getByTestId('extension-entry')).toContainText('已同意');
  await expect(extension.getByTestId('due-dates')).toHaveText('原定期限：2027年3月1日 · 现期限：2027年4月1日');
  expect(await api('action.get', { id: task.id })).toMatchObject({ dueDate: '2027-04-01', originalDueDate: '2027-03-01' });
  await shot(page, 'zh-reports-extension');

  // ---- 办结: the task is submitted, closing without the deliverable is refused and says what to do.
  await panel.getByRole('combobox', { name: '状态' }).selectOption({ label: '已报送' });
  const close = panel.getByTestId('close-task');
  await expect(close.getByTestId('close-hint')).toHaveText('请先在上方“成果形式”中记录办理结果，或在下方添加成果附件，再办结。');
  await close.getByRole('button', { name: '办结（改为已验收）' }).click();
  await expect(toast(page, '办结前请先记录成果（办理结果）')).toBeVisible();
  expect((await api('action.get', { id: task.id })).status).toBe('submitted');
  const deliverable = panel.getByLabel('成果形式');
  await deliverable.fill('《清源县专精特新企业扶持政策（送审稿）》已报县政府办');
  await deliverable.press('Tab');
  await expect(close.getByTestId('close-hint')).toHaveText('办结即改为“已验收”，须先记录成果（办理结果）。');
  await close.getByRole('button', { name: '办结（改为已验收）' }).click();
  await expect(panel.getByRole('combobox', { name: '状态' })).toHaveValue('accepted');
  await shot(page, 'zh-closed');

  // ---- Reopened: the reason is required, then kept in the history.
  const reopen = panel.getByRole('form', { name: '重新打开' });
  await reopen.getByRole('button', { name: '重新打开' }).click();
  await expect(reopen.locator('.field-error')).toBeVisible();
  expect((await api('action.get', { id: task.id })).status).toBe('accepted');
  await reopen.getByLabel('重新打开的原因').fill('县政府办要求补充资金测算');
  await reopen.getByRole('button', { name: '重新打开' }).click();
  await expect(panel.getByRole('combobox', { name: '状态' })).toHaveValue('in_progress');

  const history = panel.getByTestId('history');
  await history.locator('summary').click();
  const fields = await history.getByTestId('history-entry').evaluateAll((items) => items.map((item) => item.getAttribute('data-field')));
  // Newest first.
  expect(fields.slice(0, 10)).toEqual([
    'reopenReason',
    'status',
    'status',
    'deliverable',
    'status',
    'extensionApproved',
    'extensionRequested',
    'progressRestored',
    'progressDeleted',
    'progress',
  ]);
  await expect(history.getByText('重新打开原因：县政府办要求补充资金测算')).toBeVisible();
  await expect(history.getByText('批准延期：2027年3月1日 → 2027年4月1日')).toBeVisible();
  await expect(history.getByText('进展：2027年2月15日 政策初稿已形成')).toBeVisible();
  await shot(page, 'zh-history');
});

test('en: a progress report, an extension refused (the due date stays), closing needs the deliverable', async ({ page, appUrl, api }) => {
  const { programme, task } = await setup(api, 'en', 'Draft the specialised-SME support policy');
  await page.goto(`${appUrl}#/programmes/${programme.id}/board`);
  await page.getByTestId('action-card').filter({ hasText: 'Draft the specialised-SME support policy' }).click();
  const panel = page.getByTestId('action-panel');
  const form = panel.getByRole('form', { name: 'Report progress' });
  await form.getByLabel('Date').fill('2027-02-01');
  await form.getByLabel('Progress').fill('Survey of 40 firms done');
  await form.getByRole('button', { name: 'Record progress' }).click();
  await expect(panel.getByTestId('progress-entry')).toContainText('1 Feb 2027Survey of 40 firms doneReported by 清源县工业和信息化局');

  const extension = panel.getByTestId('extension');
  const request = extension.getByRole('form', { name: 'Request an extension' });
  await request.getByLabel('New due date').fill('2027-04-01');
  await request.getByLabel('Reason').fill('More data needed');
  await request.getByRole('button', { name: 'Request an extension' }).click();
  await extension.getByLabel('Decision note (optional)').fill('The county needs it in March');
  await extension.getByRole('button', { name: 'Refuse' }).click();
  await expect(extension.getByTestId('extension-entry')).toContainText('Extension to 1 Apr 2027: More data neededRefusedThe county needs it in March');
  await expect(extension.getByTestId('due-dates')).toHaveCount(0);
  expect(await api('action.get', { id: task.id })).toMatchObject({ dueDate: '2027-03-01', originalDueDate: null });

  await panel.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Submitted' });
  const close = panel.getByTestId('close-task');
  await close.getByRole('button', { name: 'Close (mark accepted)' }).click();
  await expect(toast(page, 'record the deliverable (what was delivered) before closing the task')).toBeVisible();
  await panel.getByLabel('Deliverable').fill('Policy draft sent to the county office');
  await panel.getByLabel('Deliverable').press('Tab');
  await expect(close.getByTestId('close-hint')).toHaveText('Closing marks the task “Accepted”; the deliverable must be recorded first.');
  await close.getByRole('button', { name: 'Close (mark accepted)' }).click();
  await expect(panel.getByRole('combobox', { name: 'Status' })).toHaveValue('accepted');
  await expect(panel.getByRole('form', { name: 'Reopen' })).toBeVisible();
  await shot(page, 'en-closed');
});

/** The words of the sample journey, per language. */
const SAMPLE = {
  'zh-CN': {
    prefix: 'sample-zh',
    report: '报告进展',
    text: '进展情况',
    save: '记录进展',
    person: '报告人',
    personValue: '林卫东',
    reports: ['已走访 12 家专精特新企业', '政策初稿已征求财政局意见'],
    extension: '申请延期',
    date: '延期至',
    reason: '申请理由',
    reasonValue: '需等待金融办数据',
    approve: '同意延期',
    original: '原定期限：',
    current: '现期限：',
    status: '状态',
    submitted: '已报送',
    close: '办结（改为已验收）',
    anyway: '仍然改为“已验收”',
    history: '批准延期：',
  },
  en: {
    prefix: 'sample-en',
    report: 'Report progress',
    text: 'Progress',
    save: 'Record progress',
    person: 'Reported by',
    personValue: 'Lin',
    reports: ['Visited 12 specialised firms', 'Draft policy reviewed by the finance bureau'],
    extension: 'Request an extension',
    date: 'New due date',
    reason: 'Reason',
    reasonValue: 'Waiting for the financial office’s figures',
    approve: 'Approve',
    original: 'Originally due: ',
    current: 'Now due: ',
    status: 'Status',
    submitted: 'Submitted',
    close: 'Close (mark accepted)',
    anyway: 'Change to “Accepted” anyway',
    history: 'Extension approved: ',
  },
} as const;

/** A day some days after `date` (YYYY-MM-DD). */
const later = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

for (const locale of ['zh-CN', 'en'] as const) {
  test(`the sample’s 工信局 task (${locale}): two reports, an approved extension, closed with its deliverable, the history`, async ({ page, appUrl, api }) => {
    const w = SAMPLE[locale];
    await api('settings.update', { language: locale });
    const { programmeId } = await api('sample.load', { locale });
    const tasks = await api('action.list', { programmeId });
    const task = tasks.find((a) => a.leadUnit?.id === `${w.prefix}-unit-industry_it`)!;
    expect(task.dueDate).not.toBeNull();
    await page.goto(`${appUrl}#/programmes/${programmeId}/board`);
    await page.getByTestId('action-card').filter({ hasText: task.title }).click();
    const panel = page.getByTestId('action-panel');

    const form = panel.getByRole('form', { name: w.report });
    for (const [index, text] of w.reports.entries()) {
      await form.getByLabel(w.text).fill(text);
      if (index === 1) {
        const person = form.getByRole('combobox', { name: w.person });
        await person.fill(w.personValue);
        await person.press('Enter');
      }
      await form.getByRole('button', { name: w.save }).click();
      await expect(panel.getByTestId('progress-entry')).toHaveCount(index + 1);
    }

    const extension = panel.getByTestId('extension');
    const request = extension.getByRole('form', { name: w.extension });
    await request.getByLabel(w.date).fill(later(task.dueDate!, 30));
    await request.getByLabel(w.reason).fill(w.reasonValue);
    await request.getByRole('button', { name: w.extension }).click();
    await extension.getByRole('button', { name: w.approve }).click();
    await expect(extension.getByTestId('due-dates')).toContainText(w.original);
    await expect(extension.getByTestId('due-dates')).toContainText(w.current);
    expect(await api('action.get', { id: task.id })).toMatchObject({ originalDueDate: task.dueDate, dueDate: later(task.dueDate!, 30) });

    // The sample's task has its deliverable recorded: it is submitted, then closed (its required
    // contents are not all ticked, so the board's question comes first).
    await panel.getByRole('combobox', { name: w.status }).selectOption({ label: w.submitted });
    await panel.getByRole('button', { name: w.close }).click();
    await page.getByRole('button', { name: w.anyway }).click();
    await expect.poll(async () => (await api('action.get', { id: task.id })).status).toBe('accepted');

    const history = panel.getByTestId('history');
    await history.locator('summary').click();
    await expect(history.getByText(w.history)).toBeVisible();
    for (const text of w.reports) await expect(history.getByText(text)).toBeVisible();
    await shot(page, `sample-${locale}`);
  });
}
