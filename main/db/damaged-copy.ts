import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import Database from 'better-sqlite3';
import { writeChecked, type BackupOptions } from './backup.js';

/**
 * Outside the backup naming (`convene-<time>-<reason>.db`): never listed, offered, counted among the
 * kept backups, or pruned. One file, replaced at each quit.
 */
export const DAMAGED_COPY_NAME = 'damaged-at-quit.db';

/**
 * At quit, when the database check found damage: the usual at-quit backup would rotate a copy of a
 * damaged database in as "the latest backup" and prune the oldest good one, and after ten quits no
 * good backup would be left. So the good backups are left alone and the copy goes here instead,
 * holding what was typed since the last good backup. `VACUUM INTO` copies the damaged index as it
 * is, so the copy is then REINDEXed (every index rebuilt from its table's rows): when only indexes
 * were damaged, as bit flips in an index page leave them, the copy passes the full check and is a
 * repaired database. When the tables themselves are damaged, the copy is kept unrepaired, for
 * whoever rescues it by hand. Returns the file, or null when even that copy could not be made
 * (nothing is left behind then).
 */
export function keepDamagedCopy(
  db: BetterSqlite3.Database,
  backupDir: string,
  log: (message: string, error: unknown) => void,
  options: BackupOptions = {},
): string | null {
  const file = path.join(backupDir, DAMAGED_COPY_NAME);
  const partial = `${file}.partial`;
  const open = (at: string) => new Database(at, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    fs.rmSync(partial, { force: true });
    try {
      writeChecked(partial, (temp) => {
        db.prepare('VACUUM INTO ?').run(temp);
        const copy = open(temp);
        try {
          copy.exec('REINDEX');
        } finally {
          copy.close();
        }
      }, options);
    } catch (error) {
      log('the copy of the damaged database could not be repaired; it is kept as it is', error);
      fs.rmSync(partial, { force: true });
      db.prepare('VACUUM INTO ?').run(partial);
    }
    fs.renameSync(partial, file);
    return file;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    log('copying the damaged database at quit failed', error);
    return null;
  }
}
