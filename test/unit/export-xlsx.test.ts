/**
 * The task breakdown and opinions spreadsheets as an office uses them: deadlines that sort and
 * filter as dates, rows tall enough to show their wrapped text, a filterable frozen header, and
 * text exactly as typed. Read back by exceljs and, like a real client, by openpyxl (skipped where
 * python3-openpyxl is missing); CSV keeps its formula neutralising.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../shared/actions.js';
import type { Locale } from '../../shared/contract/fields.js';
import { linesIn, rowHeight } from '../../main/export/xlsx.js';
import { testClock } from '../helpers/clock.js';
import { exportOf, parseCsv, pythonWith, readXlsx, specialisedAction, stage1 } from '../helpers/export.js';
import { ok, tempDir, testRuntime, type TestRuntime } from '../helpers/runtime.js';

const PYTHON = pythonWith('openpyxl');
const OPENPYXL = PYTHON !== null;

let rt: TestRuntime;
let dir: string;
beforeEach(() => {
  rt = testRuntime({ now: testClock(new Date(2027, 0, 11, 18, 0).toISOString()).now });
  dir = tempDir('convene-xlsx-');
});
afterEach(() => {
  rt.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Legitimate text that merely begins like a formula, and a real injection attempt. */
const TYPED = ['-5%', '+86 138 0000 0000', '=HYPERLINK("http://evil.example","点我")', '@SUM(A1)'];

/** The sample's 专精特新 task (due 2027-02-11, "一个月内"), and one whose deliverable is each typed text. */
function seed(locale: Locale): { sessionId: string; action: ActionItem } {
  ok(rt.core.call('sample.load', { locale }));
  const action = specialisedAction(rt, locale);
  ok(rt.core.call('action.update', { id: action.id, deliverable: TYPED.join('\n'), description: '' }));
  return { sessionId: stage1(locale), action };
}

const HEADER = {
  'zh-CN': ['序号', '任务', '牵头单位', '配合单位', '完成时限', '时限要求', '成果形式', '状态'],
  en: ['No.', 'Task', 'Lead unit', 'Co-operating units', 'Deadline', 'Time allowed', 'Deliverable', 'Status'],
} as const;

for (const locale of ['zh-CN', 'en'] as const) {
  describe(`task breakdown XLSX (${locale})`, () => {
    it('deadlines are date cells with a date format, the spoken rule in its own column', async () => {
      const { sessionId } = seed(locale);
      const { sheet, rows } = await readXlsx((await exportOf(rt, 'tasks', 'xlsx', { sessionId })).bytes);
      expect(rows[2]).toEqual(HEADER[locale]);
      const n = rows.findIndex((r) => String(r[1] ?? '').includes(locale === 'zh-CN' ? '专精特新' : 'specialised')) + 1;
      const cell = sheet.getCell(n, 5);
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect((cell.value as Date).toISOString()).toBe('2027-02-11T00:00:00.000Z');
      expect(cell.numFmt).toBe(locale === 'zh-CN' ? 'yyyy"年"m"月"d"日"' : 'd mmm yyyy');
      expect(sheet.getCell(n, 6).value).toBe(locale === 'zh-CN' ? '一个月内' : 'within one month');
    });

    it('text is exactly as typed, with no quote before it; no cell is a formula', async () => {
      const { sessionId } = seed(locale);
      const { sheet } = await readXlsx((await exportOf(rt, 'tasks', 'xlsx', { sessionId })).bytes);
      const texts: string[] = [];
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeFalsy();
          if (cell.type === ExcelJS.ValueType.String) texts.push(String(cell.value));
        }),
      );
      expect(texts).toContain(TYPED.join('\n'));
      expect(texts.filter((t) => t.startsWith("'"))).toEqual([]);
    });

    it('a header with an autofilter over every row, frozen, and rows tall enough for their text', async () => {
      const { sessionId } = seed(locale);
      const { sheet, rows } = await readXlsx((await exportOf(rt, 'tasks', 'xlsx', { sessionId })).bytes);
      expect(sheet.autoFilter).toBe(`A3:H${rows.length}`);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      for (let n = 1; n <= rows.length; n++) expect(sheet.getRow(n).height, `row ${n}`).toBeGreaterThan(0);
      // The deliverable has four lines: its row is at least four lines tall.
      const tall = rows.findIndex((r) => r.includes(TYPED.join('\n'))) + 1;
      expect(sheet.getRow(tall).height).toBeGreaterThanOrEqual(4 * 16);
    });
  });
}

