/**
 * PDF through headless Chromium: the page prepared for printing (CSP, A4), the browser found or
 * refused with pdf_unavailable, the process handled (flags, timeout, temp files) with stand-in
 * browsers, and, where Chromium is installed, real PDFs of the sample read back with pdftotext.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes.js';
import { findChromium } from '../../main/export/pdf/chromium.js';
import { htmlToPdf, preparePage, PRINT_CSP } from '../../main/export/pdf/index.js';
import { scratchRoot } from '../../main/export/pdf/scratch.js';
import { testClock } from '../helpers/clock.js';
import { exportOf, stage1 } from '../helpers/export.js';
import { ok, tempDir, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { readDocx } from './export-docx-reader.js';
import { twipsFromMm } from '../../main/export/docx/units.js';
import { renderHtml } from '../../main/export/html.js';
import { MARGINS_MM, ZH_BODY } from '../../main/export/layout.js';
import { buildModel, readModel } from '../../main/export/model.js';

const pdfTempDirs = () => (fs.existsSync(scratchRoot()) ? fs.readdirSync(scratchRoot()).filter((n) => n.startsWith(`pdf-${process.pid}-`)) : []);

/** A stand-in browser: a shell script that records its arguments and then does `body`. */
function fakeBrowser(dir: string, body: string): string {
  const file = path.join(dir, 'fake-chromium');
  fs.writeFileSync(file, `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/args"\n${body}\n`, { mode: 0o755 });
  return file;
}
const printTarget = (dir: string) => fs.readFileSync(path.join(dir, 'args'), 'utf8').split('\n').find((a) => a.startsWith('--print-to-pdf='))!.slice('--print-to-pdf='.length);

