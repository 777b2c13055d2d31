/**
 * Markdown, HTML, CSV and XLSX of every export kind from the sample's Stage 1 seminar, each file read
 * back with a reader that shares nothing with the writer.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/contract/fields.js';
import type { SessionDetail } from '../../shared/domain.js';
import type { Note } from '../../shared/notes.js';
import { exportOf, html, parseCsv, programmeOf, readXlsx, renderedMarkdown, specialisedAction, stage1, withoutMinutes } from '../helpers/export.js';
import { testClock } from '../helpers/clock.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime({ now: testClock(new Date('2027-01-11T18:00:00+08:00').toISOString()).now });
});
afterEach(() => rt.cleanup());

/** What each language's sample must show: the words are the sample's, the labels the exporter's. */
const EXPECT = {
  'zh-CN': {
    title: '常委会层面战略对接研讨会',
    minutesTitle: '常委会层面战略对接研讨会会议纪要',
    minutesFile: '常委会层面战略对接研讨会-会议纪要-2027-01-11',
    // Attendance is a block of fields under the title, as in the Word file; sections are numbered in print.
    headings: ['会议议程', '发言摘要', '任务分解'],
    printedHeadings: ['一、会议议程', '二、发言摘要', '三、任务分解'],
    deadline: /^2027年2月11日/,
    fields: ['时间', '地点', '主持', '出席', '请假', '记录'],
    lead: '清源县工业和信息化局',
    co: ['清源县财政局', '清源县人民政府金融工作办公室'],
    taskWord: '专精特新',
    tasksHeader: ['序号', '任务', '牵头单位', '配合单位', '完成时限', '时限要求', '成果形式', '状态'],
  },
  en: {
    title: 'Leadership seminar on the strategy',
    minutesTitle: 'Leadership seminar on the strategy',
    minutesFile: 'Leadership-seminar-on-the-strategy-minutes-2027-01-11',
    headings: ['Agenda', 'Summary of statements', 'Action items'],
    printedHeadings: ['Agenda', 'Summary of statements', 'Action items'],
    deadline: /^11 February 2027/,
    fields: ['Time', 'Venue', 'Chair', 'Present', 'Absent with leave', 'Minutes taken by'],
    lead: 'Qingyuan County Bureau of Industry and Information Technology',
    co: ['Qingyuan County Finance Bureau', 'Qingyuan County Financial Affairs Office'],
    taskWord: 'specialised',
    tasksHeader: ['No.', 'Task', 'Lead unit', 'Co-operating units', 'Deadline', 'Time allowed', 'Deliverable', 'Status'],
  },
} as const;

function load(locale: Locale) {
  ok(rt.core.call('sample.load', { locale }));
  // These exports are drafted live from the session, as before its minutes are written.
  withoutMinutes(rt, stage1(locale));
  specialisedAction(rt, locale);
  const sessionId = stage1(locale);
  const detail = ok(rt.core.call('session.get', { id: sessionId })) as SessionDetail;
  const notes = ok(rt.core.call('note.all', { sessionId })) as Note[];
  const present = detail.participants.filter((p) => p.presence === 'present' && p.role !== 'secretary').map((p) => p.person.name);
  const excused = detail.participants.filter((p) => p.presence === 'excused').map((p) => p.person.name);
  return { sessionId, notes, present, excused };
}

/** What was said, without the speaker's name the secretary typed in front ("江辰插话：…"): the minutes name them once. */
const said = (note: Note) => note.text.replace(new RegExp(`^${note.speakerName}(插话)?[：:]\\s*`), '');

