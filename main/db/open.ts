import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/contract/result.js';
import { DEFAULT_KEEP_BACKUPS, listBackups, removeStalePartials, rotateBackup } from './backup.js';
import { CONVENE_APPLICATION_ID, describeApplicationId, identify, type FileIdentity } from './identity.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index.js';

export interface OpenOptions {
  /** The database file; created when missing. */
  file: string;
  /** Where pre-migration backups go. */
  backupDir: string;
  /** better-sqlite3's `nativeBinding`: the Electron build of the addon when running inside Electron. */
  nativeBinding?: string;
  /**
   * Open even though the file is missing or empty while backups exist: the user chose, on the
   * recovery screen, to start with an empty database.
   */
  allowEmpty?: boolean;
  /** For tests of the migration machinery. */
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface OpenedDatabase {
  db: BetterSqlite3.Database;
  file: string;
  /** user_version before this open migrated it (0 for a new or empty file). */
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
 * Looks at an existing file without writing to it: refuses a file that is not Convene's, a database
 * from a newer Convene and a damaged one before the read-write open could touch a byte. Answers
 * what the file is: empty (no tables: new, truncated to 0 bytes, or blanked) or Convene's.
 */
function inspectExisting(options: OpenOptions, latest: number): Exclude<FileIdentity, { kind: 'foreign' }> {
  let probe: BetterSqlite3.Database;
  try {
    probe = new Database(options.file, driverOptions(options, true));
  } catch (error) {
    throw new AppError('database_corrupt', { file: options.file, detail: String((error as Error).message) });
  }
  try {
    const identity = identify(probe);
    if (identity.kind === 'foreign') {
      // Someone else's SQLite file (or a Convene file whose header was overwritten): never migrated into.
      const detail = `application_id ${describeApplicationId(identity.applicationId)}, user_version ${identity.version}`;
      throw new AppError('database_foreign', { file: options.file, detail });
    }
    if (identity.kind === 'empty') return identity;
    // A Convene file below version 1 was damaged (migrations set 1 and up in the transaction that creates the tables).
    if (identity.version < 1) throw new AppError('database_corrupt', { file: options.file, detail: `user_version ${identity.version}` });
    if (identity.version > latest) {
      throw new AppError('database_future', { file: options.file, found: identity.version, supported: latest });
    }
    const problems = quickCheck(probe);
    if (problems.length > 0) {
      throw new AppError('database_corrupt', { file: options.file, detail: problems.slice(0, 5).join('; ') });
    }
    return identity;
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

/**
 * Refuses a migration list that is not exactly versions 1..N in order: a gap, a repeat or a swap
 * (two branches both adding "their" 012) would skip or re-run a step on someone's data. Checked at
 * every open, before the file is touched; a programming error, so a plain Error, never a user's.
 */
export function checkMigrations(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${index + 1} of the list is ${migration.version}-${migration.name}: versions must be 1..N, in order, without gaps`);
    }
  });
}

function migrate(db: BetterSqlite3.Database, from: number, migrations: readonly Migration[]): void {
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return;
  // One transaction for all pending steps: a crash or a failing step leaves the old version intact.
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}

export function openDatabase(options: OpenOptions): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  checkMigrations(migrations);
  const latest = options.migrations ? (migrations.at(-1)?.version ?? 0) : LATEST_VERSION;
  const now = options.now ?? (() => new Date());
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  // Copies a killed process left half-written (a backup, a restore) are never anything to keep.
  removeStalePartials(options.backupDir);
  removeStalePartials(path.dirname(options.file));

  const identity = fs.existsSync(options.file) ? inspectExisting(options, latest) : null;
  const existing = identity?.kind === 'convene' ? identity : null;
  if (!existing && !options.allowEmpty) {
    // No data but backups beside it: the file was lost or truncated (a full disk, a crash, a sync
    // tool), not a first start. Starting empty would hide the data and, quit after quit, rotate the
    // good backups away; recovery mode offers them instead.
    const backups = listBackups(options.backupDir).length;
    if (backups > 0) throw new AppError('database_empty', { file: options.file, state: identity ? 'empty' : 'missing', backups });
  }
  const versionAtOpen = existing?.version ?? 0;

  const db = new Database(options.file, driverOptions(options, false));
  try {
    applyPragmas(db);
    // New files, and Convene files from before the id was set, are marked as Convene's.
    if (!existing?.stamped) db.pragma(`application_id = ${CONVENE_APPLICATION_ID}`);
    let migrationBackup: string | null = null;
    if (existing && versionAtOpen < latest) {
      const backupOptions = { maxVersion: latest, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) };
      migrationBackup = rotateBackup(db, options.backupDir, 'before-migration', now(), DEFAULT_KEEP_BACKUPS, backupOptions).file;
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
