/**
 * The direct PDF writer of table exports (main/export/pdf-direct/, pdfkit): the pagination as a pure
 * function (fast-check: a row that fits a page is never split, the header row opens every page),
 * line breaking, and the follow-up digest written for real in both languages and read back with
 * poppler: the words in reading order, the header row repeated on page 2, page numbers, only the
 * shipped faces embedded as subsets, glyphs that actually draw, and typed markup and control
 * characters as inert text.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/contract/fields.js';
import { digestModel } from '../../main/export/followup-model.js';
import { readModel } from '../../main/export/model.js';
import { paginate } from '../../main/export/pdf-direct/paginate.js';
import { wrapText } from '../../main/export/pdf-direct/wrap.js';
import { renderExport } from '../../main/export/render.js';
import { ok, tempDir, testRuntime, type TestRuntime } from '../helpers/runtime.js';

describe('paginate', () => {
  const area = fc.record({ top: fc.integer({ min: 0, max: 100 }), page: fc.integer({ min: 200, max: 800 }), startAt: fc.double({ min: 0, max: 1, noNaN: true }) });
  it('never splits a row that fits a page, repeats the header on every page, keeps the rows in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 5, max: 400 }), { maxLength: 60 }), fc.integer({ min: 10, max: 60 }), area, (heights, header, a) => {
        const bottom = a.top + a.page;
        const start = a.top + a.startAt * a.page;
        const plan = paginate(heights, header, { start, top: a.top, bottom });
        // One header per page the table reaches, at the top of each page after the first.
        const pages = new Set(plan.rows.map((r) => r.page));
        expect(plan.headers.map((h) => h.page)).toEqual([...new Set([plan.headers[0]!.page, ...pages])].sort((x, y) => x - y));
        plan.headers.slice(1).forEach((h) => expect(h.y).toBe(a.top));
        plan.rows.forEach((r, i) => {
          const h = heights[i]!;
          const head = plan.headers.find((x) => x.page === r.page)!;
          // Under its page's header, in order, and whole on its page when it can be.
          expect(r.y).toBeGreaterThanOrEqual(head.y + header);
          if (i > 0) expect(r.page > plan.rows[i - 1]!.page || r.y >= plan.rows[i - 1]!.y + heights[i - 1]!).toBe(true);
          if (h + header <= a.page) expect(r.y + h).toBeLessThanOrEqual(bottom + 1e-9);
        });
        // The header is never left alone at the foot of a page.
        if (heights.length > 0) expect(plan.rows[0]!.page).toBe(plan.headers[0]!.page);
      }),
      { numRuns: 1000 },
    );
  });

  it('starts a table on the next page when its header and first row do not fit', () => {
    expect(paginate([30, 30], 20, { start: 90, top: 10, bottom: 100 })).toEqual({
      headers: [{ page: 1, y: 10 }],
      rows: [
        { page: 1, y: 30 },
        { page: 1, y: 60 },
      ],
      end: { page: 1, y: 90 },
    });
  });
});

describe('wrapText', () => {
  const unit = () => 1;
  it('breaks Chinese anywhere but before closing marks, Latin at spaces, a long word where it must', () => {
    expect(wrapText('推动重点产业链，延链补链', 7, unit)).toEqual(['推动重点产业', '链，延链补链']);
    expect(wrapText('the digest of tasks', 10, unit)).toEqual(['the digest', 'of tasks']);
    expect(wrapText('abcdefghij', 4, unit)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('一\n\n二', 4, unit)).toEqual(['一', '', '二']);
  });

  it('loses no character but the spaces it breaks at, and no line is wider than allowed unless it is one character', () => {
    const text = fc.stringMatching(/^[a-z 县第项，。（）-]{0,80}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 20 }), (t, max) => {
        const lines = wrapText(t, max, unit);
        expect(lines.join('').replace(/ /g, '')).toBe(t.replace(/ /g, ''));
        for (const line of lines) if (Array.from(line).length > 1) expect(Array.from(line).length).toBeLessThanOrEqual(max);
      }),
      { numRuns: 3000 },
    );
  });
});

const POPPLER = !spawnSync('pdftotext', ['-v']).error && !spawnSync('pdffonts', ['-v']).error && !spawnSync('pdftoppm', ['-v']).error;

describe.skipIf(!POPPLER)('the follow-up digest written directly (pdfkit), read back with poppler', () => {
  let rt: TestRuntime;
  let tmp: string;
  let programmeId: string;
  const TASKS = 120;
  beforeAll(() => {
    tmp = tempDir('convene-pdfdirect-');
    rt = testRuntime();
    const call = rt.core.call.bind(rt.core) as (name: string, input: unknown) => { ok: true; value: unknown } | { ok: false; error: unknown };
    programmeId = (ok(call('programme.create', { title: '清源县重点任务督办' })) as { id: string }).id;
    const units = ['县发改局', '县工信局', '县财政局'].map((name) => (ok(call('unit.create', { name, kind: 'department' })) as { id: string }).id);
    const { db } = rt.core;
    const at = '2025-09-01T02:00:00.000Z';
    const insert = db.prepare(
      `INSERT INTO action_item (id, programme_id, title, deliverable, lead_unit_id, due_date, due_rule, status, board_position, created_at, updated_at)
       VALUES (?, ?, ?, '方案', ?, ?, '', 'in_progress', ?, ?, ?)`,
    );
    db.transaction(() => {
      // All overdue on the as-of day: the overdue list is long; the first title carries markup and control characters.
      for (let n = 0; n < TASKS; n++) {
        const title = n === 0 ? '<b>加粗</b>\u0007任务 Fix the <script> tag, the chair’s' : `第${n + 1}项：推动重点产业链延链补链强链，形成工作方案并报送`;
        insert.run(`t-${n}`, programmeId, title, units[n % units.length]!, '2025-10-09', n, at, at);
      }
    })();
  });
  afterAll(() => {
    rt.cleanup();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const digestPdf = async (locale: Locale) => {
    const model = readModel(rt.core, () => new Date('2025-11-10T02:00:00Z'), (ctx) => digestModel(ctx, { programmeId, asOf: '2025-11-10', locale }));
    const file = path.join(tmp, `digest-${locale}.pdf`);
    fs.writeFileSync(file, await renderExport(model, 'pdf', () => Promise.reject(new Error('a table PDF must not need the browser'))));
    return file;
  };
  const run = (tool: string, args: string[]) => spawnSync(tool, args, { encoding: 'utf8' }).stdout;
  const text = (file: string, page?: number) => run('pdftotext', ['-enc', 'UTF-8', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-']);
  const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1] ?? 0);

  for (const [locale, words] of [
    ['zh-CN', { title: '督办通报', head: ['序号', '督办事项', '牵头单位', '办结时限', '逾期天数'], number: (n: number) => `\n${n}\n` }],
    ['en', { title: 'Follow-up digest', head: ['No.', 'Task', 'Lead unit', 'Due', 'Days late'], number: (n: number) => `Page ${n}` }],
  ] as const) {
    it(`${locale}: the words in order, the header row on page 2, page numbers, shipped faces embedded as subsets`, async () => {
      const file = await digestPdf(locale);
      expect(pages(file)).toBeGreaterThan(2);
      const all = text(file);
      // Reading order: title, then the tasks 2, 3, … in order.
      const at = (s: string) => all.indexOf(s);
      expect(at(words.title)).toBeGreaterThanOrEqual(0);
      const positions = [2, 3, 50, 120].map((n) => at(`第${n}项：`));
      positions.forEach((p) => expect(p).toBeGreaterThan(at(words.title)));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      // Page 2 opens with the table's header row again, and carries its number.
      const page2 = text(file, 2);
      for (const label of words.head) expect(page2).toContain(label);
      expect(page2.indexOf(words.head[0])).toBeLessThan(page2.indexOf('项：'));
      expect(page2).toContain(words.number(2));
      // Markup is text (wrapped in its cell), control characters are gone.
      for (const piece of ['<b>加粗</b>任务', '<script>']) expect(all).toContain(piece);
      expect(all).not.toContain('\u0007');
      // Only the shipped faces, all embedded as subsets, as TrueType (no Type 3).
      const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) {
        expect(line).toMatch(/^[A-Z]{6}\+NotoS(?:erif|ans)\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/);
      }
      // English quotes and apostrophes come from the Latin design's face (pdf/fonts.ts), Chinese ones from the SC face.
      expect(all).toContain('chair’s');
      expect(fonts.some((line) => /^[A-Z]{6}\+NotoSerif-Regular\s/.test(line))).toBe(locale === 'en');
    });
  }

  it('draws the glyphs: the title line of page 1 is inked (fontkit alone embedded blank WOFF2 glyphs)', async () => {
    const file = await digestPdf('zh-CN');
    // The title's line only (37 mm down, 35 pt tall: no rule or table there), at 72 dpi in grey: count the dark pixels.
    const [width, height] = [595, 35];
    spawnSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', '-x', '0', '-y', '105', '-W', String(width), '-H', String(height), '-singlefile', file, path.join(tmp, 'title')]);
    const pgm = fs.readFileSync(path.join(tmp, 'title.pgm'));
    const dark = pgm.subarray(pgm.length - width * height).filter((v) => v < 128).length;
    // 督办通报 in 二号 bold is a few hundred dark pixels; a blank glyph none.
    expect(dark).toBeGreaterThan(150);
  });
});