describe('the page as printed', () => {
  it('puts the print CSP first in <head> and asks for A4 when the page has no @page rule', () => {
    const page = preparePage('<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>正文</body></html>');
    expect(page).toMatch(/^<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'none';/);
    expect(PRINT_CSP).toMatch(/script-src 'none'/);
    expect(PRINT_CSP).toMatch(/connect-src 'none'/);
    expect(page).toContain('@page { size: A4;');
    expect(page).toContain('<body>正文</body>');
    // Laid out for print only: the browser's window never lays out a long document it will not show.
    expect(page).toContain('<style>@media screen { body { display: none; } }</style>');
  });

  it('keeps the page’s own @page rule (A4 landscape for wide tables)', () => {
    const page = preparePage('<html><head><style>@page { size: A4 landscape }</style></head><body></body></html>');
    expect(page.match(/@page/g)).toHaveLength(1);
    expect(page).toContain('Content-Security-Policy');
  });

  it('copes with a fragment without <head>', () => {
    const page = preparePage('<!DOCTYPE html><p>片段</p>');
    expect(page.startsWith('<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(page).toContain('<p>片段</p>');
  });
});

describe('the print stylesheet (no browser needed)', () => {
  let rt: TestRuntime;
  beforeEach(() => {
    rt = testRuntime({ now: testClock(new Date(2027, 0, 11, 18, 0).toISOString()).now });
  });
  afterEach(() => rt.cleanup());

  it('sets the GB/T 9704 page of the Word file from layout.ts, and puts the shipped fonts in the print page only', async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    const model = readModel(rt.core, () => new Date(2027, 0, 11, 18, 0), (ctx) => buildModel(ctx, 'minutes', { sessionId: stage1('zh-CN') }));
    const saved = renderHtml(model);
    const m = MARGINS_MM.zh;
    expect(saved).toContain(`@page { size: A4 portrait; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`);
    expect(saved).toContain(`line-height: ${ZH_BODY.linePt}pt; letter-spacing: ${ZH_BODY.trackingPt}pt;`);
    expect(saved).toMatch(/@page :right \{ @bottom-right \{ content: "— " counter\(page\) " —";[^}]*text-align: right;/);
    expect(saved).toMatch(/@page :left \{ @bottom-left \{ content: "— " counter\(page\) " —";[^}]*text-align: left;/);
    // The Word file's margins are the same numbers, in twips.
    const docx = await exportOf(rt, 'minutes', 'docx', { sessionId: stage1('zh-CN') });
    const sect = (await readDocx(docx.bytes)).xml['word/document.xml']!.match(/<w:pgMar [^>]*>/)![0];
    expect(sect).toContain(`w:top="${twipsFromMm(m.top)}"`);
    expect(sect).toContain(`w:left="${twipsFromMm(m.left)}"`);
    expect(saved).not.toContain('@font-face');
    const printed = renderHtml(model, { embedFonts: true });
    expect(printed.match(/@font-face/g)).toHaveLength(2 * 4);
    expect(printed).toContain("src: url(data:font/woff2;base64,");
    expect(printed).not.toMatch(/url\((?!data:)/);
  });
});

describe('finding the browser', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('convene-chromium-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes an explicit path or CONVENE_CHROMIUM, and never swaps a missing one for another browser', () => {
    const file = fakeBrowser(dir, 'exit 0');
    expect(findChromium(file, {})).toBe(file);
    expect(findChromium(undefined, { CONVENE_CHROMIUM: file })).toBe(file);
    expect(findChromium(path.join(dir, 'nope'), { PATH: '/usr/bin' })).toBeNull();
    expect(findChromium(undefined, { CONVENE_CHROMIUM: path.join(dir, 'nope'), PATH: '/usr/bin' })).toBeNull();
  });

  it('looks on PATH for chromium, chromium-browser and google-chrome', () => {
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'google-chrome'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findChromium(undefined, { PATH: bin })).toBe(path.join(bin, 'google-chrome'));
  });

  it('refuses with invalid_state pdf_unavailable when there is no browser', async () => {
    await expect(htmlToPdf('<p>x</p>', { chromiumPath: path.join(dir, 'no-such-browser') })).rejects.toMatchObject({
      code: 'invalid_state',
      params: { reason: 'pdf_unavailable' },
    });
  });
});

describe.skipIf(process.platform === 'win32')('running the browser (stand-in browsers)', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('convene-chromium-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes the hardened flags, returns the PDF and removes its temp folder', async () => {
    const before = pdfTempDirs();
    const browser = fakeBrowser(dir, `out=$(grep '^--print-to-pdf=' "${dir}/args" | cut -d= -f2-); printf '%%PDF-1.4 fake' > "$out"`);
    const pdf = await htmlToPdf('<html><head></head><body>中文</body></html>', { chromiumPath: browser });
    expect(pdf.toString('latin1')).toBe('%PDF-1.4 fake');
    const args = fs.readFileSync(path.join(dir, 'args'), 'utf8').trim().split('\n');
    for (const flag of ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-pdf-header-footer', '--host-resolver-rules=MAP * ~NOTFOUND']) {
      expect(args).toContain(flag);
    }
    // In our own scratch folder, named for this process so a later start can tell a leftover.
    expect(args.find((a) => a.startsWith('--user-data-dir='))).toMatch(new RegExp(`convene-scratch[^/]*/pdf-${process.pid}-\\w{6}/profile$`));
    expect(args.at(-1)).toMatch(new RegExp(`^file://.*convene-scratch[^/]*/pdf-${process.pid}-\\w{6}/in\\.html$`));
    expect(pdfTempDirs()).toEqual(before);
  });

  it('fails with pdf_failed when the browser writes nothing, and when it hangs past the timeout', async () => {
    const before = pdfTempDirs();
    await expect(htmlToPdf('<p>x</p>', { chromiumPath: fakeBrowser(dir, 'exit 0') })).rejects.toMatchObject({ params: { reason: 'pdf_failed' } });
    await expect(htmlToPdf('<p>x</p>', { chromiumPath: fakeBrowser(dir, 'exit 3') })).rejects.toMatchObject({ params: { reason: 'pdf_failed' } });
    // A browser that never ends: only the timeout can end this call (else the test's own timeout fails it).
    await expect(htmlToPdf('<p>x</p>', { chromiumPath: fakeBrowser(dir, 'exec sleep 3600'), timeoutMs: 300 })).rejects.toMatchObject({ params: { reason: 'pdf_failed' } });
    expect(pdfTempDirs()).toEqual(before);
    expect(printTarget(dir)).toMatch(/out\.pdf$/);
  });
});

const CHROMIUM = findChromium(undefined);
const PDFTOTEXT = spawnSync('pdftotext', ['-v']).error ? null : 'pdftotext';
const PDFFONTS = !spawnSync('pdffonts', ['-v']).error;

/** The text of a PDF, or null without poppler-utils (then fonts are checked instead). */
const pdfText = (pdf: Buffer): string | null => (PDFTOTEXT ? poppler(PDFTOTEXT, pdf, ['-enc', 'UTF-8']) : null);
/** Text without white space and without the page numbers (— 2 —) a page break puts inside a paragraph. */
const squash = (text: string) => text.replace(/\s+/g, '').replace(/—\d+—/g, '');
const mediaBox = (pdf: Buffer) => pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)!.slice(1).map(Number);

