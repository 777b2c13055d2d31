import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readXlsx } from '../helpers/export.js';
import { readDocx } from '../unit/export-docx-reader.js';
import { expect, test } from './fixtures.js';
import { downloadByButton as download, squash, textOf } from './paper-files.js';
import { clockHostPerTest, setClockTo } from './run-host.js';

/**
 * Issue 17's acceptance as one journey, in each language, from an empty data folder: the sample is
 * opened with Home's first-run button, and its 工信局 task (Industry and IT Bureau in English, due
 * 11 February 2027, "within one month" of the leadership seminar) is followed up through the UI only
 * (the host's clock is the test clock: Monday 25 January 2027):
 * two progress reports, the second with a file; an extension to 11 March requested and approved
 * (both due dates on the panel); the digest (督办通报) as of 9 March says 临期 in the bureau's row
 * (Word, with a 文号), as of 22 March 逾期 by 11 days (PDF); the task submitted with a deliverable file
 * and closed on 24 March; the ledger (督办台账) as of 31 March shows its history: both reports, the
 * extension, the original and current due dates as real dates, the close day. Files are read back
 * with independent readers (exceljs, the repository's Word reader, pdftotext).
 * CONVENE_SCREENSHOTS=DIR saves screenshots.
 */

test.use({ viewport: { width: 1280, height: 900 } });

// 09:00 in Asia/Shanghai, Monday 25 January 2027.
const START = '2027-01-25T01:00:00.000Z';
const currentHost = clockHostPerTest('convene-acceptance-', START);
const shots = process.env.CONVENE_SCREENSHOTS;

const WORDS = {
  'zh-CN': {
    openSample: '打开示例研讨',
    programme: '清源县高质量发展战略布局专题研讨',
    board: '任务看板',
    task: '制定分阶段、差异化的“专精特新”企业扶持政策',
    unit: '清源县工业和信息化局',
    report: '报告进展',
    date: '日期',
    text: '进展情况',
    attach: '添加附件',
    save: '记录进展',
    saved: '已记录进展。',
    reports: ['已走访 12 家专精特新企业', '政策初稿已征求财政局意见'],
    extension: '申请延期',
    extensionDate: '延期至',
    reason: '申请理由',
    reasonValue: '需等待金融办数据',
    approve: '同意延期',
    dueDates: '原定期限：2027年2月11日 · 现期限：2027年3月11日',
    asOf: '截至日期',
    docNumber: '文号',
    docNumberValue: '清政督〔2027〕3号',
    docNumberTooLong: '输入有误（文号：不能超过 60 个字）。',
    digestWord: '督办通报：Word',
    digestPdf: '督办通报：PDF',
    ledger: '督办台账：Excel',
    digestTitle: '督办通报',
    daysLate: '11天',
    status: '状态',
    submitted: '已报送',
    close: '办结（改为已验收）',
    anyway: '仍然改为“已验收”',
    closed: '已办结。',
    latest: '2027年2月5日：政策初稿已征求财政局意见',
    extensionCell: '2027年3月11日（已同意）',
    closedState: /^已办结/,
  },
  en: {
    openSample: 'Open sample workshop',
    programme: 'Qingyuan County: strategy rollout seminars',
    board: 'Task board',
    task: 'Stage-by-stage support policy for specialised SMEs',
    unit: 'Qingyuan County Bureau of Industry and Information Technology',
    report: 'Report progress',
    date: 'Date',
    text: 'Progress',
    attach: 'Attach files',
    save: 'Record progress',
    saved: 'Progress recorded.',
    reports: ['Visited 12 specialised firms', 'Draft policy reviewed by the finance bureau'],
    extension: 'Request an extension',
    extensionDate: 'New due date',
    reason: 'Reason',
    reasonValue: 'Waiting for the financial office’s figures',
    approve: 'Approve',
    dueDates: 'Originally due: 11 Feb 2027 · Now due: 11 Mar 2027',
    asOf: 'As of',
    docNumber: 'Document No.',
    docNumberValue: 'QY/2027/3',
    docNumberTooLong: 'Some input is not valid (Document No.: at most 60 characters).',
    digestWord: 'Follow-up digest: Word',
    digestPdf: 'Follow-up digest: PDF',
    ledger: 'Follow-up ledger: Excel',
    digestTitle: 'Follow-up digest',
    daysLate: '11 days',
    status: 'Status',
    submitted: 'Submitted',
    close: 'Close (mark accepted)',
    anyway: 'Change to “Accepted” anyway',
    closed: 'Task closed.',
    latest: '5 February 2027: Draft policy reviewed by the finance bureau',
    extensionCell: '11 March 2027 (Approved)',
    closedState: /^Closed/,
  },
} as const;