describe('row heights', () => {
  it('count explicit lines and the lines a long text wraps into', () => {
    expect(linesIn('a', 10)).toBe(1);
    expect(linesIn('a\nb\nc', 10)).toBe(3);
    // 20 Chinese characters take 40 widths: five lines in a column of 10 (9 usable).
    expect(linesIn('清'.repeat(20), 10)).toBe(5);
    expect(rowHeight([{ text: 'a', width: 10 }, { text: 'a\nb', width: 10 }])).toBe(2 * 16 + 4);
  });
});

describe('CSV keeps its neutralising', () => {
  it('a formula is inert behind a quote; the date is YYYY-MM-DD with the rule beside it', async () => {
    const { sessionId } = seed('zh-CN');
    const rows = parseCsv((await exportOf(rt, 'tasks', 'csv', { sessionId })).text.slice(1));
    expect(rows[0]).toEqual(HEADER['zh-CN']);
    const row = rows.find((r) => r[1]!.includes('专精特新'))!;
    expect(row[4]).toBe('2027-02-11');
    expect(row[5]).toBe('一个月内');
    // The field begins with the deliverable's first line, "-5%": a spreadsheet would read a formula.
    expect(row[6]).toBe(`'${TYPED.join('\n')}`);
    const action = specialisedAction(rt, 'zh-CN');
    ok(rt.core.call('action.update', { id: action.id, deliverable: TYPED[2]! }));
    const again = parseCsv((await exportOf(rt, 'tasks', 'csv', { sessionId })).text.slice(1));
    expect(again.find((r) => r[1]!.includes('专精特新'))![6]).toBe(`'=HYPERLINK("http://evil.example","点我")`);
  });
});

/** What openpyxl, the reader of Python's office scripts, sees in the file. */
function openpyxlView(file: string): {
  dates: (string | null)[];
  formats: string[];
  autofilter: string | null;
  frozen: string | null;
  heights: (number | null)[];
  quoted: string[];
  typed: string[];
} {
  const script = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
cells = [c for row in ws.iter_rows() for c in row]
print(json.dumps({
  "dates": [c.value.isoformat() if isinstance(c.value, datetime.datetime) else None for c in ws["E"][3:]],
  "formats": [c.number_format for c in ws["E"][3:] if isinstance(c.value, datetime.datetime)],
  "autofilter": ws.auto_filter.ref,
  "frozen": ws.freeze_panes,
  "heights": [ws.row_dimensions[n].height for n in range(1, ws.max_row + 1)],
  "quoted": [c.value for c in cells if isinstance(c.value, str) and c.value.startswith("'")],
  "typed": [c.value for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@"],
}))
`;
  const run = spawnSync(PYTHON!, ['-c', script, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe.skipIf(!OPENPYXL)(`read by openpyxl${OPENPYXL ? '' : ' (skipped: apt-get install python3-openpyxl)'}`, () => {
  it('sees date cells, the autofilter, the frozen header, row heights and text as typed', async () => {
    const { sessionId } = seed('zh-CN');
    const file = path.join(dir, 'tasks.xlsx');
    fs.writeFileSync(file, (await exportOf(rt, 'tasks', 'xlsx', { sessionId })).bytes);
    const view = openpyxlView(file);
    expect(view.dates).toContain('2027-02-11T00:00:00');
    expect(new Set(view.formats)).toEqual(new Set(['yyyy"年"m"月"d"日"']));
    expect(view.autofilter).toMatch(/^A3:H\d+$/);
    expect(view.frozen).toBe('A4');
    expect(view.heights.every((h) => typeof h === 'number' && h > 0)).toBe(true);
    expect(view.quoted).toEqual([]);
    expect(view.typed).toContain(TYPED.join('\n'));
  });
});
