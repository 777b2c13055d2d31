import { z } from 'zod';
import type { BackupInfo } from '../domain.js';
import { channel } from './define.js';

/**
 * When the database cannot be opened (damaged, or written by a newer Convene) the app still starts,
 * in recovery mode: the UI explains what happened and offers the latest backups. Restoring keeps the
 * damaged file beside it (renamed), so nothing is ever thrown away.
 */
export type RecoveryStatus =
  | { mode: 'normal' }
  | { mode: 'corrupt' | 'future'; detail: string; found: number | null; supported: number | null; backups: BackupInfo[] };

export const recoveryChannels = {
  'recovery.status': channel<RecoveryStatus>()(z.strictObject({})),
  /** `file` is a backup's file name as listed by recovery.status (a name, never a path). */
  'recovery.restore': channel<{ restoredFrom: string; damagedKeptAs: string }>()(
    z.strictObject({ file: z.string().min(1).max(200).regex(/^[A-Za-z0-9._-]+\.db$/) }),
  ),
} as const;
