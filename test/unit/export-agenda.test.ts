/**
 * The agenda handed out before a seminar: title without a stray space, time (each date once),
 * venue, chair, who attends by category, the items; times and 序号 never wrap. Read back as a
 * client would: python-docx for Word (skipped without python3-docx), pdftotext for the PDF (skipped
 * without Chromium and poppler), a Markdown renderer for Markdown.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaView } from '../../shared/agenda.js';
import type { Locale } from '../../shared/contract/fields.js';
import type { Sitting } from '../../shared/domain.js';
import { findChromium } from '../../main/export/pdf/chromium.js';
import { testClock } from '../helpers/clock.js';
import { exportOf, pythonWith, renderedMarkdown, specialisedAction, stage1 } from '../helpers/export.js';
import { ok, tempDir, testRuntime, type TestRuntime } from '../helpers/runtime.js';

const PYTHON = pythonWith('docx');
const CHROMIUM = findChromium(undefined);
const PDFTOTEXT = !spawnSync('pdftotext', ['-v']).error;

let rt: TestRuntime;
let dir: string;
beforeEach(() => {
  rt = testRuntime({ now: testClock(new Date(2027, 0, 11, 18, 0).toISOString()).now });
  dir = tempDir('convene-agenda-');
});
afterEach(() => {
  rt.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What the sample's Stage 1 seminar says: two sittings on one day, in the county committee's room. */
const EXPECT = {
  'zh-CN': {
    title: '常委会层面战略对接研讨会议程',
    fields: ['时间：2027年1月11日 09:00–12:00、14:30–17:30', '地点：县委会议室', '主持：江辰'],
    attending: /^出席：县领导：江辰、.*\n部门负责人：.*\n乡镇负责人：/,
    header: ['序号', '时间', '议题', '报告人', '发言人'],
  },
  en: {
    title: 'Agenda: Leadership seminar on the strategy',
    fields: ['Time: 11 January 2027 09:00–12:00, 14:30–17:30', 'Venue: County Party Committee meeting room', 'Chair: Jiang Chen'],
    attending: /^Attending: County leadership: Jiang Chen, .*\nDepartment head: .*\nTownship leader: /,
    header: ['No.', 'Time', 'Item', 'Presenter', 'Speakers'],
  },
} as const;
const TIMES = ['09:00–09:45', '09:45–10:15', '10:15–11:35', '14:30–15:50', '15:50–16:30'];

function load(locale: Locale): string {
  ok(rt.core.call('sample.load', { locale }));
  return stage1(locale);
}

