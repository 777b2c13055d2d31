import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type Api } from './fixtures.js';

/**
 * Files on a task (issue 17), from an empty data folder: a progress report with a file attached in
 * its form (setInputFiles), the file listed with its size and downloaded with the same bytes, a
 * deliverable file attached in the 办结 section, which then lets the task close without a deliverable
 * text; deleting a file is undone in the panel. The programme, unit and task are set up through the
 * API (as followup.spec.ts does); the rest is keys and clicks. CONVENE_SCREENSHOTS=DIR saves screenshots.
 */

test.use({ viewport: { width: 1280, height: 900 } });

const shots = process.env.CONVENE_SCREENSHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/task-files-${name}.png`, fullPage: true });
}

const WORDS = {
  'zh-CN': {
    title: '起草扶持政策',
    form: '报告进展',
    text: '进展情况',
    save: '记录进展',
    attach: '添加附件',
    size: '1 KB',
    download: '下载 调研报告.txt',
    remove: '删除附件 定稿.pdf',
    undo: '撤销',
    status: '状态',
    submitted: '已报送',
    close: '办结（改为已验收）',
    hint: '办结即改为“已验收”，须先记录成果（办理结果）。',
  },
  en: {
    title: 'Draft the support policy',
    form: 'Report progress',
    text: 'Progress',
    save: 'Record progress',
    attach: 'Attach files',
    size: '1 KB',
    download: 'Download 调研报告.txt',
    remove: 'Delete the file 定稿.pdf',
    undo: 'Undo',
    status: 'Status',
    submitted: 'Submitted',
    close: 'Close (mark accepted)',
    hint: 'Closing marks the task “Accepted”; the deliverable must be recorded first.',
  },
} as const;

async function setup(api: Api, language: 'zh-CN' | 'en', title: string) {
  await api('settings.update', { language });
  const programme = await api('programme.create', { title: '清源县', description: '' });
  const lead = await api('unit.create', { name: '工信局', kind: 'department' });
  const task = await api('action.create', { programmeId: programme.id, title, status: 'in_progress', leadUnitId: lead.id });
  return { programme, task };
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`${language}: a progress report with a file, downloaded with the same bytes; closing on a deliverable file`, async ({ page, appUrl, api }) => {
    test.setTimeout(90_000);
    const w = WORDS[language];
    const { programme, task } = await setup(api, language, w.title);
    await page.goto(`${appUrl}#/programmes/${programme.id}/board`);
    await page.getByTestId('action-card').filter({ hasText: w.title }).click();
    const panel = page.getByTestId('action-panel');
    const progress = panel.getByTestId('progress');
    const form = progress.getByRole('form', { name: w.form });
    const report = Buffer.from('调研报告'.repeat(100));
    await form.getByLabel(w.text).fill('已完成调研');
    await form.getByLabel(w.attach).setInputFiles({ name: '调研报告.txt', mimeType: 'text/plain', buffer: report });
    await form.getByRole('button', { name: w.save }).click();
    const file = progress.getByTestId('task-file');
    await expect(file).toHaveText(new RegExp(`调研报告\\.txt${w.size}`));

    const downloading = page.waitForEvent('download');
    await file.getByRole('button', { name: w.download }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('调研报告.txt');
    expect(fs.readFileSync(await download.path())).toEqual(report);

    // 办结 on a file: submitted, no deliverable text, a deliverable file attached.
    await panel.getByRole('combobox', { name: w.status }).selectOption({ label: w.submitted });
    const close = panel.getByTestId('close-task');
    await close.getByLabel(w.attach).setInputFiles({ name: '定稿.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 定稿') });
    const deliverable = close.getByTestId('task-file');
    await expect(deliverable).toContainText('定稿.pdf');
    await expect(close.getByTestId('close-hint')).toHaveText(w.hint);
    // Deleted by mistake, back with Undo.
    await deliverable.getByRole('button', { name: w.remove }).click();
    await expect(deliverable).toHaveCount(0);
    await close.getByTestId('file-undo').getByRole('button', { name: w.undo }).click();
    await expect(deliverable).toHaveCount(1);
    await shot(page, `${language}-files`);
    await close.getByRole('button', { name: w.close }).click();
    await expect(panel.getByRole('combobox', { name: w.status })).toHaveValue('accepted');
    expect(await api('action.get', { id: task.id })).toMatchObject({ status: 'accepted', deliverable: '', deliverableFiles: 1 });
    await shot(page, `${language}-closed`);
  });
}
