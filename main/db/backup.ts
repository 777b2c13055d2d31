import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo } from '../../shared/domain.js';

export const DEFAULT_KEEP_BACKUPS = 10;
const BACKUP_PATTERN = /^convene-\d{8}T\d{6}(?:\d{3})?Z-[a-z-]+\.db$/;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

/**
 * Copies the live database into a standalone file with `VACUUM INTO`: consistent (it reads inside a
 * transaction), compact, and synchronous, which keeps quit and pre-migration backups simple.
 */
export function backupInto(db: BetterSqlite3.Database, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file)) throw new Error(`backup target exists: ${file}`);
  db.prepare('VACUUM INTO ?').run(file);
}

/** Takes a backup in `dir` named by time and reason, then keeps only the newest `keep`. */
export function rotateBackup(
  db: BetterSqlite3.Database,
  dir: string,
  reason: 'before-migration' | 'at-quit' | 'manual' | 'before-restore',
  now: Date,
  keep = DEFAULT_KEEP_BACKUPS,
): BackupInfo {
  let file = path.join(dir, `convene-${stamp(now)}-${reason}.db`);
  // Two backups in the same millisecond (tests, a double click) must not collide.
  for (let n = 1; fs.existsSync(file); n++) file = path.join(dir, `convene-${stamp(now)}-${reason}-${'x'.repeat(n)}.db`);
  backupInto(db, file);
  pruneBackups(dir, keep);
  const stat = fs.statSync(file);
  return { file, createdAt: now.toISOString(), bytes: stat.size };
}

export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => BACKUP_PATTERN.test(name))
    .sort()
    .reverse()
    .map((name) => {
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      return { file, createdAt: stat.mtime.toISOString(), bytes: stat.size };
    });
}

function pruneBackups(dir: string, keep: number): void {
  for (const old of listBackups(dir).slice(keep)) fs.rmSync(old.file, { force: true });
}