describe.skipIf(!CHROMIUM)(`real PDFs with ${CHROMIUM ?? 'Chromium (skipped: no Chromium found; install chromium or set CONVENE_CHROMIUM)'}`, () => {
  let rt: TestRuntime;
  beforeEach(() => {
    rt = testRuntime({ now: testClock(new Date('2027-01-11T18:00:00+08:00').toISOString()).now });
  });
  afterEach(() => rt.cleanup());

  it('prints the sample minutes on A4 with the Chinese text intact (CJK fonts embedded, no boxes)', { timeout: 120_000 }, async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    const sessionId = stage1('zh-CN');
    const out = await exportOf(rt, 'minutes', 'pdf', { sessionId });
    expect(out.file.mime).toBe('application/pdf');
    expect(out.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [w, h] = mediaBox(out.bytes);
    expect(Math.round(w!)).toBe(595);
    expect(Math.round(h!)).toBe(842);
    // Chinese glyphs come from an embedded CJK face (the shipped Noto Serif SC), not from a fallback box font.
    expect(out.bytes.toString('latin1')).toMatch(/\/FontName\s*\/[A-Z]{6}\+NotoSerifSC/);
    const text = pdfText(out.bytes);
    if (text !== null) {
      expect(squash(text)).toContain('常委会层面战略对接研讨会');
      // Each note as the minutes print it: without the speaker's name typed in front ("江辰插话：…").
      const said = (note: Note) => note.text.replace(new RegExp(`^${note.speakerName}(插话)?：`), '');
      for (const note of ok(rt.core.call('note.all', { sessionId })) as Note[]) expect(squash(text)).toContain(squash(said(note)));
      expect(text).not.toContain('\u25A1');
    }
  });

  it('prints the wide task table on A4 landscape', { timeout: 120_000 }, async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    const out = await exportOf(rt, 'tasks', 'pdf', { sessionId: stage1('zh-CN') });
    const [w, h] = mediaBox(out.bytes);
    expect(Math.round(w!)).toBe(842);
    expect(Math.round(h!)).toBe(595);
  });

  it('runs no script of the page, even one without a CSP of its own', { timeout: 120_000 }, async () => {
    const html =
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>' +
      '<p>静态文字 static</p><p id="x">未改</p>' +
      '<script>document.getElementById("x").textContent = "SCRIPT RAN"</script>' +
      '<img src="data:," onerror="document.body.append(\'ONERROR RAN\')"><img src="x" onerror="document.body.append(\'ONERROR RAN\')">' +
      '</body></html>';
    const pdf = await htmlToPdf(html);
    const text = pdfText(pdf);
    if (text !== null) {
      expect(text).toContain('静态文字 static');
      expect(text).toContain('未改');
      expect(text).not.toContain('SCRIPT RAN');
      expect(text).not.toContain('ONERROR RAN');
    } else {
      expect(pdf.toString('latin1')).not.toContain('SCRIPT RAN');
    }
  });
});

