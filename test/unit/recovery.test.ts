import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecoveryStatus } from '../../shared/contract/channels-recovery.js';
import Database from 'better-sqlite3';
import { openRuntime } from '../../main/service/runtime.js';
import { checkBackupFile, DEFAULT_KEEP_BACKUPS, listBackups } from '../../main/db/backup.js';
import { openRecoverable, type RecoverableRuntime } from '../../main/service/recovery.js';
import { BACKED_UP_TITLE, backupFolderNames, folderWithBackups, replaceDatabase, type BackedUpFolder } from '../helpers/backups.js';
import { ok, tempDir } from '../helpers/runtime.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A data folder with one programme, a backup holding it, then a damaged database file. */
function damagedFolder() {
  const dir = tempDir('convene-recovery-');
  dirs.push(dir);
  const rt = openRuntime({ dataDir: dir });
  ok(rt.core.call('programme.create', { title: '备份里的项目' }));
  rt.close(); // takes the at-quit backup
  const file = path.join(dir, 'convene.db');
  fs.rmSync(`${file}-wal`, { force: true });
  fs.rmSync(`${file}-shm`, { force: true });
  fs.writeFileSync(file, Buffer.alloc(64 * 1024, 0x42));
  return { dir, file };
}

describe('recovery mode', () => {
  it('a healthy database reports normal mode and refuses a restore', async () => {
    const dir = tempDir('convene-recovery-');
    dirs.push(dir);
    const r = openRecoverable({ dataDir: dir });
    expect(await r.service.call('recovery.status', {})).toEqual({ ok: true, value: { mode: 'normal' } });
    expect(await r.service.call('recovery.restore', { file: 'x.db' })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    r.close({ backup: false });
  });

  it('a damaged database opens in recovery mode, offers the backups, restores the latest and keeps the damaged file', async () => {
    const { dir, file } = damagedFolder();
    const damaged = fs.readFileSync(file);
    const r = openRecoverable({ dataDir: dir });
    expect(r.runtime()).toBeNull();
    const status = (await r.service.call('recovery.status', {})) as { ok: true; value: RecoveryStatus };
    expect(status.value.mode).toBe('corrupt');
    if (status.value.mode === 'normal') return;
    expect(status.value.backups.length).toBeGreaterThan(0);
    expect(await r.service.call('programme.list', {})).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
    expect(await r.service.call('recovery.restore', { file: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await r.service.call('recovery.restore', { file: 'not-a-backup.db' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const events: unknown[] = [];
    r.service.subscribe((e) => events.push(e));
    const latest = path.basename(status.value.backups[0]!.file);
    const restored = (await r.service.call('recovery.restore', { file: latest })) as { ok: true; value: { damagedKeptAs: string } };
    expect(restored.ok).toBe(true);
    expect(fs.readFileSync(restored.value.damagedKeptAs).equals(damaged)).toBe(true);
    expect(await r.service.call('programme.list', {})).toMatchObject({ ok: true, value: [{ title: '备份里的项目' }] });
    expect(await r.service.call('recovery.status', {})).toEqual({ ok: true, value: { mode: 'normal' } });
    expect(events).toHaveLength(1);
    r.close({ backup: false });
  });

  it('a database from a newer Convene is reported, not restorable over, and left as it is', async () => {
    const dir = tempDir('convene-recovery-');
    dirs.push(dir);
    const rt = openRuntime({ dataDir: dir });
    rt.core.db.pragma('user_version = 999');
    rt.close({ backup: false });
    const before = fs.readFileSync(path.join(dir, 'convene.db'));
    const r = openRecoverable({ dataDir: dir });
    const status = (await r.service.call('recovery.status', {})) as { ok: true; value: RecoveryStatus };
    expect(status.value).toMatchObject({ mode: 'future', found: 999 });
    expect(await r.service.call('recovery.restore', { file: 'x.db' })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(fs.readFileSync(path.join(dir, 'convene.db')).equals(before)).toBe(true);
    r.close();
  });
});

/** The recovery status of a folder, opened the way the app and `convene serve` open it. */
async function statusOf(r: RecoverableRuntime): Promise<RecoveryStatus> {
  return ((await r.service.call('recovery.status', {})) as { ok: true; value: RecoveryStatus }).value;
}

function backedUp(options: Parameters<typeof folderWithBackups>[0] = {}): BackedUpFolder {
  const folder = folderWithBackups(options);
  dirs.push(folder.dir);
  return folder;
}

/** A backup file as a kill or a full disk left it before backups were checked: the backup's name, no content. */
function emptyBackupNamed(folder: BackedUpFolder, stamp: string): string {
  const file = path.join(folder.backupDir, `convene-${stamp}-at-quit.db`);
  fs.writeFileSync(file, '');
  return file;
}

describe('a missing or empty database beside backups', () => {
  it('a 0-byte database opens in recovery mode offering the backups, and restoring brings the data back', async () => {
    const folder = backedUp({ quits: 2 });
    replaceDatabase(folder);
    const r = openRecoverable({ dataDir: folder.dir });
    expect(r.runtime()).toBeNull();
    const status = await statusOf(r);
    expect(status).toMatchObject({ mode: 'empty', file: folder.file });
    if (status.mode === 'normal') return;
    expect(status.backups.map((b) => b.file)).toEqual(folder.backups);
    expect(await r.service.call('programme.list', {})).toMatchObject({ ok: false, error: { code: 'database_empty', params: { state: 'empty', backups: 2 } } });

    const restored = (await r.service.call('recovery.restore', { file: path.basename(folder.backups[0]!) })) as { ok: true; value: { damagedKeptAs: string } };
    expect(restored.ok).toBe(true);
    expect(fs.statSync(restored.value.damagedKeptAs).size).toBe(0);
    expect(await r.service.call('programme.list', {})).toMatchObject({ ok: true, value: [{ title: BACKED_UP_TITLE }] });
    r.close({ backup: false });
  });

  it('a database file without Convene tables is empty too', async () => {
    const folder = backedUp();
    replaceDatabase(folder);
    const blank = new Database(folder.file);
    blank.pragma('journal_mode = WAL');
    blank.close();
    expect(fs.statSync(folder.file).size).toBeGreaterThan(0);
    const r = openRecoverable({ dataDir: folder.dir });
    expect(await statusOf(r)).toMatchObject({ mode: 'empty' });
    r.close();
  });

  it('a missing database opens in recovery mode; starting empty on purpose keeps every backup, and quitting an empty database adds none', async () => {
    const folder = backedUp({ quits: 3 });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(folder.file + suffix, { force: true });
    const backupsBefore = backupFolderNames(folder);
    const r = openRecoverable({ dataDir: folder.dir, now: folder.now });
    expect(await statusOf(r)).toMatchObject({ mode: 'missing', backups: folder.backups.map((file) => expect.objectContaining({ file })) });
    expect(await r.service.call('recovery.startEmpty', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'validation' } });

    const events: unknown[] = [];
    r.service.subscribe((e) => events.push(e));
    expect(await r.service.call('recovery.startEmpty', {})).toEqual({ ok: true, value: { damagedKeptAs: null } });
    expect(events).toHaveLength(1);
    expect(await statusOf(r)).toEqual({ mode: 'normal' });
    expect(await r.service.call('programme.list', {})).toEqual({ ok: true, value: [] });
    expect(await r.service.call('recovery.startEmpty', {})).toMatchObject({ ok: false, error: { code: 'invalid_state', params: { reason: 'not_in_recovery' } } });
    r.close();
    // Nothing a user made, so no at-quit backup over the good ones.
    expect(backupFolderNames(folder)).toEqual(backupsBefore);

    // The next start opens the new database normally; once it holds data, quitting backs it up again.
    const again = openRecoverable({ dataDir: folder.dir, now: folder.now });
    expect(await statusOf(again)).toEqual({ mode: 'normal' });
    ok(again.runtime()!.core.call('programme.create', { title: '新的项目' }));
    again.close();
    expect(listBackups(folder.backupDir)).toHaveLength(4);
  });

  it('start-stop cycles over a 0-byte database never rotate the good backups away', async () => {
    const folder = backedUp({ quits: 3 });
    replaceDatabase(folder);
    const before = backupFolderNames(folder);
    for (let i = 0; i < DEFAULT_KEEP_BACKUPS + 2; i++) {
      const r = openRecoverable({ dataDir: folder.dir, now: folder.now });
      expect(r.runtime()).toBeNull();
      r.close();
    }
    expect(backupFolderNames(folder)).toEqual(before);
    for (const file of folder.backups) expect(checkBackupFile(file)).toEqual([]);
  });

  it('start empty is refused for a damaged database: restoring a backup is its way back', async () => {
    const { dir } = damagedFolder();
    const r = openRecoverable({ dataDir: dir });
    expect(await r.service.call('recovery.startEmpty', {})).toMatchObject({ ok: false, error: { code: 'invalid_state', params: { reason: 'not_empty' } } });
    r.close();
  });
});

describe('only checked backups are offered and counted', () => {
  it('an empty backup left by a killed quit is not listed: "the latest" is the newest good one, and restoring it brings the data back', async () => {
    const folder = backedUp({ quits: 2 });
    emptyBackupNamed(folder, '20990101T000000000Z');
    replaceDatabase(folder, Buffer.alloc(64 * 1024, 0x42));
    const r = openRecoverable({ dataDir: folder.dir });
    const status = await statusOf(r);
    expect(status.mode).toBe('corrupt');
    if (status.mode === 'normal') return;
    expect(status.backups.map((b) => b.file)).toEqual(folder.backups);
    expect(await r.service.call('recovery.restore', { file: path.basename(status.backups[0]!.file) })).toMatchObject({ ok: true });
    expect(await r.service.call('programme.list', {})).toMatchObject({ ok: true, value: [{ title: BACKED_UP_TITLE }] });
    r.close({ backup: false });
  });

  it('rotation keeps the newest ten good backups whatever empty files with backup names lie beside them', () => {
    const folder = backedUp({ quits: DEFAULT_KEEP_BACKUPS });
    const bad = ['20990101T000000000Z', '20990101T000001000Z', '20990101T000002000Z'].map((stamp) => emptyBackupNamed(folder, stamp));
    const rt = openRuntime({ dataDir: folder.dir, now: folder.now });
    rt.close(); // one more at-quit backup
    const kept = listBackups(folder.backupDir).map((b) => b.file);
    expect(kept).toHaveLength(DEFAULT_KEEP_BACKUPS);
    expect(kept.slice(1)).toEqual(folder.backups.slice(0, DEFAULT_KEEP_BACKUPS - 1));
    for (const file of kept) expect(checkBackupFile(file)).toEqual([]);
    // The empty files are left as they were: not counted, not offered, not deleted.
    for (const file of bad) expect(fs.statSync(file).size).toBe(0);
  });

  it('a backup that looks right but is damaged inside is refused at restore, and nothing is moved', async () => {
    const folder = backedUp({ quits: 2 });
    const damaged = Buffer.alloc(64 * 1024, 0x42);
    replaceDatabase(folder, damaged);
    // Keep the header (it passes the cheap listing check), zero the pages after it.
    const latest = folder.backups[0]!;
    const bytes = fs.readFileSync(latest);
    bytes.fill(0, 4096);
    fs.writeFileSync(latest, bytes);
    const r = openRecoverable({ dataDir: folder.dir });
    expect(await r.service.call('recovery.restore', { file: path.basename(latest) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', params: { reason: 'backup_damaged' } },
    });
    expect(fs.readFileSync(folder.file).equals(damaged)).toBe(true);
    expect(await r.service.call('recovery.restore', { file: path.basename(folder.backups[1]!) })).toMatchObject({ ok: true });
    r.close({ backup: false });
  });
});

describe('a file that is not Convene\'s', () => {
  it('is refused in recovery mode, offered no restore, and left byte for byte', async () => {
    const folder = backedUp();
    replaceDatabase(folder);
    fs.rmSync(folder.file);
    const foreign = new Database(folder.file);
    foreign.exec("CREATE TABLE invoice (n INTEGER); INSERT INTO invoice VALUES (42);");
    foreign.pragma('user_version = 3');
    foreign.close();
    const before = fs.readFileSync(folder.file);
    const backupsBefore = backupFolderNames(folder);
    const r = openRecoverable({ dataDir: folder.dir });
    expect(await statusOf(r)).toMatchObject({ mode: 'foreign', detail: expect.stringContaining('application_id 0x00000000') });
    expect(await r.service.call('recovery.restore', { file: path.basename(folder.backups[0]!) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', params: { reason: 'database_kept' } },
    });
    expect(await r.service.call('recovery.startEmpty', {})).toMatchObject({ ok: false, error: { code: 'invalid_state', params: { reason: 'not_empty' } } });
    r.close();
    expect(fs.readFileSync(folder.file).equals(before)).toBe(true);
    expect(fs.readdirSync(folder.dir).sort()).toEqual(['backups', 'convene.db']);
    expect(backupFolderNames(folder)).toEqual(backupsBefore);
  });
});