/** The Word file as python-docx reads it: paragraphs (text and style) and tables (rows of cell text, column widths). */
function pythonDocx(file: string): { paragraphs: { text: string; style: string }[]; tables: { rows: string[][]; widths: number[] }[] } {
  const script = `
import json, sys, docx
d = docx.Document(sys.argv[1])
print(json.dumps({
  "paragraphs": [{"text": p.text, "style": p.style.name} for p in d.paragraphs],
  "tables": [{"rows": [[c.text for c in r.cells] for r in t.rows], "widths": [c.width for c in t.columns]} for t in d.tables],
}, ensure_ascii=False))
`;
  const run = spawnSync(PYTHON!, ['-c', script, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

for (const locale of ['zh-CN', 'en'] as const) {
  const want = EXPECT[locale];

  it(`Markdown (${locale}): title, time, venue, chair and attendees, then the items`, async () => {
    const sessionId = load(locale);
    const out = await exportOf(rt, 'agenda', 'md', { sessionId });
    const page = renderedMarkdown(out.text);
    expect(page.querySelector('h1')!.text).toBe(want.title);
    const lines = page.querySelector('p')!.structuredText.split('\n');
    expect(lines.slice(0, 3)).toEqual(want.fields);
    expect(lines.slice(3).join('\n')).toMatch(want.attending);
    expect(page.querySelectorAll('th').map((th) => th.text)).toEqual(want.header);
    expect(page.querySelectorAll('tr').slice(1).map((tr) => tr.querySelectorAll('td')[1]!.text)).toEqual(TIMES);
  });

  describe.skipIf(!PYTHON)(`Word (${locale})${PYTHON ? '' : ' (skipped: apt-get install python3-docx)'}`, () => {
    it('read by python-docx: the same heading lines, one table with wide enough 序号 and time columns', async () => {
      const sessionId = load(locale);
      const file = path.join(dir, 'agenda.docx');
      fs.writeFileSync(file, (await exportOf(rt, 'agenda', 'docx', { sessionId })).bytes);
      const docx = pythonDocx(file);
      const texts = docx.paragraphs.map((p) => p.text).filter((t) => t !== '');
      expect(texts[0]).toBe(want.title);
      expect(texts.slice(1, 4)).toEqual(want.fields);
      expect(texts[4]).toMatch(want.attending);
      expect(docx.tables).toHaveLength(1);
      const [table] = docx.tables;
      expect(table!.rows[0]).toEqual(want.header);
      expect(table!.rows.slice(1).map((r) => r[1])).toEqual(TIMES);
      // EMU: 12 pt table text, 序号 bold two ems (24 pt = 304,800 EMU) and a time span 5.5 ems (66 pt) plus padding.
      expect(table!.widths[0]).toBeGreaterThan(304_800);
      expect(table!.widths[1]).toBeGreaterThan(838_200);
    });
  });
}

describe.skipIf(!CHROMIUM || !PDFTOTEXT)(`PDF tables${CHROMIUM && PDFTOTEXT ? '' : ' (skipped: needs Chromium and pdftotext)'}`, () => {
  it('no time span and no 序号 breaks across lines, the title has no space', { timeout: 120_000 }, async () => {
    const sessionId = load('zh-CN');
    const file = path.join(dir, 'agenda.pdf');
    fs.writeFileSync(file, (await exportOf(rt, 'agenda', 'pdf', { sessionId })).bytes);
    const lines = spawnSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).stdout.split('\n');
    expect(lines.some((l) => l.trim() === EXPECT['zh-CN'].title)).toBe(true);
    for (const time of TIMES) expect(lines.some((l) => l.includes(time)), time).toBe(true);
    expect(lines.some((l) => /^\s*序号\s/.test(l))).toBe(true);
  });

  it('the task breakdown prints 序号 and its deadline date on one line each', { timeout: 120_000 }, async () => {
    const sessionId = load('zh-CN');
    specialisedAction(rt, 'zh-CN');
    const file = path.join(dir, 'tasks.pdf');
    fs.writeFileSync(file, (await exportOf(rt, 'tasks', 'pdf', { sessionId })).bytes);
    const lines = spawnSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).stdout.split('\n');
    expect(lines.some((l) => /^\s*序号\s/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('2027年2月11日'))).toBe(true);
  });
});

describe('several days', () => {
  it('one table under each date; the time field says each date once with its sittings, a line each', async () => {
    const sessionId = load('zh-CN');
    const sitting = ok(rt.core.call('sitting.add', { sessionId, date: '2027-01-12', startTime: '09:00', endTime: '11:00' })) as Sitting;
    const view = ok(rt.core.call('agenda.list', { sessionId })) as AgendaView;
    const last = view.items.at(-1)!;
    ok(rt.core.call('agenda.move', { id: last.id, position: view.items.length - 1, sittingId: sitting.id }));
    const page = renderedMarkdown((await exportOf(rt, 'agenda', 'md', { sessionId })).text);
    expect(page.querySelector('p')!.structuredText.split('\n').slice(0, 2)).toEqual(['时间：2027年1月11日 09:00–12:00、14:30–17:30', '2027年1月12日 09:00–11:00']);
    expect(page.querySelectorAll('h3').map((h) => h.text)).toEqual(['2027年1月11日', '2027年1月12日']);
    const tables = page.querySelectorAll('table');
    expect(tables.map((t) => t.querySelectorAll('tbody tr').length)).toEqual([4, 1]);
    // Numbering runs on across the days.
    expect(tables[1]!.querySelector('td')!.text).toBe('5');
    expect(tables[1]!.querySelectorAll('td')[1]!.text).toBe('09:00–09:40');
  });
});
