/**
 * Task breakdown, opinions report and agenda as Word files (landscape for the wide tables), read back
 * independently; and the two small pieces of layout arithmetic they rest on.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes.js';
import { columnWidths, ems, tokenEms } from '../../main/export/docx/widths.js';
import { testClock } from '../helpers/clock.js';
import { exportOf, programmeOf, specialisedAction, stage1 } from '../helpers/export.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { elementCount, fieldInstructions, partText, readDocx } from './export-docx-reader.js';

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime({ now: testClock(new Date('2027-01-11T18:00:00+08:00').toISOString()).now });
});
afterEach(() => rt.cleanup());

const LANDSCAPE = { w: 16838, h: 11906 };

describe('table exports as DOCX', () => {
  it('task breakdown (zh-CN): A4 landscape, title, bordered table with a repeated header, the 专精特新 row', async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    specialisedAction(rt, 'zh-CN');
    const docx = await readDocx((await exportOf(rt, 'tasks', 'docx', { sessionId: stage1('zh-CN') })).bytes);
    expect(docx.page).toMatchObject({ ...LANDSCAPE, orient: 'landscape' });
    expect(docx.paragraphs.find((p) => p.style === 'Title')!.text).toBe('任务分解表');
    expect(docx.paragraphs.find((p) => p.style === 'Subtitle')!.text).toBe('常委会层面战略对接研讨会（2027年1月11日导出）');
    expect(docx.styles.run('Title')).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 });
    const [table] = docx.tables;
    expect(table!.rows[0]).toEqual(['序号', '任务', '牵头单位', '配合单位', '完成时限', '时限要求', '成果形式', '状态']);
    expect(table!.headerRows[0]).toBe(true);
    expect(table!.borders.insideV).toBe('single');
    const row = table!.rows.find((r) => r[2] === '清源县工业和信息化局')!;
    expect(row.slice(1, 7)).toEqual(['制定分阶段、差异化的“专精特新”企业扶持政策\n· 贷款贴息\n· 研发补助\n· 市场开拓支持', '清源县工业和信息化局', '清源县财政局、清源县人民政府金融工作办公室', '2027年2月11日', '一个月内', '不同成长阶段“专精特新”企业差异化扶持政策初稿']);
    // Widths in proportion to the model's (task 36 : lead 14), filling the landscape text area.
    const cols = table!.gridCols;
    expect(cols.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE.w - docx.page.margin.left! - docx.page.margin.right!);
    expect(cols[1]! / cols[6]!).toBeCloseTo(36 / 30, 1);
    expect(docx.styles.run('TableText')).toMatchObject({ eastAsia: '仿宋_GB2312' });
    expect(partText(docx.xml[docx.files.find((f) => /^word\/footer\d+\.xml$/.test(f))!]!)).toBe('— {PAGE} —');
  });

  it('opinions report (zh-CN): landscape, every opinion of the session with its disposition', async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    const sessionId = stage1('zh-CN');
    const docx = await readDocx((await exportOf(rt, 'opinions', 'docx', { sessionId })).bytes);
    expect(docx.page).toMatchObject({ ...LANDSCAPE, orient: 'landscape' });
    expect(docx.paragraphs.find((p) => p.style === 'Title')!.text).toBe('意见建议办理情况表');
    const [table] = docx.tables;
    expect(table!.rows[0]).toEqual(['序号', '提出人', '研讨会', '意见建议', '办理情况', '纳入文件', '说明']);
    const opinions = (ok(rt.core.call('note.all', { sessionId })) as Note[]).filter((n) => n.disposition !== null);
    expect(opinions.length).toBeGreaterThan(0);
    for (const o of opinions) expect(table!.rows.some((r) => r[3] === o.text)).toBe(true);
  });

  it('agenda (zh-CN): A4 portrait with the items in order', async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    const docx = await readDocx((await exportOf(rt, 'agenda', 'docx', { sessionId: stage1('zh-CN') })).bytes);
    expect(docx.page).toMatchObject({ w: 11906, h: 16838 });
    expect(docx.page.orient).not.toBe('landscape');
    const [table] = docx.tables;
    expect(table!.rows[0]).toEqual(['序号', '时间', '议题', '报告人', '发言人']);
    expect(table!.rows.slice(1).map((r) => r[2])).toEqual([
      '战略愿景与关键路径',
      '解读“强链扩圈”产业生态构建方案',
      '交流发言（一）：分管领域',
      '交流发言（二）：经开区和主要乡镇',
      '主持人总结',
    ]);
  });

  it('task breakdown of a whole programme (en): Times New Roman, English headers, the action row, no fields but the page number', async () => {
    ok(rt.core.call('sample.load', { locale: 'en' }));
    specialisedAction(rt, 'en');
    const docx = await readDocx((await exportOf(rt, 'tasks', 'docx', { programmeId: programmeOf('en') })).bytes);
    expect(docx.page.orient).toBe('landscape');
    expect(docx.styles.run(null)).toMatchObject({ ascii: 'Times New Roman' });
    expect(docx.paragraphs.find((p) => p.style === 'Title')!.text).toBe('Task breakdown');
    const [table] = docx.tables;
    expect(table!.rows[0]).toEqual(['No.', 'Task', 'Lead unit', 'Co-operating units', 'Deadline', 'Time allowed', 'Deliverable', 'Status']);
    expect(table!.rows.some((r) => r[1]!.startsWith('Stage-by-stage support policy for specialised SMEs\n') && r[4] === '11 February 2027')).toBe(true);
    expect(fieldInstructions(docx)).toEqual(['PAGE']);
    expect(elementCount(docx, 'word/document.xml', 'hyperlink')).toBe(0);
  });

  it('keeps a checklist (newlines in a cell) as line breaks inside one cell', async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    // The sample's task carries its three required contents.
    expect(specialisedAction(rt, 'zh-CN').checklist).toHaveLength(3);
    const docx = await readDocx((await exportOf(rt, 'tasks', 'docx', { sessionId: stage1('zh-CN') })).bytes);
    const cell = docx.tables[0]!.rows.find((r) => r[2] === '清源县工业和信息化局')![1]!;
    expect(cell).toBe('制定分阶段、差异化的“专精特新”企业扶持政策\n· 贷款贴息\n· 研发补助\n· 市场开拓支持');
    expect(docx.xml['word/document.xml']).toMatch(/<w:br\/>/);
  });
});

describe('layout arithmetic', () => {
  it('a Chinese date is one piece that must fit, other Chinese text may wrap anywhere', () => {
    // It used to count 2027, 2 and 11 apart, so the PDF's deadline column broke as "2027年2月11" / "日".
    expect(tokenEms('2027年2月11日（一个月内）')).toBe(ems('2027年2月11日'));
    expect(tokenEms('截至2月11日完成')).toBe(ems('2月11日'));
    expect(tokenEms('优化营商环境构建创新生态')).toBe(0);
    expect(tokenEms('09:00–12:00 会议')).toBe(ems('09:00–12:00'));
  });

  it('splits a table width by weights, exactly, never under a column minimum that fits', () => {
    expect(columnWidths([6, 36, 14], [640, 0, 1120], 8845)).toEqual([947, 5687, 2211]);
    expect(columnWidths([6, 36, 14], [1200, 0, 3000], 8845)).toEqual([1200, 4645, 3000]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.integer({ min: 0, max: 60 }), min: fc.integer({ min: 0, max: 3000 }) }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 2000, max: 15000 }),
        (columns, total) => {
          const widths = columnWidths(
            columns.map((c) => c.weight),
            columns.map((c) => c.min),
            total,
          );
          expect(widths.reduce((a, b) => a + b, 0)).toBe(total);
          for (const w of widths) expect(w).toBeGreaterThanOrEqual(0);
          const minSum = columns.reduce((a, c) => a + c.min, 0);
          if (minSum <= total) columns.forEach((c, i) => expect(widths[i]).toBeGreaterThanOrEqual(c.min - 1));
        },
      ),
    );
  });
});
