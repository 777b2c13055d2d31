import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../main/db/migrations/index.js';
import { openRuntime } from '../../main/service/runtime.js';
import fs from 'node:fs';
import { checkBackupFile, listBackups } from '../../main/db/backup.js';
import { openRecoverable } from '../../main/service/recovery.js';
import { bundleChildren, child, crashCycles, integrity } from '../crash/harness.js';
import { BACKED_UP_TITLE, backupFolderNames, folderWithBackups } from '../helpers/backups.js';
import { ok, tempDir } from '../helpers/runtime.js';

/**
 * Crash safety (test/crash/harness.ts): a child writes through the real core and is killed with
 * SIGKILL at random moments; after each kill the database must pass integrity_check and hold every
 * acknowledged write, and nothing half-written. `npm run bench -- crash` runs more cycles.
 */
const CYCLES = Number(process.env.CONVENE_CRASH_CYCLES ?? 50);

describe('crash safety', () => {
  let dir: string;
  let sessionId: string;
  let programmeId: string;

  beforeAll(async () => {
    await bundleChildren();
    dir = tempDir('convene-crash-');
    const rt = openRuntime({ dataDir: dir });
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    sessionId = 'sample-zh-1-session-leadership_seminar';
    programmeId = 'sample-zh-1';
    rt.close({ backup: false });
  });
  afterAll(() => {
    // Left for inspection when a cycle failed; the OS cleans temp folders.
  });

  it(`loses no acknowledged write and leaves nothing half-written across ${CYCLES} SIGKILLs`, async () => {
    const tally = await crashCycles({ dir, sessionId, programmeId, cycles: CYCLES });
    const total = tally.notes + tally.actions + tally.edits;
    console.log(
      `crash safety: ${CYCLES} SIGKILL cycles, ${total} acknowledged writes checked (${tally.notes} notes, ${tally.actions} actions, ${tally.edits} edits), ${tally.rows} rows read back`,
    );
    expect(tally.notes).toBeGreaterThan(0);
  }, 600_000);

  it('a kill during a migration leaves the database at its old version and intact', async () => {
    const mdir = tempDir('convene-crash-migrate-');
    const file = path.join(mdir, 'convene.db');
    const rt = openRuntime({ dataDir: mdir });
    ok(rt.core.call('programme.create', { title: '迁移前的数据' }));
    rt.close({ backup: false });
    await new Promise<void>((resolve, reject) => {
      const proc = child('migrator.ts', [file, path.join(mdir, 'backups')]);
      let out = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        // The backup is taken first; give the slow step time to be well under way, then kill.
        if (out.includes('MIGRATING')) setTimeout(() => proc.kill('SIGKILL'), 1500);
      });
      proc.on('exit', (_code, signal) => (signal === 'SIGKILL' && !out.includes('DONE') ? resolve() : reject(new Error(`migration was not interrupted: ${out}`))));
    });
    expect(integrity(file)).toEqual(['ok']);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'slow_step'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT title FROM programme').pluck().all()).toEqual(['迁移前的数据']);
    db.close();
  }, 60_000);

  it('a kill during the at-quit backup leaves only good backups listed, the latest a good one, and the next start removes the half copy', async () => {
    // 40 MB: the backup (VACUUM INTO, then its check) takes a few hundred milliseconds, and the kill
    // lands as soon as the backup's first file appears.
    const folder = folderWithBackups({ quits: 2, fillerMegabytes: 40, prefix: 'convene-crash-quit-' });
    const before = backupFolderNames(folder);
    expect(folder.backups).toHaveLength(2);
    const leftBehind = await new Promise<string[]>((resolve, reject) => {
      const proc = child('quitter.ts', [folder.dir]);
      let out = '';
      let killed = false;
      proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      const watcher = fs.watch(folder.backupDir, () => {
        const added = backupFolderNames(folder).filter((name) => !before.includes(name));
        if (added.length === 0 || killed) return;
        killed = true;
        proc.kill('SIGKILL');
      });
      proc.on('exit', (_code, signal) => {
        watcher.close();
        if (signal === 'SIGKILL' && !out.includes('DONE')) resolve(backupFolderNames(folder).filter((name) => !before.includes(name)));
        else reject(new Error(`the backup was not interrupted: ${out}`));
      });
    });
    // What the kill left (a half-written copy and its journal) is there, under names no listing takes.
    expect(leftBehind.length).toBeGreaterThan(0);
    const listed = listBackups(folder.backupDir).map((b) => b.file);
    expect(listed).toEqual(folder.backups);
    for (const file of listed) expect(checkBackupFile(file)).toEqual([]);

    // The next start removes the half copy; recovery (were it needed) would offer the good ones.
    const next = openRecoverable({ dataDir: folder.dir });
    expect(next.runtime()).not.toBeNull();
    expect(backupFolderNames(folder)).toEqual(before);
    expect(await next.service.call('programme.list', {})).toMatchObject({ ok: true, value: [{ title: BACKED_UP_TITLE }] });
    next.close({ backup: false });
  }, 120_000);
});
