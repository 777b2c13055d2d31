/**
 * A real word processor opens the minutes: LibreOffice converts the DOCX to PDF, as an office
 * without Word would, and the Chinese text comes out whole, on A4. Skipped where LibreOffice is not
 * installed (apt-get install libreoffice-writer-nogui poppler-utils; .ci/run installs them).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes.js';
import { testClock } from '../helpers/clock.js';
import { exportOf, specialisedAction, stage1 } from '../helpers/export.js';
import { ok, tempDir, testRuntime, type TestRuntime } from '../helpers/runtime.js';

const SOFFICE = ['soffice', 'libreoffice'].find((bin) => !spawnSync(bin, ['--version']).error) ?? null;
const PDFTOTEXT = !spawnSync('pdftotext', ['-v']).error;

describe.skipIf(!SOFFICE || !PDFTOTEXT)(
  `DOCX opened by LibreOffice${SOFFICE && PDFTOTEXT ? '' : ' (skipped: needs LibreOffice and pdftotext: apt-get install libreoffice-writer poppler-utils)'}`,
  () => {
    let rt: TestRuntime;
    let dir: string;
    beforeEach(() => {
      rt = testRuntime({ now: testClock(new Date('2027-01-11T18:00:00+08:00').toISOString()).now });
      dir = tempDir('convene-soffice-');
    });
    afterEach(() => {
      rt.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('converts the Chinese minutes to an A4 PDF with every note and the task row', { timeout: 180_000 }, async () => {
      ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
      specialisedAction(rt, 'zh-CN');
      const sessionId = stage1('zh-CN');
      const out = await exportOf(rt, 'minutes', 'docx', { sessionId });
      const docx = path.join(dir, 'minutes.docx');
      fs.writeFileSync(docx, out.bytes);
      // A profile of its own: a LibreOffice the user has open (or another test) does not get in the way.
      const profile = pathToFileURL(path.join(dir, 'profile')).href;
      const run = spawnSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
        encoding: 'utf8',
        timeout: 170_000,
      });
      const pdf = path.join(dir, 'minutes.pdf');
      expect(fs.existsSync(pdf), `soffice: ${run.stdout} ${run.stderr}`).toBe(true);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '').replace(/—\d+—/g, '');
      expect(text).toContain('常委会层面战略对接研讨会会议纪要');
      expect(text).toContain('一、会议议程');
      // Each note as the minutes print it: without the speaker's name typed in front ("江辰插话：…").
      // pdftotext drops a 、 that LibreOffice hangs at the end of a line: compare without them.
      const said = (note: Note) => note.text.replace(new RegExp(`^${note.speakerName}(插话)?：`), '');
      for (const note of ok(rt.core.call('note.all', { sessionId })) as Note[]) expect(text.replace(/、/g, '')).toContain(said(note).replace(/[\s、]+/g, ''));
      // The co-operating units wrap in their cell (pdftotext reads the row's lines across the cells); the date never wraps.
      expect(text).toContain('清源县财政局');
      expect(text).toContain('2027年2月11日');
      // The same numbered headings and outer page numbers as the printed PDF (test/unit/export-pdf.test.ts).
      expect(text).toContain('二、发言摘要');
      expect(spawnSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).stdout).toMatch(/—\s*1\s*—/);
    });

    /** The DOCX converted by LibreOffice, as pdffonts lists its fonts, and the PDF's bytes. */
    function convert(bytes: Buffer, name: string): { fonts: string[]; pdf: Buffer } {
      const docx = path.join(dir, `${name}.docx`);
      fs.writeFileSync(docx, bytes);
      const profile = pathToFileURL(path.join(dir, 'profile')).href;
      spawnSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 170_000 });
      const pdf = path.join(dir, `${name}.pdf`);
      expect(fs.existsSync(pdf), name).toBe(true);
      const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' })
        .stdout.split('\n')
        .slice(2)
        .filter((l) => l.trim())
        .map((l) => l.slice(0, 37).trim().replace(/^[A-Z]{6}\+/, ''));
      return { fonts, pdf: fs.readFileSync(pdf) };
    }
    /** The embedded font programs of a PDF: what its glyphs look like. */
    const fontPrograms = (pdf: Buffer) => {
      const text = pdf.toString('latin1');
      const ids = [...text.matchAll(/\/FontFile\d?\s+(\d+) 0 R/g)].map((m) => m[1]!);
      return ids.map((id) => {
        const at = text.indexOf(`\n${id} 0 obj`);
        const start = text.indexOf('stream', at) + 'stream'.length;
        return text.slice(start, text.indexOf('endstream', start));
      });
    };

    it('sets Chinese in simplified-Chinese forms where the official fonts are missing, English in Liberation Serif', { timeout: 300_000 }, async () => {
      ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
      const zh = await exportOf(rt, 'minutes', 'docx', { sessionId: stage1('zh-CN') });
      const { fonts, pdf } = convert(zh.bytes, 'zh');
      // No face without Chinese (DejaVu), and the Chinese faces from Noto CJK. LibreOffice 7.4 names the
      // face after the first of its collection (…CJKjp), but draws the forms of the text's language:
      // the document says zh-CN, so the same text marked ja-JP comes out in other glyphs (门, 骨, centred ：).
      expect(fonts.filter((f) => /DejaVu/i.test(f))).toEqual([]);
      expect(fonts.some((f) => /NotoS(erif|ans)CJK/i.test(f))).toBe(true);
      const japanese = await JSZip.loadAsync(zh.bytes);
      const styles = await japanese.file('word/styles.xml')!.async('string');
      expect(styles).toContain('<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>');
      japanese.file('word/styles.xml', styles.replaceAll('w:eastAsia="zh-CN"', 'w:eastAsia="ja-JP"'));
      const ja = convert(await japanese.generateAsync({ type: 'nodebuffer' }), 'ja');
      expect(fontPrograms(pdf).join('')).not.toBe(fontPrograms(ja.pdf).join(''));

      ok(rt.core.call('sample.load', { locale: 'en' }));
      const en = convert((await exportOf(rt, 'minutes', 'docx', { sessionId: stage1('en') })).bytes, 'en');
      expect(en.fonts.filter((f) => /DejaVu/i.test(f))).toEqual([]);
      expect(en.fonts.some((f) => /LiberationSerif/.test(f))).toBe(true);
    });
  },
);
