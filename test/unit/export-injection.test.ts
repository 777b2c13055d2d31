/**
 * What users type stays text in every export: HTML and Markdown show markup as characters, and
 * spreadsheets and CSV never run a formula (OWASP CSV injection). DOCX is covered by its own tests.
 */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../shared/actions.js';
import type { Unit } from '../../shared/domain.js';
import type { Note } from '../../shared/notes.js';
import { activeElements, exportOf, html, parseCsv, readXlsx, renderedMarkdown, stage1, withoutMinutes } from '../helpers/export.js';
import { testClock } from '../helpers/clock.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime({ now: testClock(new Date('2027-01-11T18:00:00+08:00').toISOString()).now });
});
afterEach(() => rt.cleanup());

/** Each note starts with its payload: spreadsheets only run what a cell begins with. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  '@SUM(1)',
  '+1+1',
  "-2+3+cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '<script>alert(1)</script> *strong* _em_ [link](javascript:alert(1)) `code` # not a heading | not a cell ~~no~~',
  '1. not a list\n- nor this\n=== nor a heading\n<img src=y onerror=alert(2)>',
];
const ALL_IN_ONE = '<img src=x onerror=alert(1)> =HYPERLINK("http://x") @SUM(1)';
const DANGEROUS_START = /^[=+\-@\t\r]/;

const sessionId = stage1('zh-CN');

function seed() {
  ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
  // The payloads must reach the minutes, so they are drafted live (no stored minutes yet).
  withoutMinutes(rt, sessionId);
  for (const text of [...PAYLOADS, ALL_IN_ONE]) {
    const note = ok(rt.core.call('note.create', { sessionId, speakerName: '@来宾', category: 'suggestion', text })) as Note;
    ok(rt.core.call('note.setDisposition', { id: note.id, disposition: 'declined', reason: '=cmd|"/c calc"' }));
  }
  const unit = ok(rt.core.call('unit.create', { name: '+cmd' })) as Unit;
  ok(rt.core.call('action.create', { sessionId, title: '=1+1', leadUnitId: unit.id, deliverable: '@SUM(1)' })) as ActionItem;
}

/** How a payload reads once rendered: whitespace folded, ends trimmed. */
const shown = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('injection', () => {
  it('Markdown: rendered, every payload is text and nothing active appears', async () => {
    seed();
    for (const kind of ['minutes', 'tasks', 'opinions'] as const) {
      const out = await exportOf(rt, kind, 'md', { sessionId });
      // A tag is always behind CommonMark's escape (\<), never raw and never an entity.
      expect(out.text).not.toMatch(/(?<!\\)<(img|script)/i);
      if (kind !== 'tasks') expect(out.text).toMatch(/\\<img/);
      expect(out.text).not.toMatch(/&lt;|&amp;/);
      const page = renderedMarkdown(out.text);
      expect(activeElements(page)).toEqual([]);
      // Our own Markdown has bold labels and nothing else inline: no emphasis, code, strikethrough, and
      // no links but the web addresses typed (http://x stays clickable, to itself).
      expect(page.querySelectorAll('em, code, pre, del, blockquote').map((el) => el.outerHTML)).toEqual([]);
      for (const a of page.querySelectorAll('a')) expect(a.getAttribute('href')).toBe(a.text);
      for (const a of page.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      const text = shown(page.text);
      if (kind !== 'tasks') {
        for (const payload of [...PAYLOADS, ALL_IN_ONE]) {
          for (const line of payload.split('\n')) expect(text).toContain(shown(line));
        }
        // The multi-line note stays one list item: its lines did not become a list or a heading.
        expect(page.querySelectorAll('h1, h2, h3').map((h) => h.text)).not.toContain('nor a heading');
      }
      if (kind !== 'opinions') {
        expect(text).toContain('=1+1');
        expect(text).toContain('+cmd');
      }
    }
  });

  it('HTML: every payload is escaped text in a script-free page', async () => {
    seed();
    for (const kind of ['minutes', 'tasks', 'opinions'] as const) {
      const out = await exportOf(rt, kind, 'html', { sessionId });
      expect(out.text).not.toMatch(/<img|<script/i);
      const body = html(out.text).querySelector('body')!;
      expect(activeElements(body)).toEqual([]);
      if (kind !== 'tasks') for (const payload of [...PAYLOADS, ALL_IN_ONE]) expect(shown(body.text)).toContain(shown(payload));
    }
  });

  it('CSV: no field begins with = + - @ tab or CR; payloads keep their text behind a quote', async () => {
    seed();
    const tasks = parseCsv((await exportOf(rt, 'tasks', 'csv', { sessionId })).text.slice(1));
    const opinions = parseCsv((await exportOf(rt, 'opinions', 'csv', { sessionId })).text.slice(1));
    for (const field of [...tasks, ...opinions].flat()) expect(field).not.toMatch(DANGEROUS_START);
    expect(tasks).toContainEqual(expect.arrayContaining(["'=1+1", "'+cmd", "'@SUM(1)"]));
    const cells = opinions.flat();
    for (const payload of PAYLOADS) expect(cells).toContain(DANGEROUS_START.test(payload) ? `'${payload}` : payload);
    expect(cells).toContain(ALL_IN_ONE);
    expect(cells).toContain(`'=cmd|"/c calc"`);
  });

  it('XLSX: every text cell is a plain string exactly as typed, none a formula', async () => {
    seed();
    for (const kind of ['tasks', 'opinions'] as const) {
      const { bytes } = await exportOf(rt, kind, 'xlsx', { sessionId });
      // Read the package itself: no formula element anywhere in any sheet.
      const zip = await JSZip.loadAsync(bytes);
      for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/') && !zip.files[n]!.dir)) {
        expect(await zip.file(name)!.async('string')).not.toMatch(/<f[ >]/);
      }
      const { sheet, rows } = await readXlsx(bytes);
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeFalsy();
          // Merge: the covered cells of the merged title rows; Date: the deadlines.
          expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number, ExcelJS.ValueType.Date, ExcelJS.ValueType.Merge]).toContain(cell.type);
          // A shared string is never evaluated: no quote is added, so none shows.
          if (cell.type === ExcelJS.ValueType.String) expect(String(cell.value)).not.toMatch(/^'/);
        }),
      );
      const values = rows.flat();
      if (kind === 'tasks') {
        expect(values).toEqual(expect.arrayContaining(['=1+1', '+cmd', '@SUM(1)']));
        // The No. column stays numeric: numbers we generate are not text.
        expect(rows.slice(3).every((r) => typeof r[0] === 'number')).toBe(true);
      } else {
        // XML keeps line ends as LF, so a CR comes back as one.
        for (const payload of PAYLOADS) expect(values).toContain(payload.replace(/\r/g, '\n'));
      }
    }
  });
});
