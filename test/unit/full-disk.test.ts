import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resources } from '../../shared/i18n/index.js';
import { main } from '../../main/cli/main.js';
import { describeFailure } from '../../main/cli/open-errors.js';
import { openRuntime } from '../../main/service/runtime.js';
import { listBackups, partialName } from '../../main/db/backup.js';
import { bundleChildren, childPath } from '../crash/harness.js';
import { backupFolderNames, folderWithBackups, type BackedUpFolder } from '../helpers/backups.js';
import { ok, snapshot, tempDir, testRuntime, type TestRuntime } from '../helpers/runtime.js';

/**
 * A full disk, simulated with SQLite's max_page_count: the database cannot grow past its current
 * size. A save must fail with a clear, translated message and leave everything as it was.
 */
let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime();
});
afterEach(() => rt.cleanup());

describe('a full disk', () => {
  it('refuses a save with storage_full and keeps the previous state intact', () => {
    const programme = ok(rt.core.call('programme.create', { title: '清源县' })) as { id: string };
    const stage = ok(rt.core.call('stage.create', { programmeId: programme.id, title: '阶段' })) as { id: string };
    const session = ok(rt.core.call('session.create', { stageId: stage.id, title: '研讨会' })) as { id: string };
    ok(rt.core.call('note.create', { sessionId: session.id, category: 'idea', text: '保存成功的记录' }));
    const db = rt.core.db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const before = snapshot(db);

    let failure: unknown;
    for (let i = 0; i < 200 && !failure; i++) {
      const result = rt.core.call('note.create', { sessionId: session.id, category: 'idea', text: `很长的记录 ${i} ${'字'.repeat(8000)}` });
      if (!result.ok) failure = result.error;
      else before.note = snapshot(db).note!;
    }
    expect(failure).toEqual({ code: 'storage_full' });
    expect(resources['zh-CN'].errors.code.storage_full).toContain('已满');
    expect(resources.en.errors.code.storage_full).toContain('full');
    // Everything committed before the failure is there, and the failed call left no trace.
    expect(snapshot(db)).toEqual(before);
    expect(db.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
    db.pragma('max_page_count = 1073741823');
    ok(rt.core.call('note.create', { sessionId: session.id, category: 'idea', text: '空间恢复后可以继续保存' }));
  });
});

/**
 * A full disk for backups, two ways, both real refusals from the kernel: `/dev/full` (every write
 * answers ENOSPC) under the name the copy is written to, and a child process under a shell's
 * `ulimit -f` (every write past 512 KB fails; Node ignores SIGXFSZ, so the process lives on and
 * reports). The backup must fail and leave nothing: no file under a backup's name or --out, no
 * temporary file, every earlier backup listed as before.
 */
describe('a full disk while backing up', () => {
  const ROOT = fileURLToPath(new URL('../../', import.meta.url));
  const folders: BackedUpFolder[] = [];
  beforeAll(() => bundleChildren(), 60_000);
  afterEach(() => folders.splice(0).forEach((f) => fs.rmSync(f.dir, { recursive: true, force: true })));

  /** A folder whose database (2 MB) does not fit under the 512 KB limit. */
  function folder(): BackedUpFolder {
    const made = folderWithBackups({ quits: 2, fillerMegabytes: 2, prefix: 'convene-full-backup-' });
    folders.push(made);
    return made;
  }

  /** Runs `node <args>` with every file it writes limited to 512 KB. */
  function underFileSizeLimit(args: string[]) {
    const result = spawnSync('sh', ['-c', 'ulimit -f 1024; exec "$0" "$@"', process.execPath, ...args], {
      cwd: ROOT,
      env: { ...process.env, CONVENE_FROM_SOURCE: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it.skipIf(!fs.existsSync('/dev/full'))('a manual backup fails with storage_full and leaves no file', () => {
    const f = folder();
    const at = new Date(Date.UTC(2027, 5, 1));
    const rt = openRuntime({ dataDir: f.dir, now: () => at });
    const before = backupFolderNames(f);
    fs.symlinkSync('/dev/full', partialName(path.join(f.backupDir, 'convene-20270601T000000000Z-manual.db')));
    expect(rt.core.call('backup.create', {})).toEqual({ ok: false, error: { code: 'storage_full' } });
    expect(backupFolderNames(f)).toEqual(before);
    expect(listBackups(f.backupDir).map((b) => b.file)).toEqual(f.backups);
    rt.close({ backup: false });
  });

  it('the at-quit backup fails and leaves no file: the good backups stay the latest', () => {
    const f = folder();
    const before = backupFolderNames(f);
    const quit = underFileSizeLimit([childPath('quitter.ts'), f.dir]);
    expect(quit.stdout).toMatch(/FAILED SQLITE_/);
    expect(backupFolderNames(f)).toEqual(before);
    expect(listBackups(f.backupDir).map((b) => b.file)).toEqual(f.backups);
  });

  it('`convene backup --out F` fails with a clear message and never leaves F, empty or cut off', () => {
    const f = folder();
    const out = path.join(f.dir, 'copy.db');
    const result = underFileSizeLimit([path.join(ROOT, 'scripts', 'convene.mjs'), 'backup', '--data', f.dir, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/backing up .*convene\.db failed/);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(f.dir).filter((name) => name.startsWith('copy.db'))).toEqual([]);
  }, 60_000);
});

/** What Node throws when a write finds no space left: the CLI meets it wherever it writes. */
const enospc = (syscall: string) => Object.assign(new Error(`ENOSPC: no space left on device, ${syscall}`), { code: 'ENOSPC', errno: -28, syscall });

async function convene(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line), env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('the command line on a full disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('convene-cli-full-');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says "the disk is full" in words, not "unexpected error", when the data folder cannot be made', async () => {
    const data = path.join(dir, 'data');
    const mkdir = fs.mkdirSync;
    vi.spyOn(fs, 'mkdirSync').mockImplementation((target, options) => {
      if (String(target).startsWith(data)) throw enospc('mkdir');
      return mkdir(target, options);
    });
    const result = await convene('sample', '--lang', 'zh-CN', '--data', data);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^convene sample: the disk is full \(no space left on the device\): free some space and try again/);
    expect(result.stderr).not.toMatch(/unexpected error/);
  });

  it('says so when the file being written finds no space, and leaves no file behind', async () => {
    const data = path.join(dir, 'data');
    expect((await convene('sample', '--lang', 'zh-CN', '--data', data)).code).toBe(0);
    const out = path.join(dir, 'leadership.convene');
    vi.spyOn(fs, 'writeFileSync').mockImplementation(() => {
      throw enospc('write');
    });
    const result = await convene('bundle', 'export', '--session', 'sample-zh-1-session-leadership_seminar', '--out', out, '--data', data);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`convene bundle: cannot write ${out}: the disk is full (no space left on the device): free some space and try again`);
    expect(fs.readdirSync(dir)).toEqual(['data']);
  });

  it("knows SQLite's and the core's words for it too", () => {
    const sqlite = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(describeFailure(sqlite)).toMatch(/^the disk is full/);
    expect(describeFailure(new Error('wrapped', { cause: enospc('write') }))).toMatch(/^the disk is full/);
    expect(describeFailure(new Error('something else'))).toBeNull();
  });
});
