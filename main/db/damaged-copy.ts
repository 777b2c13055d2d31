import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { backupInto } from './backup.js';

/**
 * Outside the backup naming (`convene-<time>-<reason>.db`): never listed, offered, counted among the
 * kept backups, or pruned. One file, replaced at each quit.
 */
export const DAMAGED_COPY_NAME = 'damaged-at-quit.db';

/**
 * At quit, when the database check found damage: the usual at-quit backup would rotate a copy of a
 * damaged database in as "the latest backup" and prune the oldest good one, and after ten quits no
 * good backup would be left. So the good backups are left alone and the copy goes here instead. It
 * is still worth taking: VACUUM INTO reads every table row that can be read and builds the indexes
 * afresh, so it holds what was typed since the last good backup, for whoever rescues it by hand.
 * Returns the file, or null when even that copy could not be made (nothing is left behind then).
 */
export function keepDamagedCopy(db: BetterSqlite3.Database, backupDir: string, log: (message: string, error: unknown) => void): string | null {
  const file = path.join(backupDir, DAMAGED_COPY_NAME);
  const partial = `${file}.partial`;
  try {
    fs.rmSync(partial, { force: true });
    backupInto(db, partial);
    fs.renameSync(partial, file);
    return file;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    log('copying the damaged database at quit failed', error);
    return null;
  }
}
