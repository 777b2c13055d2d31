import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/contract/result.js';
import { rotateBackup } from './backup.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index.js';

export interface OpenOptions {
  /** The database file; created when missing. */
  file: string;
  /** Where pre-migration backups go. */
  backupDir: string;
  /** better-sqlite3's `nativeBinding`: the Electron build of the addon when running inside Electron. */
  nativeBinding?: string;
  /** For tests of the migration machinery. */
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface OpenedDatabase {
  db: BetterSqlite3.Database;
  file: string;
  /** user_version before this open migrated it (0 for a new file). */
  versionAtOpen: number;
  /** The backup taken before migrating, when there was one. */
  migrationBackup: string | null;
}

function driverOptions(options: OpenOptions, readonly: boolean): BetterSqlite3.Options {
  const opts: BetterSqlite3.Options = { readonly, fileMustExist: readonly };
  if (options.nativeBinding) opts.nativeBinding = options.nativeBinding;
  return opts;
}

/**
 * Reads every row `quick_check` returns: a healthy database answers one row, 'ok'; a damaged one
 * answers one row per problem, and stopping at the first row would hide the rest.
 */
export function quickCheck(db: BetterSqlite3.Database): string[] {
  const rows = db.prepare('PRAGMA quick_check').raw().all() as [string][];
  const problems = rows.map((row) => row[0]).filter((message) => message !== 'ok');
  return problems;
}

/**
 * Looks at an existing file without writing to it: refuses a database from a newer Convene and a
 * damaged one before the read-write open could touch a byte.
 */
function inspectExisting(options: OpenOptions, latest: number): number {
  let probe: BetterSqlite3.Database;
  try {
    probe = new Database(options.file, driverOptions(options, true));
  } catch (error) {
    throw new AppError('database_corrupt', { file: options.file, detail: String((error as Error).message) });
  }
  try {
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > latest) {
      throw new AppError('database_future', { file: options.file, found: version, supported: latest });
    }
    const problems = quickCheck(probe);
    if (problems.length > 0) {
      throw new AppError('database_corrupt', { file: options.file, detail: problems.slice(0, 5).join('; ') });
    }
    return version;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('database_corrupt', { file: options.file, detail: String((error as Error).message) });
  } finally {
    probe.close();
  }
}

function applyPragmas(db: BetterSqlite3.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL, not NORMAL: in WAL mode NORMAL can lose the last commits on a power cut, and a secretary's
  // notes are words said once. FULL fsyncs the WAL at every commit; a note is one small commit, so
  // the cost is one fsync per keystroke-Enter, which the bench measures.
  db.pragma('synchronous = FULL');
  // Checkpoints (copying the WAL back into the file) run when the app is idle (main/core/idle-work.ts),
  // not inside whichever save happens to cross SQLite's default 1,000 pages: that one save took
  // several milliseconds longer, about one save in 150. 10,000 pages (40 MB) is the backstop for
  // long bursts with no idle moment.
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('foreign_keys = ON');
  // Another process (the CLI's backup while the app runs) may hold the lock briefly; wait, don't fail.
  db.pragma('busy_timeout = 5000');
}

function migrate(db: BetterSqlite3.Database, from: number, migrations: readonly Migration[]): void {
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return;
  // One transaction for all pending steps: a crash or a failing step leaves the old version intact.
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}

export function openDatabase(options: OpenOptions): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = options.migrations ? (migrations.at(-1)?.version ?? 0) : LATEST_VERSION;
  const now = options.now ?? (() => new Date());
  fs.mkdirSync(path.dirname(options.file), { recursive: true });

  const exists = fs.existsSync(options.file) && fs.statSync(options.file).size > 0;
  const versionAtOpen = exists ? inspectExisting(options, latest) : 0;

  const db = new Database(options.file, driverOptions(options, false));
  try {
    applyPragmas(db);
    let migrationBackup: string | null = null;
    if (exists && versionAtOpen < latest) {
      migrationBackup = rotateBackup(db, options.backupDir, 'before-migration', now()).file;
    }
    migrate(db, versionAtOpen, migrations);
    return { db, file: options.file, versionAtOpen, migrationBackup };
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
