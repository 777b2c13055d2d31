/**
 * A real word processor opens the minutes: LibreOffice converts the DOCX to PDF, as an office
 * without Word would, and the Chinese text comes out whole, on A4. Skipped where LibreOffice is not
 * installed (apt-get install libreoffice-writer); CI does not need it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
    });
  },
);