/** Runs a poppler tool on a PDF in a temp folder and returns its output. */
function poppler(tool: string, pdf: Buffer, args: string[] = []): string {
  const dir = tempDir('convene-poppler-');
  try {
    fs.writeFileSync(path.join(dir, 'in.pdf'), pdf);
    const run = spawnSync(tool, [...args, path.join(dir, 'in.pdf'), ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr}`);
    return run.stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** pdffonts' table: the embedded font names and their types. */
const fontsOf = (pdf: Buffer) =>
  poppler('pdffonts', pdf)
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => ({ name: line.slice(0, 37).trim(), type: line.slice(37, 55).trim() }));

/** One page's text as laid out (pdftotext -layout), pages counted from 1. */
const pageText = (pdf: Buffer, page: number) => poppler('pdftotext', pdf, ['-enc', 'UTF-8', '-layout', '-f', String(page), '-l', String(page)]);

/** A line's width in characters of the body: CJK and full-width forms one, others half. */
const ems = (line: string) => [...line.replace(/\s+/g, '')].reduce((sum, ch) => sum + (/[\u2E80-\u9FFF\uFF00-\uFF60\u3000-\u303F\u2014\u2018-\u201D\u2026]/u.test(ch) ? 1 : 0.5), 0);

describe.skipIf(!CHROMIUM || !PDFTOTEXT || !PDFFONTS)(
  `the PDF is the Word document${CHROMIUM && PDFTOTEXT && PDFFONTS ? '' : ' (skipped: needs Chromium and poppler-utils: apt-get install chromium poppler-utils)'}`,
  () => {
    let rt: TestRuntime;
    beforeEach(() => {
      rt = testRuntime({ now: testClock(new Date(2027, 0, 11, 18, 0).toISOString()).now });
    });
    afterEach(() => rt.cleanup());

    it('Chinese minutes: GB/T 9704 page, the Word file’s numbered headings, "— 1 —" on the outer side, shipped SC fonts, no Type 3', { timeout: 180_000 }, async () => {
      ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
      const sessionId = stage1('zh-CN');
      const pdf = (await exportOf(rt, 'minutes', 'pdf', { sessionId })).bytes;
      const docx = await readDocx((await exportOf(rt, 'minutes', 'docx', { sessionId })).bytes);

      // Real fonts only, and only the shipped simplified-Chinese faces: no system font, no Type 3 glyphs.
      const fonts = fontsOf(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => f.type === 'Type 3')).toEqual([]);
      for (const f of fonts) {
        expect(f.type).toBe('CID TrueType');
        expect(f.name).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)SC/);
      }
      expect(fonts.some((f) => /NotoSansSC/.test(f.name))).toBe(true);

      const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))?.[1] ?? 0);
      expect(pages).toBeGreaterThanOrEqual(2);
      const texts = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1));
      const lines = texts.flatMap((t) => t.split('\n'));
      // The title on one line, as in the Word file.
      const title = docx.paragraphs.find((p) => p.style === 'Title')!.text;
      expect(lines.some((l) => l.trim() === title)).toBe(true);
      // The same numbered headings, in the same order (一、 for sections; under them the items, which in
      // the sample carry their own ordinal, 交流发言（一）…, so neither file numbers them again).
      const headings = docx.paragraphs.filter((p) => p.style === 'Heading1' || p.style === 'Heading2').map((p) => p.text.replace(/\s+/g, ''));
      expect(headings).toContain('一、会议议程');
      expect(headings.some((h) => /^交流发言（一）/.test(h))).toBe(true);
      const flow = squash(pdfText(pdf)!);
      // Each after the one before (an item's title is also in the agenda table, above the headings).
      let from = 0;
      const at = headings.map((h) => (from = flow.indexOf(h, from)));
      expect(at.every((i) => i >= 0), `${headings.join(' ')} in ${flow}`).toBe(true);
      // The table header 序号 whole, never 序/号.
      expect(lines.some((l) => /序号\s+议题/.test(l))).toBe(true);
      // Page numbers "— n —": odd pages at the right, even pages at the left.
      texts.forEach((text, i) => {
        // pdftotext drops the thin spaces inside "— 1 —".
        const numberLine = text.split('\n').find((l) => new RegExp(`^—\\s*${i + 1}\\s*—$`).test(l.trim()));
        expect(numberLine, `page ${i + 1}`).toBeDefined();
        const indent = numberLine!.length - numberLine!.trimStart().length;
        if ((i + 1) % 2 === 1) expect(indent, `page ${i + 1} number at the right`).toBeGreaterThan(30);
        else expect(indent, `page ${i + 1} number at the left`).toBeLessThan(10);
      });
      // 28 characters to a line: no body line is longer, and full lines are that long.
      const body = lines.filter((l) => !/[—│|]/.test(l) && !/\s{3,}\S/.test(l.trim()));
      const widths = body.map(ems);
      expect(Math.max(...widths)).toBeLessThanOrEqual(28.5);
      expect(widths.filter((w) => w >= 27.5).length).toBeGreaterThan(5);
    });

    it('English quotes and apostrophes are proportional, from the Latin face: "the chair’s" is one word on the page', { timeout: 180_000 }, async () => {
      ok(rt.core.call('sample.load', { locale: 'en' }));
      const pdf = (await exportOf(rt, 'seating', 'pdf', { sessionId: stage1('en') })).bytes;
      expect(pageText(pdf, 1)).toContain('chair’s left');
      expect(fontsOf(pdf).map((f) => f.name).some((name) => /\+NotoSerif-Regular$/.test(name))).toBe(true);
    });

    it('English minutes, agenda and tasks print through the same path with shipped fonts only', { timeout: 180_000 }, async () => {
      ok(rt.core.call('sample.load', { locale: 'en' }));
      const sessionId = stage1('en');
      for (const kind of ['minutes', 'agenda', 'tasks'] as const) {
        const pdf = (await exportOf(rt, kind, 'pdf', { sessionId })).bytes;
        const fonts = fontsOf(pdf);
        expect(fonts.filter((f) => f.type === 'Type 3'), kind).toEqual([]);
        // The shipped faces only: the SC ones, and for quotes and dashes their Latin twins (fonts.ts).
        for (const f of fonts) expect(f.name, kind).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)(SC)?[A-Za-z]*-/);
      }
      ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
      const zhAgenda = (await exportOf(rt, 'agenda', 'pdf', { sessionId: stage1('zh-CN') })).bytes;
      expect(fontsOf(zhAgenda).filter((f) => f.type === 'Type 3')).toEqual([]);
      expect(pageText(zhAgenda, 1)).toMatch(/序号/);
      expect(pageText(zhAgenda, 1)).toMatch(/^\s+1\s*$/m);
    });
  },
);
