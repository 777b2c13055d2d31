import { z } from 'zod';
import type { BackupInfo } from '../domain.js';
import { channel } from './define.js';

/**
 * When the database cannot be opened the app still starts, in recovery mode: the UI explains what
 * happened and offers the latest backups. Restoring keeps the damaged file beside it (renamed), so
 * nothing is ever thrown away.
 * - corrupt: damaged; restore a backup.
 * - future: written by a newer Convene; left untouched.
 * - foreign: a SQLite file that is not Convene's; left untouched.
 * - missing / empty: no database, or one with no data, while backups exist; restore one, or start
 *   empty deliberately (the backups stay).
 * - damaged: opened and in use, but the full integrity check run after opening found damage (an
 *   index missing a row after bit flips): the app keeps working and offers the backups.
 */
export type RecoveryMode = 'corrupt' | 'future' | 'foreign' | 'missing' | 'empty' | 'damaged';

export type RecoveryStatus =
  | { mode: 'normal' }
  | { mode: RecoveryMode; file: string; detail: string; found: number | null; supported: number | null; backups: BackupInfo[] };

/**
 * What the full `PRAGMA integrity_check` run in idle time after opening found. quick_check at open
 * skips what costs most (index contents against their tables), so it misses damaged indexes.
 * pending: not finished yet (or could not run; it is tried again at quit).
 */
export interface DbHealth {
  state: 'pending' | 'ok' | 'damaged';
  /** The first problems integrity_check named (at most 20), in SQLite's words. */
  problems: string[];
  checkedAt: string | null;
}

export const recoveryChannels = {
  /** The answer of the database check; a `health` ChangeEvent says when it changes. */
  'db.health': channel<DbHealth>()(z.strictObject({})),
  'recovery.status': channel<RecoveryStatus>()(z.strictObject({})),
  /**
   * `file` is a backup's file name as listed by recovery.status (a name, never a path).
   * `damagedKeptAs` is where the file it replaced was kept (null when there was none).
   */
  'recovery.restore': channel<{ restoredFrom: string; damagedKeptAs: string | null }>()(
    z.strictObject({ file: z.string().min(1).max(200).regex(/^[A-Za-z0-9._-]+\.db$/) }),
  ),
  /** In modes missing and empty only: start with a new, empty database; every backup stays. */
  'recovery.startEmpty': channel<{ damagedKeptAs: string | null }>()(z.strictObject({})),
} as const;
