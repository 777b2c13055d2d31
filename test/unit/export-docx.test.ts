/**
 * Minutes as Word files, read back with an independent reader (JSZip + a strict XML parser): the
 * layout of Chinese official documents (GB/T 9704) in zh-CN, a business layout in English, every
 * note of the sample's Stage 1 session, the 专精特新 task row, and user text that stays inert.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes.js';
import type { MinutesVersion } from '../../shared/minutes.js';
import { renderDocx } from '../../main/export/docx/index.js';
import { buildModel, readModel, type MinutesModel } from '../../main/export/model.js';
import { speakerLabel } from '../../main/export/outline.js';
import { testClock } from '../helpers/clock.js';
import { exportOf, specialisedAction, stage1, withoutMinutes } from '../helpers/export.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { elementCount, fieldInstructions, partText, readDocx, type Docx } from './export-docx-reader.js';

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime({ now: testClock(new Date('2027-01-11T18:00:00+08:00').toISOString()).now });
});
afterEach(() => rt.cleanup());

const minutesModel = (sessionId: string): MinutesModel =>
  readModel(rt.core, () => new Date('2027-01-11T18:00:00+08:00'), (ctx) => buildModel(ctx, 'minutes', { sessionId })) as MinutesModel;

async function minutesDocx(locale: 'zh-CN' | 'en'): Promise<{ docx: Docx; model: MinutesModel; notes: Note[] }> {
  ok(rt.core.call('sample.load', { locale }));
  withoutMinutes(rt, stage1(locale));
  specialisedAction(rt, locale);
  const sessionId = stage1(locale);
  // Through the service, as the UI and the CLI ask for it.
  const out = await exportOf(rt, 'minutes', 'docx', { sessionId });
  expect(out.file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(out.file.fileName).toMatch(/\.docx$/);
  return { docx: await readDocx(out.bytes), model: minutesModel(sessionId), notes: ok(rt.core.call('note.all', { sessionId })) as Note[] };
}

/** A4 portrait with the GB/T 9704 margins: top 37, bottom 35, left 28, right 26 mm, in twips. */
const GB_PAGE = { w: 11906, h: 16838, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } };

