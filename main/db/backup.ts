import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo } from '../../shared/domain.js';
import { identify, looksLikeConveneFile } from './identity.js';
import { LATEST_VERSION } from './migrations/index.js';
import { processRuns } from './process-alive.js';

export const DEFAULT_KEEP_BACKUPS = 10;
const BACKUP_PATTERN = /^convene-\d{8}T\d{6}(?:\d{3})?Z-[a-z-]+\.db$/;
/** Files being written: `<final name>.partial-<pid>` and SQLite's journal beside it. BACKUP_PATTERN never matches them. */
const PARTIAL_PATTERN = /\.partial-(\d+)(?:-journal|-wal|-shm)?$/;

export interface BackupOptions {
  /** better-sqlite3's `nativeBinding` (inside Electron), to open the copy for its check. */
  nativeBinding?: string;
  /** The highest schema version a copy may have: the one this open migrates to. */
  maxVersion?: number;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

/** Where `file` is written before it is checked and renamed; the pid tells a live writer's file from a killed one's. */
export function partialName(file: string, pid = process.pid): string {
  return `${file}.partial-${pid}`;
}

/**
 * Reads a copy the way a restore would and returns its problems ([] when it is sound): it opens
 * read-only, it is Convene's (application_id, or a legacy Convene file), its schema version is one
 * this Convene reads, and `integrity_check` answers ok (every row of the answer read).
 */
export function checkBackupFile(file: string, options: BackupOptions = {}): string[] {
  const maxVersion = options.maxVersion ?? LATEST_VERSION;
  let db: BetterSqlite3.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (error) {
    return [`cannot open: ${(error as Error).message}`];
  }
  try {
    const identity = identify(db);
    if (identity.kind !== 'convene') return [identity.kind === 'empty' ? 'holds no Convene data' : 'not a Convene database'];
    if (identity.version < 1 || identity.version > maxVersion) return [`schema version ${identity.version} is outside 1..${maxVersion}`];
    const rows = db.prepare('PRAGMA integrity_check').raw().all() as [string][];
    return rows.map((row) => row[0]).filter((message) => message !== 'ok');
  } catch (error) {
    return [(error as Error).message];
  } finally {
    db.close();
  }
}

/** fsync: the copy's pages are on disk before its name says it is a backup. */
function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** fsync of the folder, so the rename itself survives a power cut; skipped where the OS cannot open a folder (Windows). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort: not every platform can fsync a directory.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function removePartial(temp: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(temp + suffix, { force: true });
}

/**
 * Puts a file at `final` only once it is whole and checked: `write` fills a temporary name in the
 * same folder, the copy is fsynced and checked, then renamed (atomic within a folder). On any
 * failure the temporary file is removed and `final` never exists, so a full disk or a failed check
 * leaves nothing behind, and a kill leaves only a `.partial-<pid>` file, which no listing shows and
 * the next start removes (removeStalePartials).
 */
export function writeChecked(final: string, write: (temp: string) => void, options: BackupOptions = {}): void {
  fs.mkdirSync(path.dirname(final), { recursive: true });
  if (fs.existsSync(final)) throw new Error(`backup target exists: ${final}`);
  const temp = partialName(final);
  try {
    write(temp);
    syncFile(temp);
    const problems = checkBackupFile(temp, options);
    if (problems.length > 0) throw new Error(`the copy failed its check: ${problems.slice(0, 3).join('; ')}`);
    if (fs.existsSync(final)) throw new Error(`backup target exists: ${final}`);
    fs.renameSync(temp, final);
  } catch (error) {
    removePartial(temp);
    throw error;
  }
  syncFolder(path.dirname(final));
}

/**
 * Copies the live database into a standalone file with `VACUUM INTO` (consistent: it reads inside
 * a transaction; compact; synchronous), through writeChecked: the file appears only once checked.
 */
export function backupInto(db: BetterSqlite3.Database, file: string, options: BackupOptions = {}): void {
  writeChecked(file, (temp) => db.prepare('VACUUM INTO ?').run(temp), options);
}

/**
 * Removes `.partial-<pid>` files left in `dir` by a process that was killed while writing them
 * (its pid no longer runs). A live process's file is left alone: it may be writing it now.
 */
export function removeStalePartials(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const match = PARTIAL_PATTERN.exec(name);
    if (!match || processRuns(Number(match[1]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

export type BackupReason = 'before-migration' | 'at-quit' | 'manual' | 'before-restore';

/** Takes a checked backup in `dir` named by time and reason, then keeps only the newest `keep` checked ones. */
export function rotateBackup(
  db: BetterSqlite3.Database,
  dir: string,
  reason: BackupReason,
  now: Date,
  keep = DEFAULT_KEEP_BACKUPS,
  options: BackupOptions = {},
): BackupInfo {
  let file = path.join(dir, `convene-${stamp(now)}-${reason}.db`);
  // Two backups in the same millisecond (tests, a double click) must not collide.
  for (let n = 1; fs.existsSync(file); n++) file = path.join(dir, `convene-${stamp(now)}-${reason}-${'x'.repeat(n)}.db`);
  backupInto(db, file, options);
  pruneBackups(dir, keep);
  const stat = fs.statSync(file);
  return { file, createdAt: now.toISOString(), bytes: stat.size };
}

/**
 * The backups in `dir`, newest first: only files with a backup's name that pass the cheap check
 * (looksLikeConveneFile). An empty or cut-off file, as a kill or a full disk left them before
 * backups were checked, is neither offered nor counted.
 */
export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => BACKUP_PATTERN.test(name))
    .sort()
    .reverse()
    .map((name) => path.join(dir, name))
    .filter(looksLikeConveneFile)
    .map((file) => {
      const stat = fs.statSync(file);
      return { file, createdAt: stat.mtime.toISOString(), bytes: stat.size };
    });
}

/** Only checked backups count: a bad file never pushes a good backup out of the kept ones. */
function pruneBackups(dir: string, keep: number): void {
  for (const old of listBackups(dir).slice(keep)) fs.rmSync(old.file, { force: true });
}
