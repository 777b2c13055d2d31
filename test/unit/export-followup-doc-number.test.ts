/**
 * The digest's 文号 (发文字号, issue 17): `convene export followup --doc-number` prints it centred
 * above the red separator line, before the title, as GB/T 9704's 版头 has it, in Word and PDF and in
 * both languages; without it there is no line at all (no empty paragraph, no red rule). Bad numbers
 * (too long, control characters, several lines, on the ledger) are refused before anything is read.
 * Read back with the repository's independent Word reader and with pdftotext.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChannels } from '../../shared/contract/channels-minutes.js';
import { main } from '../../main/cli/main.js';
import { findChromium } from '../../main/export/pdf/chromium.js';
import { openRuntime } from '../../main/service/runtime.js';
import { testClock } from '../helpers/clock.js';
import { ok, tempDir } from '../helpers/runtime.js';
import { readDocx, W } from './export-docx-reader.js';

const NUMBER = '清政督〔2026〕3号';
let tmp: string;
let data: string;
let programmeId: string;

beforeAll(() => {
  tmp = tempDir('convene-docnumber-');
  data = path.join(tmp, 'data');
  const runtime = openRuntime({ dataDir: data, now: testClock('2025-09-20T02:00:00Z').now });
  const call = runtime.core.call.bind(runtime.core) as (name: string, input: unknown) => { ok: true; value: unknown } | { ok: false; error: unknown };
  programmeId = (ok(call('programme.create', { title: '清源县督办' })) as { id: string }).id;
  const unitId = (ok(call('unit.create', { name: '县发改局', kind: 'department' })) as { id: string }).id;
  ok(call('action.create', { programmeId, title: '报送产业规划方案', leadUnitId: unitId, dueDate: '2025-10-09' }));
  runtime.close({ backup: false });
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]) {
  const err: string[] = [];
  const code = await main(['export', 'followup', '--programme', programmeId, '--data', data, '--as-of', '2025-09-30', ...args], { out: () => {}, err: (l) => err.push(l), env: {} });
  return { code, stderr: err.join('\n') };
}
const file = (name: string) => path.join(tmp, name);

/** The body's paragraphs before the first table, with their alignment and bottom border as Word reads them. */
async function head(name: string) {
  const docx = await readDocx(fs.readFileSync(file(name)));
  const body = docx.document.getElementsByTagNameNS(W, 'body')[0]!;
  const out: { text: string; jc: string | null; bottom: { val: string | null; color: string | null } | null }[] = [];
  for (const node of Array.from(body.childNodes)) {
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    if (e.localName === 'tbl') break;
    if (e.localName !== 'p') continue;
    const bottom = e.getElementsByTagNameNS(W, 'pBdr')[0]?.getElementsByTagNameNS(W, 'bottom')[0];
    out.push({
      text: Array.from(e.getElementsByTagNameNS(W, 't')).map((t) => t.textContent).join(''),
      jc: e.getElementsByTagNameNS(W, 'jc')[0]?.getAttributeNS(W, 'val') ?? null,
      bottom: bottom ? { val: bottom.getAttributeNS(W, 'val'), color: bottom.getAttributeNS(W, 'color') } : null,
    });
  }
  return out;
}

const pdfText = (name: string) => spawnSync('pdftotext', ['-enc', 'UTF-8', file(name), '-'], { encoding: 'utf8' }).stdout;
const noPdf = !findChromium(undefined) || Boolean(spawnSync('pdftotext', ['-v']).error);

describe('the digest’s 文号', () => {
  it('Word: the number centred first, a red line under it, two blank lines, then the title', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const name = `numbered-${lang}.docx`;
      expect((await cli(['--format', 'docx', '--lang', lang, '--doc-number', `  ${NUMBER} `, '--out', file(name)])).code).toBe(0);
      const [number, blank1, blank2, title] = await head(name);
      expect(number).toEqual({ text: NUMBER, jc: 'center', bottom: { val: 'single', color: 'FF0000' } });
      expect([blank1!.text, blank2!.text]).toEqual(['', '']);
      expect(title!.text).toBe(lang === 'en' ? 'Follow-up digest' : '督办通报');
    }
  });

  it('Word: without a number the title comes first, and nothing is red', async () => {
    expect((await cli(['--format', 'docx', '--out', file('plain.docx')])).code).toBe(0);
    const paragraphs = await head('plain.docx');
    expect(paragraphs[0]!.text).toBe('督办通报');
    expect(paragraphs.some((p) => p.bottom !== null)).toBe(false);
    // An empty --doc-number is a mistake on the command line, said as every option says it.
    expect((await cli(['--format', 'docx', '--doc-number', ' ', '--out', file('empty.docx')])).stderr).toMatch(/--doc-number needs a value/);
  });

  it.skipIf(noPdf)('PDF: the number is the first line, above the title, in both languages; none without it', async () => {
    expect((await cli(['--format', 'pdf', '--doc-number', NUMBER, '--out', file('numbered.pdf')])).code).toBe(0);
    const zh = pdfText('numbered.pdf').split('\n').map((l) => l.trim()).filter(Boolean);
    expect(zh.slice(0, 2)).toEqual([NUMBER, '督办通报']);
    expect((await cli(['--format', 'pdf', '--lang', 'en', '--doc-number', 'QY/2026/3', '--out', file('numbered-en.pdf')])).code).toBe(0);
    const en = pdfText('numbered-en.pdf').split('\n').map((l) => l.trim()).filter(Boolean);
    expect(en.slice(0, 2)).toEqual(['QY/2026/3', 'Follow-up digest']);
    expect((await cli(['--format', 'pdf', '--out', file('plain.pdf')])).code).toBe(0);
    expect(pdfText('plain.pdf').split('\n').map((l) => l.trim()).find(Boolean)).toBe('督办通报');
  });

  it('refuses a number too long, with a control character, on several lines or on the ledger, before writing anything', async () => {
    for (const bad of ['号'.repeat(61), `清政督\u0007〔2026〕3号`, '清政督\n〔2026〕3号', '清政督\t3号']) {
      const run = await cli(['--format', 'docx', '--doc-number', bad, '--out', file('bad.docx')]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/--doc-number takes one line of at most 60 characters/);
    }
    const ledger = await cli(['--format', 'xlsx', '--doc-number', NUMBER, '--out', file('bad.xlsx')]);
    expect(ledger.stderr).toMatch(/--doc-number is for the followup digest only/);
    expect(fs.existsSync(file('bad.docx')) || fs.existsSync(file('bad.xlsx'))).toBe(false);
  });

  it('the channel refuses the same numbers with field issues the UI translates', () => {
    const schema = exportChannels['export.render'].input;
    const issues = (docNumber: string) => {
      const parsed = schema.safeParse({ kind: 'followup-digest', format: 'docx', programmeId: 'p1', docNumber });
      return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.code === 'custom' ? i.message : i.code]);
    };
    expect(issues(NUMBER)).toEqual([]);
    expect(issues('号'.repeat(61))).toEqual([['docNumber', 'too_big']]);
    expect(issues('a\u0001b')).toEqual([['docNumber', 'control_character']]);
    expect(issues('a\nb')).toEqual([['docNumber', 'single_line']]);
  });
});