/** Collapses the whitespace a renderer or a layout adds, so texts compare as the reader sees them. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

for (const locale of ['zh-CN', 'en'] as const) {
  const want = EXPECT[locale];

  describe(`minutes (${locale})`, () => {
    it('Markdown renders to the heading, attendees, every note and the task row, with nothing escaped into view', async () => {
      const { sessionId, notes, present, excused } = load(locale);
      const md = await exportOf(rt, 'minutes', 'md', { sessionId });
      expect(md.file).toMatchObject({ fileName: `${want.minutesFile}.md`, mime: 'text/markdown;charset=utf-8', bytes: md.bytes.length });
      const page = renderedMarkdown(md.text);
      expect(page.querySelector('h1')!.text).toBe(want.minutesTitle);
      const headings = page.querySelectorAll('h2').map((h) => h.text);
      for (const heading of want.headings) expect(headings).toContain(heading);
      const text = flat(page.text);
      for (const field of want.fields) expect(text).toContain(`${field}${locale === 'zh-CN' ? '：' : ': '}`);
      expect(present.length).toBeGreaterThan(5);
      for (const name of [...present, ...excused]) expect(text).toContain(name);
      expect(notes.length).toBeGreaterThan(5);
      for (const note of notes) expect(text).toContain(flat(said(note)));
      // Escapes never show: a reader sees the text, not backslashes or entities.
      expect(text).not.toMatch(/\\[*_[\]()#|`]|&lt;|&amp;/);
      const row = page.querySelectorAll('tr').find((tr) => tr.text.includes(want.taskWord))!;
      const cells = row.querySelectorAll('td').map((td) => td.text);
      expect(cells[0]).toBe('1');
      expect(cells[2]).toBe(want.lead);
      for (const co of want.co) expect(cells[3]).toContain(co);
      expect(cells[4]).toMatch(want.deadline);
    });

    it('HTML is a standalone, script-free A4 document with the same content', async () => {
      const { sessionId, notes, present } = load(locale);
      const out = await exportOf(rt, 'minutes', 'html', { sessionId });
      expect(out.file.fileName).toBe(`${want.minutesFile}.html`);
      expect(out.file.mime).toBe('text/html;charset=utf-8');
      expect(out.text).toMatch(/^<!DOCTYPE html>\n<html lang="(zh-CN|en)">/);
      expect(out.text).toContain(`<html lang="${locale}">`);
      expect(out.text).toContain('<meta charset="utf-8">');
      expect(out.text).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`);
      expect(out.text).not.toMatch(/<script|javascript:|<link|<iframe|\bsrc=/i);
      expect(out.text).toMatch(/@page \{ size: A4/);
      expect(out.text).toMatch(/break-inside: avoid/);
      // The shipped stand-in first, then the official face an office machine has (docs/FONTS.md); no font file in a saved page.
      if (locale === 'zh-CN') expect(out.text).toContain("body { font-family: 'Convene Serif SC', '仿宋_GB2312', 'FangSong'");
      expect(out.text).not.toContain('@font-face');
      const page = html(out.text);
      expect(page.querySelector('title')!.text).toContain(want.minutesTitle);
      expect(page.querySelector('h1')!.text).toBe(want.minutesTitle);
      expect(page.querySelectorAll('h2').map((h) => h.text)).toEqual(want.printedHeadings);
      const labels = page.querySelectorAll('.field .label').map((l) => l.text);
      for (const label of want.fields) expect(labels).toContain(`${label}${locale === 'zh-CN' ? '：' : ': '}`);
      const text = flat(page.querySelector('body')!.text);
      for (const name of present) expect(text).toContain(name);
      for (const note of notes) expect(text).toContain(flat(said(note)));
      const row = page.querySelectorAll('tr').find((tr) => tr.text.includes(want.taskWord))!;
      expect(row.querySelectorAll('td').map((td) => td.text)).toEqual(expect.arrayContaining([want.lead, expect.stringMatching(want.deadline)]));
    });
  });

  describe(`task breakdown (${locale})`, () => {
    it('CSV: UTF-8 with BOM, CRLF, RFC 4180, the header and the 专精特新 row', async () => {
      const { sessionId } = load(locale);
      const out = await exportOf(rt, 'tasks', 'csv', { sessionId });
      expect(out.file.mime).toBe('text/csv;charset=utf-8');
      expect(out.file.fileName).toMatch(/\.csv$/);
      expect([...out.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // The parser throws on a line break that is not CRLF outside quotes.
      expect(out.text.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(out.text.slice(1));
      expect(rows[0]).toEqual(want.tasksHeader);
      const row = rows.find((r) => r[1]!.includes(want.taskWord))!;
      expect(row[0]).toBe('1');
      expect(row[2]).toBe(want.lead);
      for (const co of want.co) expect(row[3]).toContain(co);
      expect(row[4]).toBe('2027-02-11');
      expect(row[5]).toBe(locale === 'zh-CN' ? '一个月内' : 'within one month');
      expect(rows.every((r) => r.length === want.tasksHeader.length)).toBe(true);
    });

    it('XLSX: a styled, print-ready sheet that exceljs reads back', async () => {
      const { sessionId } = load(locale);
      const out = await exportOf(rt, 'tasks', 'xlsx', { sessionId });
      expect(out.file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(out.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const { sheet, rows } = await readXlsx(out.bytes);
      expect(rows[0]![0]).toBe(locale === 'zh-CN' ? '任务分解表' : 'Task breakdown');
      expect(String(rows[1]![0])).toContain(want.title);
      expect(rows[2]).toEqual(want.tasksHeader);
      expect(sheet.getCell('A1').isMerged).toBe(true);
      expect(sheet.getCell('G1').master.address).toBe('A1');
      expect(sheet.getCell('A1').font.bold).toBe(true);
      expect(sheet.getCell('B3').font.bold).toBe(true);
      expect(sheet.getCell('B3').border.top?.style).toBe('thin');
      expect(sheet.getCell('B4').alignment.wrapText).toBe(true);
      expect(sheet.getCell('B4').font.name).toBe(locale === 'zh-CN' ? 'SimSun' : 'Calibri');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
      expect(sheet.getColumn(2).width).toBe(36);
      const row = rows.find((r) => String(r[1] ?? '').includes(want.taskWord))!;
      expect(row[0]).toBe(1);
      expect(row[2]).toBe(want.lead);
      for (const co of want.co) expect(String(row[3])).toContain(co);
      // A real date (midnight UTC: the serial is that calendar day anywhere), the rule beside it.
      expect(row[4]).toEqual(new Date(Date.UTC(2027, 1, 11)));
      expect(row[5]).toBe(locale === 'zh-CN' ? '一个月内' : 'within one month');
    });

    it('gathers a whole programme, named after it', async () => {
      load(locale);
      const out = await exportOf(rt, 'tasks', 'md', { programmeId: programmeOf(locale) });
      const page = renderedMarkdown(out.text);
      expect(page.querySelectorAll('tr').some((tr) => tr.text.includes(want.taskWord))).toBe(true);
      expect(out.file.fileName).toMatch(locale === 'zh-CN' ? /^清源县高质量发展战略布局专题研讨-任务分解表-2027-01-11\.md$/ : /^Qingyuan-County-strategy-rollout-seminars-tasks-2027-01-11\.md$/);
    });
  });

  describe(`opinions and agenda (${locale})`, () => {
    it('the opinions report lists every opinion of the session in CSV, XLSX, Markdown and HTML', async () => {
      const { sessionId, notes } = load(locale);
      const opinions = notes.filter((n) => n.disposition !== null).map((n) => n.text);
      expect(opinions.length).toBeGreaterThan(0);
      const csv = parseCsv((await exportOf(rt, 'opinions', 'csv', { sessionId })).text.slice(1));
      const xlsx = await readXlsx((await exportOf(rt, 'opinions', 'xlsx', { sessionId })).bytes);
      const md = flat(renderedMarkdown((await exportOf(rt, 'opinions', 'md', { sessionId })).text).text);
      const page = flat(html((await exportOf(rt, 'opinions', 'html', { sessionId })).text).text);
      for (const opinion of opinions) {
        expect(csv.some((row) => row.includes(opinion))).toBe(true);
        expect(xlsx.rows.some((row) => row.includes(opinion))).toBe(true);
        expect(md).toContain(flat(opinion));
        expect(page).toContain(flat(opinion));
      }
      expect(csv).toHaveLength(opinions.length + 1);
    });

    it('the agenda lists every item in Markdown and HTML', async () => {
      const { sessionId } = load(locale);
      const items = (ok(rt.core.call('agenda.list', { sessionId })) as { items: { title: string }[] }).items.map((i) => i.title);
      expect(items.length).toBeGreaterThan(2);
      const md = await exportOf(rt, 'agenda', 'md', { sessionId });
      const rendered = renderedMarkdown(md.text);
      const page = html((await exportOf(rt, 'agenda', 'html', { sessionId })).text);
      for (const title of items) {
        expect(rendered.querySelectorAll('td').map((td) => td.text)).toContain(title);
        expect(page.querySelectorAll('td').map((td) => td.text)).toContain(title);
      }
      expect(md.file.fileName).toBe(locale === 'zh-CN' ? '常委会层面战略对接研讨会-议程-2027-01-11.md' : 'Leadership-seminar-on-the-strategy-agenda-2027-01-11.md');
    });
  });
}

describe('export.render', () => {
  it('exports the Chinese sample with English headings when asked, and names the file in English', async () => {
    const { sessionId } = load('zh-CN');
    const out = await exportOf(rt, 'minutes', 'md', { sessionId }, 'en');
    expect(out.file.fileName).toBe('常委会层面战略对接研讨会-minutes-2027-01-11.md');
    expect(renderedMarkdown(out.text).querySelectorAll('h2').map((h) => h.text)).toContain('Summary of statements');
  });

  it('marks a draft and drops the mark once the minutes are approved', async () => {
    const { sessionId } = load('zh-CN');
    expect((await exportOf(rt, 'minutes', 'md', { sessionId })).text).toContain('# 常委会层面战略对接研讨会会议纪要\n\n**（草稿）**');
    expect((await exportOf(rt, 'minutes', 'html', { sessionId })).text).toContain('<p class="subtitle">（草稿）</p>');
    ok(rt.core.call('minutes.generate', { sessionId }));
    ok(rt.core.call('minutes.approve', { sessionId, version: 1 }));
    const approved = (await exportOf(rt, 'minutes', 'html', { sessionId })).text;
    expect(approved).toContain('<h1>常委会层面战略对接研讨会会议纪要</h1>');
    expect(approved).not.toContain('草稿');
  });

  it('refuses a format the kind does not offer, a programme for minutes and agendas, and an unknown session', async () => {
    const { sessionId } = load('zh-CN');
    expect(await rt.service.call('export.render', { kind: 'minutes', format: 'xlsx', sessionId })).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'format', code: 'format_unavailable' }] },
    });
    expect(await rt.service.call('export.render', { kind: 'agenda', format: 'csv', sessionId })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'format', code: 'format_unavailable' }] },
    });
    expect(await rt.service.call('export.render', { kind: 'agenda', format: 'md', programmeId: programmeOf('zh-CN') })).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'sessionId', code: 'required' }] },
    });
    expect(await rt.service.call('export.render', { kind: 'tasks', format: 'csv', sessionId: 'no-such-session' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await rt.service.call('export.render', { kind: 'tasks', format: 'csv', sessionId, programmeId: programmeOf('zh-CN') })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});