describe('minutes DOCX, zh-CN (GB/T 9704)', () => {
  it('has the title in 方正小标宋简体 二号, the draft mark, and the header fields', async () => {
    const { docx, model } = await minutesDocx('zh-CN');
    const title = docx.paragraphs.find((p) => p.style === 'Title')!;
    expect(title.text).toBe('常委会层面战略对接研讨会会议纪要');
    expect(docx.styles.run('Title')).toMatchObject({ eastAsia: '方正小标宋简体', ascii: 'Times New Roman', size: 44 });
    expect(docx.styles.paragraph('Title')).toMatchObject({ jc: 'center' });
    // Not approved: marked as a draft under the title and at the top of every page.
    expect(docx.paragraphs.find((p) => p.style === 'Subtitle')!.text).toBe('（草稿）');
    for (const header of docx.files.filter((f) => /^word\/header\d+\.xml$/.test(f))) expect(partText(docx.xml[header]!)).toBe('（草稿）');

    const field = (label: string) => docx.paragraphs.find((p) => p.runs[0]?.text === `${label}：`);
    expect(field('时间')!.text).toBe('时间：2027年1月11日 09:00–12:00、14:30–17:30');
    expect(field('地点')!.text).toBe('地点：县委会议室');
    expect(field('主持')!.text).toBe('主持：江辰');
    expect(field('记录')!.text).toBe(`记录：${model.document.recorder}`);
    expect(field('出席')!.runs[0]!.style).toBe('FieldLabel');
    expect(docx.styles.run('FieldLabel')).toMatchObject({ eastAsia: '黑体' });
    for (const group of model.document.attendees) {
      expect(docx.text).toContain(`${group.group}：${group.names.join('、')}`);
      for (const name of group.names) expect(docx.text).toContain(name);
    }
    expect(field('请假')!.text).toBe(`请假：${model.document.excused.join('、')}`);
    expect(model.document.excused).toContain('刘芳');
  });

  it('sets the body in 仿宋 三号 on fixed 28.95 pt lines with a two-character indent, headings in 黑体 and 楷体', async () => {
    const { docx } = await minutesDocx('zh-CN');
    const body = docx.styles.run(null);
    expect(body).toMatchObject({ eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', size: 32 });
    const bodyParagraph = docx.styles.paragraph(null);
    expect(bodyParagraph).toMatchObject({ line: 579, lineRule: 'exact', jc: 'both' });
    // Two characters of 三号 (16 pt = 320 twips, set 0.25 pt tight so 28 fit a line): 630 twips.
    expect(bodyParagraph.firstLine).toBe(2 * (320 + body.spacing!));
    expect(28 * (320 + body.spacing!)).toBeLessThanOrEqual(GB_PAGE.w - GB_PAGE.margin.left - GB_PAGE.margin.right);

    const headings1 = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings1).toEqual(['一、会议议程', '二、发言摘要', '三、任务分解']);
    expect(docx.styles.run('Heading1')).toMatchObject({ eastAsia: '黑体', size: 32, bold: false });
    expect(docx.styles.paragraph('Heading1')).toMatchObject({ keepNext: true, line: 579 });
    const headings2 = docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    // The sample's items carry their own ordinal ("交流发言（一）"): no second number ("（一）交流发言（一）").
    expect(headings2).toEqual(['交流发言（一）：分管领域', '交流发言（二）：经开区和主要乡镇']);
    expect(docx.styles.run('Heading2')).toMatchObject({ eastAsia: '楷体_GB2312', size: 32 });

    // The fonts a machine may lack fall back to the stock faces (font table w:altName).
    const fonts = docx.xml['word/fontTable.xml']!;
    expect(fonts).toMatch(/w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(fonts).toMatch(/w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
    expect(fonts).toMatch(/w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
  });

  it('contains every note of the Stage 1 session, grouped by agenda item and speaker, names in bold', async () => {
    const { docx, notes, model } = await minutesDocx('zh-CN');
    expect(notes.length).toBeGreaterThan(5);
    const body = docx.paragraphs.filter((p) => !p.inTable);
    // What was said, without the speaker's name the secretary typed in front of it ("江辰插话：…").
    const said = (note: Note) => note.text.replace(new RegExp(`^${note.speakerName}(插话)?：`), '');
    for (const note of notes) expect(body.some((p) => p.text.includes(said(note)))).toBe(true);
    for (const group of model.document.discussion) {
      for (const speaker of group.speakers) {
        const paragraph = body.find((p) => p.runs[0]?.text.startsWith(speaker.speaker) && p.text.includes(speaker.points[0]!))!;
        expect(paragraph.runs[0]!.bold).toBe(true);
        expect(paragraph.text).toBe(`${speakerLabel(speaker.speaker, speaker.unit, 'zh-CN')}：${speaker.points[0]}`);
      }
    }
    // Named by position (职务), not by unit; an interjection names its speaker once.
    expect(docx.text).toContain('林卫东（工信局局长）：');
    expect(docx.text).toContain('赵国栋（副县长，分管工业和信息化）：');
    expect(docx.text).not.toContain('林卫东（清源县工业和信息化局）');
    expect(docx.text).toContain('江辰（县委书记）：（插话）困难讲清楚了，更要讲怎么解决。');
    expect(docx.text).not.toContain('江辰插话');
  });

  it('has the action table with borders, a header row repeated on every page, and the 专精特新 row', async () => {
    const { docx } = await minutesDocx('zh-CN');
    const table = docx.tables.find((t) => t.rows[0]![1] === '任务')!;
    // Five columns on the portrait page: the deliverable under the task, the status left to the ledger.
    expect(table.rows[0]).toEqual(['序号', '任务', '牵头单位', '配合单位', '完成时限']);
    expect(table.headerRows).toEqual([true, ...table.rows.slice(1).map(() => false)]);
    expect(table.borders).toMatchObject({ top: 'single', bottom: 'single', left: 'single', right: 'single', insideH: 'single', insideV: 'single' });
    const row = table.rows.find((r) => r[2] === '清源县工业和信息化局')!;
    expect(row).toEqual([
      '1',
      '制定分阶段、差异化的“专精特新”企业扶持政策\n成果形式：不同成长阶段“专精特新”企业差异化扶持政策初稿',
      '清源县工业和信息化局',
      '清源县财政局、清源县人民政府金融工作办公室',
      // 年月日, the spoken rule on its own line.
      '2027年2月11日\n（一个月内）',
    ]);
    // The deadline column holds "2027年2月11日" (6.5 ems of 小四, 12 pt, and the space LibreOffice puts around digits) on one line.
    expect(table.gridCols[4]).toBeGreaterThanOrEqual(8.5 * 240 + 160);
    // The table fills the text area (156 mm) and no header breaks inside 序号 or 牵头单位.
    expect(table.gridCols.reduce((a, b) => a + b, 0)).toBe(GB_PAGE.w - GB_PAGE.margin.left - GB_PAGE.margin.right);
    expect(table.gridCols[0]).toBeGreaterThanOrEqual(2 * 240 + 160);
    expect(docx.styles.run('TableHeading')).toMatchObject({ eastAsia: '黑体', size: 24 });
    expect(docx.styles.run('TableText')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 24 });
    // The agenda too, with planned and actual times.
    expect(docx.tables.find((t) => t.rows[0]![1] === '议题')!.rows[1]).toEqual(['1', '战略愿景与关键路径', '江辰', '09:00–09:45', '']);
  });

  it('is A4 with the GB/T 9704 margins and "— 1 —" page numbers on the outer side', async () => {
    const { docx } = await minutesDocx('zh-CN');
    expect(docx.page).toMatchObject({ w: GB_PAGE.w, h: GB_PAGE.h, margin: expect.objectContaining(GB_PAGE.margin) });
    expect(docx.xml['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const footers = docx.files.filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => docx.xml[f]!);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(partText(footer)).toBe('— {PAGE} —');
      expect(footer).toMatch(/w:eastAsia="宋体"/);
      expect(footer).toMatch(/<w:sz w:val="28"\/>/);
    }
    // Odd pages right, even pages left, each one character (4号 = 280 twips) in from the edge.
    expect(footers.map((f) => f.match(/<w:jc w:val="(\w+)"\/>/)![1]).sort()).toEqual(['left', 'right']);
    expect(footers.join('')).toMatch(/w:right="280"/);
    expect(footers.join('')).toMatch(/w:left="280"/);
    // The page number is the only field in the file.
    expect(fieldInstructions(docx)).toEqual(['PAGE', 'PAGE']);
    expect(elementCount(docx, 'word/document.xml', 'hyperlink')).toBe(0);
  });

  it('drops the draft mark once the minutes are approved', async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    withoutMinutes(rt, stage1('zh-CN'));
    const sessionId = stage1('zh-CN');
    const draft = ok(rt.core.call('minutes.generate', { sessionId })) as MinutesVersion;
    ok(rt.core.call('minutes.approve', { sessionId, version: draft.version }));
    const docx = await readDocx((await exportOf(rt, 'minutes', 'docx', { sessionId })).bytes);
    expect(docx.text).not.toContain('草稿');
    expect(docx.files.filter((f) => /^word\/header\d+\.xml$/.test(f))).toEqual([]);
  });

  it('writes the decisions as numbered paragraphs and the closing lines as paragraphs of their own', async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    withoutMinutes(rt, stage1('zh-CN'));
    const model = minutesModel(stage1('zh-CN'));
    model.document.decisions = ['原则同意《方案》。', '由发改局牵头修改完善。'];
    model.document.closing = '各单位要抓好落实。\n一周内报送落实计划。';
    const docx = await readDocx(await renderDocx(model));
    const texts = docx.paragraphs.map((p) => p.text);
    // Under the 三、 heading, the next level of GB/T 9704's numbering.
    expect(texts).toContain('（一）原则同意《方案》。');
    expect(texts).toContain('（二）由发改局牵头修改完善。');
    // Before the sample's task breakdown (四).
    expect(texts).toEqual(expect.arrayContaining(['三、会议议定事项', '四、任务分解', '五、会议要求', '各单位要抓好落实。', '一周内报送落实计划。']));
  });
});

describe('minutes DOCX, English (business layout)', () => {
  it('is A4 in Times New Roman 11 pt with headings, every note, the attendees and the action row', async () => {
    const { docx, notes, model } = await minutesDocx('en');
    expect(docx.page).toMatchObject({ w: 11906, h: 16838, margin: expect.objectContaining({ top: 1440, bottom: 1440, left: 1440, right: 1440 }) });
    expect(docx.styles.run(null)).toMatchObject({ ascii: 'Times New Roman', size: 22 });
    expect(docx.paragraphs.find((p) => p.style === 'Title')!.text).toBe(model.document.title);
    expect(docx.paragraphs.find((p) => p.style === 'Subtitle')!.text).toBe('Minutes (draft)');
    expect(docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Agenda', 'Summary of statements', 'Action items']);
    expect(docx.styles.run('Heading1')).toMatchObject({ ascii: 'Times New Roman', bold: true, size: 28 });
    for (const group of model.document.attendees) for (const name of group.names) expect(docx.text).toContain(name);
    for (const note of notes) expect(docx.text).toContain(note.text);
    const table = docx.tables.find((t) => t.rows[0]![1] === 'Task')!;
    expect(table.headerRows[0]).toBe(true);
    const row = table.rows.find((r) => r[1]!.startsWith('Stage-by-stage support policy for specialised SMEs'))!;
    expect(row[4]).toContain('11 February 2027');
    expect(docx.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(row[3]).toContain(', ');
    const footer = docx.files.filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => partText(docx.xml[f]!));
    expect(footer).toEqual(['Page {PAGE}']);
  });
});

describe('minutes DOCX: what users typed stays text', () => {
  const PAYLOAD = '<img src=x onerror=alert(1)> =HYPERLINK("http://x") @SUM(1)';

  it('keeps markup, formulas and field-like text literal, escaped as XML, with no link and no field', async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    withoutMinutes(rt, stage1('zh-CN'));
    const sessionId = stage1('zh-CN');
    const note = ok(
      rt.core.call('note.create', { sessionId, speakerName: '=HYPERLINK("http://x")', category: 'suggestion', text: `${PAYLOAD}\n第二行 { PAGE } & "quotes"` }),
    ) as Note;
    // The same text in the action table, as a task title made from the note.
    ok(rt.core.call('action.fromNote', { noteId: note.id }));
    const docx = await readDocx((await exportOf(rt, 'minutes', 'docx', { sessionId })).bytes);

    const paragraph = docx.paragraphs.find((p) => !p.inTable && p.text.includes('onerror'))!;
    expect(paragraph.text).toBe(`=HYPERLINK("http://x")：${PAYLOAD}\n第二行 { PAGE } & "quotes"`);
    expect(docx.tables.some((t) => t.rows.some((r) => r.some((c) => c.includes(PAYLOAD))))).toBe(true);
    const xml = docx.xml['word/document.xml']!;
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toMatch(/<img/i);
    expect(elementCount(docx, 'word/document.xml', 'hyperlink')).toBe(0);
    expect(elementCount(docx, 'word/document.xml', 'fldSimple')).toBe(0);
    expect(elementCount(docx, 'word/document.xml', 'fldChar')).toBe(0);
    expect(elementCount(docx, 'word/document.xml', 'instrText')).toBe(0);
    // No relationship to anything outside the package (a hyperlink or an image would need one).
    for (const [name, rels] of Object.entries(docx.xml)) if (name.endsWith('.rels')) expect(rels).not.toContain('TargetMode="External"');
    // The only fields anywhere are the page numbers in the footers.
    expect(new Set(fieldInstructions(docx))).toEqual(new Set(['PAGE']));
  });

  it('drops characters XML cannot carry instead of writing a file Word refuses', async () => {
    ok(rt.core.call('sample.load', { locale: 'en' }));
    withoutMinutes(rt, stage1('en'));
    const model = minutesModel(stage1('en'));
    model.document.discussion[0]!.speakers[0]!.points[0] = 'bell\u0007 and form feed\u000C and a lone \uD800 surrogate\r\nnext line';
    model.document.title = 'Title\u0000';
    const docx = await readDocx(await renderDocx(model));
    expect(docx.text).toContain('bell and form feed and a lone  surrogate\nnext line');
    expect(docx.paragraphs.find((p) => p.style === 'Title')!.text).toBe('Title');
  });
});