/** A small but real PDF (one empty page), made here: what a bureau would attach. */
function tinyPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The cells of the digest's first table (counts per lead unit) as "unit|on time|due soon|overdue|closed|closed late". */
async function countsRow(file: string, unit: string) {
  const docx = await readDocx(fs.readFileSync(file));
  return docx.tables[0]!.rows.map((r) => r.join('|')).find((r) => r.startsWith(`${unit}|`));
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`the sample’s 工信局 task, followed up to acceptance (${locale}): reports, an extension, the digest due soon then overdue, closed, the ledger’s history`, async ({ page, request }) => {
    test.setTimeout(240_000);
    const w = WORDS[locale];
    const host = currentHost();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-acceptance-files-'));
    const shot = async (name: string) => {
      if (shots) await page.screenshot({ path: path.join(shots, `acceptance-${locale}-${name}.png`), fullPage: true });
    };
    // The language is a setting (as every spec sets it); the rest is keys and clicks.
    const response = await request.post(`${host.origin}/api/call/settings.update`, { headers: { 'X-Convene-Token': host.token }, data: { language: locale } });
    expect(response.ok()).toBe(true);

    // ---- The sample, from Home's first-run choice.
    await page.goto(host.url);
    await page.getByRole('button', { name: w.openSample }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.programme })).toBeVisible();
    await page.getByRole('link', { name: w.board }).first().click();
    const card = page.getByTestId('action-card').filter({ hasText: w.task });
    await card.click();
    const panel = page.getByTestId('action-panel');
    // The panel is modal: it says what happened in its own live region.
    const announcer = panel.getByTestId('announcer');

    // ---- Two progress reports; the second with a file.
    const form = panel.getByRole('form', { name: w.report });
    await form.getByLabel(w.date).fill('2027-01-20');
    await form.getByLabel(w.text).fill(w.reports[0]);
    await form.getByRole('button', { name: w.save }).click();
    await expect(panel.getByTestId('progress-entry')).toHaveCount(1);
    await form.getByLabel(w.date).fill('2027-02-05');
    await form.getByLabel(w.text).fill(w.reports[1]);
    await form.getByLabel(w.attach).setInputFiles({ name: '政策初稿.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await form.getByRole('button', { name: w.save }).click();
    const entries = panel.getByTestId('progress-entry');
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(1)).toContainText(w.reports[1]);
    await expect(entries.nth(1).getByTestId('task-file')).toContainText('政策初稿.pdf');

    // ---- An extension to 11 March, requested and approved: both due dates on the panel.
    const extension = panel.getByTestId('extension');
    const ask = extension.getByRole('form', { name: w.extension });
    await ask.getByLabel(w.extensionDate).fill('2027-03-11');
    await ask.getByLabel(w.reason).fill(w.reasonValue);
    await ask.getByRole('button', { name: w.extension }).click();
    await extension.getByRole('button', { name: w.approve }).click();
    await expect(extension.getByTestId('due-dates')).toHaveText(w.dueDates);
    await shot('panel-extended');
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);

    // ---- The digest before it is closed: due soon as of 9 March (Word, with its 文号), overdue as of 22 March (PDF).
    await page.getByRole('link', { name: w.programme }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.programme })).toBeVisible();
    await page.getByLabel(w.asOf).fill('2027-03-09');
    // A 文号 too long is refused in words, and what was typed stays to be corrected.
    const docNumber = page.getByLabel(w.docNumber);
    await docNumber.fill(`${w.docNumberValue}${'号'.repeat(60)}`);
    await page.getByRole('button', { name: w.digestWord, exact: true }).click();
    await expect(page.locator('[data-sonner-toast]').filter({ hasText: w.docNumberTooLong })).toBeVisible();
    await expect(docNumber).toHaveValue(`${w.docNumberValue}${'号'.repeat(60)}`);
    await docNumber.fill(w.docNumberValue);
    await shot('followup-box');
    const mid = await download(page, w.digestWord, dir);
    expect(await countsRow(mid, w.unit)).toBe(`${w.unit}|0|1|0|0|0`);
    const midDoc = await readDocx(fs.readFileSync(mid));
    expect(midDoc.paragraphs.slice(0, 4).map((p) => p.text)).toEqual([w.docNumberValue, '', '', w.digestTitle]);

    await page.getByLabel(w.docNumber).fill('');
    await page.getByLabel(w.asOf).fill('2027-03-22');
    const late = squash(textOf(await download(page, w.digestPdf, dir)));
    // No 文号 this time: the title comes first.
    expect(late.startsWith(squash(w.digestTitle))).toBe(true);
    // The overdue list: number, task, unit, due date (the current one), days late.
    expect(late).toContain(squash(`${w.task}${w.unit}`));
    expect(late).toContain(squash(w.daysLate));

    // ---- Submitted, a deliverable file recorded beside the sample's deliverable text, closed on 24 March.
    await page.getByRole('link', { name: w.board }).first().click();
    await card.click();
    await panel.getByRole('combobox', { name: w.status }).selectOption({ label: w.submitted });
    const close = panel.getByTestId('close-task');
    await close.getByLabel(w.attach).setInputFiles({ name: '扶持政策送审稿.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await expect(close.getByTestId('deliverable-files').getByTestId('task-file')).toContainText('扶持政策送审稿.pdf');
    await setClockTo(host, request, '2027-03-24T02:00:00.000Z');
    await close.getByRole('button', { name: w.close }).click();
    // Two of the three required contents are not ticked: the board asks first.
    await page.getByRole('button', { name: w.anyway }).click();
    await expect(announcer).toContainText(w.closed);
    await expect(panel.getByTestId('reopen-task')).toBeVisible();
    await shot('closed');
    await page.keyboard.press('Escape');

    // ---- The ledger as of 31 March: the task's history in its row.
    await page.getByRole('link', { name: w.programme }).click();
    await page.getByLabel(w.asOf).fill('2027-03-31');
    const { rows } = await readXlsx(fs.readFileSync(await download(page, w.ledger, dir)));
    const row = rows.find((r) => r?.includes(w.task))!;
    expect(row).toBeDefined();
    expect(row).toContain(w.unit);
    const days = row.filter((c): c is Date => c instanceof Date).map((d) => d.toISOString().slice(0, 10));
    // Original due date, current due date, close day.
    expect(days).toEqual(['2027-02-11', '2027-03-11', '2027-03-24']);
    expect(row).toContain(w.latest);
    expect(row).toContain(2);
    expect(row).toContain(w.extensionCell);
    expect(row.some((c) => typeof c === 'string' && w.closedState.test(c))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
