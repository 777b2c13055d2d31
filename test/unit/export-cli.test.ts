/**
 * `convene export` and `convene list`: in-process through main() (fast, and the same argument
 * parsing), plus one run through the real bin script. The files written are read back.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/main.js';
import { openRuntime } from '../../main/service/runtime.js';
import { findChromium } from '../../main/export/pdf/chromium.js';
import { parseCsv, readXlsx, renderedMarkdown, specialisedAction, stage1 } from '../helpers/export.js';
import { ok, tempDir } from '../helpers/runtime.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SESSION = stage1('zh-CN');

let tmp: string;
let data: string;

beforeAll(() => {
  tmp = tempDir('convene-export-cli-');
  data = path.join(tmp, 'data');
  const runtime = openRuntime({ dataDir: data });
  ok(runtime.core.call('sample.load', { locale: 'zh-CN' }));
  specialisedAction(runtime, 'zh-CN');
  runtime.close({ backup: false });
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { ...env, CONVENE_DATA_DIR: data } });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const file = (name: string) => path.join(tmp, name);

describe('convene list', () => {
  it('prints programmes as a tree of stages and sessions with their IDs', async () => {
    const { code, stdout } = await cli(['list', '--data', data]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^清源县高质量发展战略布局专题研讨 {2}\[sample-zh-1\] {2}\(zh-CN\)$/m);
    expect(stdout).toMatch(/^├─ 常委会层面研讨 {2}\[sample-zh-1-stage-leadership\]$/m);
    expect(stdout).toMatch(/^│ {2}└─ 2027-01-11 {2}常委会层面战略对接研讨会 {2}\[sample-zh-1-session-leadership_seminar\]$/m);
  });

  it('says so for an empty folder and refuses one without a database', async () => {
    const empty = path.join(tmp, 'empty');
    openRuntime({ dataDir: empty }).close({ backup: false });
    expect((await cli(['list', '--data', empty])).stdout).toMatch(/No programmes in .*convene sample/);
    const missing = await cli(['list', '--data', path.join(tmp, 'missing')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no Convene database in/);
    expect(fs.existsSync(path.join(tmp, 'missing'))).toBe(false);
  });
});

describe('convene export', () => {
  it('writes each kind to a file and prints its path', async () => {
    const minutes = await cli(['export', 'minutes', '--session', SESSION, '--format', 'md', '--out', file('minutes.md')]);
    expect(minutes).toMatchObject({ code: 0, stdout: file('minutes.md') });
    expect(renderedMarkdown(fs.readFileSync(file('minutes.md'), 'utf8')).querySelector('h1')!.text).toBe('常委会层面战略对接研讨会会议纪要');

    expect((await cli(['export', 'tasks', '--programme', 'sample-zh-1', '--format', 'xlsx', '--out', file('tasks.xlsx')])).code).toBe(0);
    const { rows } = await readXlsx(fs.readFileSync(file('tasks.xlsx')));
    expect(rows.some((r) => String(r[1]).includes('专精特新') && r[2] === '清源县工业和信息化局')).toBe(true);

    expect((await cli(['export', 'opinions', '--session', SESSION, '--format', 'csv', '--out', file('opinions.csv')])).code).toBe(0);
    expect(parseCsv(fs.readFileSync(file('opinions.csv'), 'utf8').slice(1))[0]).toContain('意见建议');

    expect((await cli(['export', 'agenda', '--session', SESSION, '--format', 'html', '--lang', 'en', '--out', file('agenda.html')])).code).toBe(0);
    expect(fs.readFileSync(file('agenda.html'), 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);

    expect((await cli(['export', 'minutes', '--session', SESSION, '--format', 'docx', '--out', file('minutes.docx')])).code).toBe(0);
    expect(fs.readFileSync(file('minutes.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    // Only the finished files: no temporary file is left beside them.
    expect(fs.readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('never replaces a file unless --force', async () => {
    fs.writeFileSync(file('taken.md'), 'mine');
    const refused = await cli(['export', 'minutes', '--session', SESSION, '--format', 'md', '--out', file('taken.md')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(fs.readFileSync(file('taken.md'), 'utf8')).toBe('mine');
    const forced = await cli(['export', 'minutes', '--session', SESSION, '--format', 'md', '--out', file('taken.md'), '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(file('taken.md'), 'utf8')).toMatch(/^# 常委会层面战略对接研讨会/);
  });

  it('exits 2 with a clear message for bad arguments, before opening anything', async () => {
    const cases: [string[], RegExp][] = [
      [['export'], /say what to export: minutes, tasks, opinions, agenda/],
      [['export', 'budget', '--session', SESSION, '--format', 'md'], /what to export must be one of/],
      [['export', 'minutes', '--session', SESSION, '--format', 'xlsx'], /minutes can be exported as docx, pdf, md, html, not xlsx/],
      [['export', 'minutes', '--session', SESSION, '--format', 'exe'], /--format must be one of/],
      [['export', 'minutes', '--session', SESSION], /missing --format/],
      [['export', 'minutes', '--format', 'md'], /missing --session/],
      [['export', 'tasks', '--session', SESSION, '--programme', 'p', '--format', 'csv'], /not both/],
      [['export', 'agenda', '--programme', 'sample-zh-1', '--format', 'md'], /use --session/],
      [['export', 'minutes', '--session', SESSION, '--format', 'md', '--lang', 'fr'], /--lang must be one of zh-CN, en/],
      [['export', 'minutes', 'tasks', '--session', SESSION, '--format', 'md'], /unexpected argument 'tasks'/],
      [['export', 'minutes', '--session', SESSION, '--format', 'md', '--verbose'], /--verbose/],
    ];
    for (const [args, message] of cases) {
      const result = await cli([...args, '--out', file('never.md')]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/convene export --help/);
    }
    expect(fs.existsSync(file('never.md'))).toBe(false);
  });

  it('exports an earlier approved version with --version, and says so when a version cannot be exported', async () => {
    // A folder of its own: the sample's version 1 is approved, then a revision (version 2) is started.
    const own = path.join(tmp, 'versions');
    const runtime = openRuntime({ dataDir: own });
    ok(runtime.core.call('sample.load', { locale: 'zh-CN' }));
    ok(runtime.core.call('minutes.newVersion', { sessionId: SESSION }));
    runtime.close({ backup: false });
    const run = (args: string[]) => cli(['export', ...args, '--data', own]);
    const first = await run(['minutes', '--session', SESSION, '--format', 'md', '--version', '1', '--out', file('v1.md')]);
    expect(first).toMatchObject({ code: 0, stdout: file('v1.md') });
    expect(fs.readFileSync(file('v1.md'), 'utf8')).toContain('第 1 版（已审定）');
    const missing = await run(['minutes', '--session', SESSION, '--format', 'md', '--version', '9', '--out', file('v9.md')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such version of these minutes/);
    for (const args of [['--version', 'two'], ['--version', '0']]) {
      const bad = await run(['minutes', '--session', SESSION, '--format', 'md', ...args, '--out', file('bad.md')]);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toMatch(/--version takes a version number/);
    }
    const tasks = await run(['tasks', '--session', SESSION, '--format', 'csv', '--version', '1', '--out', file('t.csv')]);
    expect(tasks.code).toBe(2);
    expect(tasks.stderr).toMatch(/--version is for minutes only/);
    expect(['v9.md', 'bad.md', 't.csv'].filter((n) => fs.existsSync(file(n)))).toEqual([]);
  });

  it('names an unknown session and points to convene list', async () => {
    const result = await cli(['export', 'minutes', '--session', 'no-such', '--format', 'md', '--out', file('x.md')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no session with id 'no-such'.*convene list/);
    expect(fs.existsSync(file('x.md'))).toBe(false);
  });

  it('says plainly when PDF has no Chromium to print with', async () => {
    const result = await cli(['export', 'minutes', '--session', SESSION, '--format', 'pdf', '--out', file('m.pdf')], { CONVENE_CHROMIUM: path.join(tmp, 'no-chromium') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PDF export needs Chromium.*CONVENE_CHROMIUM/);
    expect(fs.existsSync(file('m.pdf'))).toBe(false);
  });

  it.skipIf(!findChromium(undefined))('prints a PDF with Chromium when there is one', async () => {
    const result = await cli(['export', 'agenda', '--session', SESSION, '--format', 'pdf', '--out', file('agenda.pdf')], process.env);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(file('agenda.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('exports the room’s paper (sign-in sheet, name cards, seating plan) of a session, in Word and PDF only', async () => {
    const docx = (name: string) => spawnSync('unzip', ['-p', file(name), 'word/document.xml'], { encoding: 'utf8' }).stdout;
    for (const kind of ['signin', 'namecards', 'seating']) {
      const result = await cli(['export', kind, '--session', SESSION, '--format', 'docx', '--out', file(`${kind}.docx`)]);
      expect(result, kind).toMatchObject({ code: 0, stdout: file(`${kind}.docx`) });
      // The sample's chair is on every one of them.
      expect(docx(`${kind}.docx`), kind).toContain('江辰');
    }
    expect(docx('signin.docx')).toMatch(/序号[\s\S]*姓名[\s\S]*单位职务[\s\S]*签到/);
    const wrong = await cli(['export', 'signin', '--session', SESSION, '--format', 'md', '--out', file('never.md')]);
    expect(wrong).toMatchObject({ code: 2 });
    expect(wrong.stderr).toMatch(/signin can be exported as docx, pdf, not md/);
    const wide = await cli(['export', 'seating', '--programme', 'sample-zh-1', '--format', 'pdf', '--out', file('never.pdf')]);
    expect(wide.stderr).toMatch(/seating belong to one session: use --session/);
    expect((await cli(['export', 'namecards', '--format', 'pdf'])).stderr).toMatch(/missing --session\. /);
  });

  it.skipIf(!findChromium(undefined) || Boolean(spawnSync('pdftotext', ['-v']).error))('prints the name cards to PDF: a page per person, the name twice on each', async () => {
    const result = await cli(['export', 'namecards', '--session', SESSION, '--format', 'pdf', '--lang', 'en', '--out', file('cards.pdf')], process.env);
    expect(result.code).toBe(0);
    const pages = spawnSync('pdftotext', ['-enc', 'UTF-8', file('cards.pdf'), '-'], { encoding: 'utf8' }).stdout.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(3);
    const first = pages.find((p) => p.includes('江辰'))!;
    expect(first.split('江辰').length - 1).toBe(2);
  });

  it('has --help for both commands', async () => {
    for (const name of ['export', 'list']) {
      const help = await cli([name, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: convene ${name}`));
    }
  });

  it('runs from the bin script, naming the file after the export in the current folder', () => {
    const cwd = tempDir('convene-export-cwd-');
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'convene.mjs'), 'export', 'tasks', '--session', SESSION, '--format', 'csv', '--data', data], {
        cwd,
        env: { ...process.env, CONVENE_FROM_SOURCE: '1' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const written = path.join(fs.realpathSync(cwd), '常委会层面战略对接研讨会-任务分解表-2027-01-11.csv');
      expect(fs.realpathSync(run.stdout.trim())).toBe(written);
      expect(fs.readFileSync(written).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});
