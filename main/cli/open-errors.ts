import path from 'node:path';
import { AppError } from '../../shared/contract/result.js';

/** A full disk in words, whichever layer noticed it (the CLI speaks English, as its other messages). */
export const DISK_FULL = 'the disk is full (no space left on the device): free some space and try again';

const DISK_FULL_CODES: ReadonlySet<unknown> = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

/** Node's ENOSPC and EDQUOT, SQLite's SQLITE_FULL, the core's storage_full, also as a cause. */
export function isDiskFull(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (DISK_FULL_CODES.has((e as { code?: unknown }).code)) return true;
    if (e instanceof AppError && e.code === 'storage_full') return true;
  }
  return false;
}

/** A failure's own words, or the disk-full sentence when that is what it is. */
export function reasonOf(error: unknown): string {
  return isDiskFull(error) ? DISK_FULL : ((error as Error)?.message ?? String(error));
}

/**
 * Plain English for failures that are not the command's own CliError: a full disk, a file too large
 * to read, the refusals of openDatabase. Null when there is nothing better than "unexpected error".
 */
export function describeFailure(error: unknown): string | null {
  if (isDiskFull(error)) return `${DISK_FULL}. Nothing was changed by this command.`;
  const code = (error as { code?: unknown })?.code;
  if (code === 'ERR_STRING_TOO_LONG' || code === 'ERR_FS_FILE_TOO_LARGE') return 'a file is too large to be read whole: it cannot be what this command expects';
  return describeOpenError(error);
}

/** Plain English for the refusals of openDatabase, which the CLI cannot leave as an error code. */
export function describeOpenError(error: unknown): string | null {
  if (!(error instanceof AppError)) return null;
  const p = error.params ?? {};
  // Backups live beside the database (see main/db/paths.ts).
  const backupDir = typeof p.file === 'string' ? path.join(path.dirname(p.file), 'backups') : 'the backups folder';
  if (error.code === 'database_future') {
    return (
      `The database ${p.file ?? ''} was written by a newer version of Convene (schema ${p.found ?? '?'}; ` +
      `this version reads up to ${p.supported ?? '?'}). Update Convene to open it; it was not changed.`
    );
  }
  if (error.code === 'database_corrupt') {
    return (
      `The database ${p.file ?? ''} is damaged and was not opened (${p.detail ?? 'unreadable'}). ` +
      `Restore a backup from ${backupDir}.`
    );
  }
  if (error.code === 'database_foreign') {
    return `${p.file ?? 'The database'} is not a Convene database (${p.detail ?? 'another application id'}). It was not opened or changed.`;
  }
  if (error.code === 'database_empty') {
    const what = p.state === 'missing' ? 'is missing' : 'is empty';
    const count = typeof p.backups === 'number' ? `${p.backups} backup${p.backups === 1 ? '' : 's'}` : 'backups';
    return (
      `The database ${p.file ?? ''} ${what}, but ${backupDir} holds ${count}. ` +
      `Start Convene (the app, or \`convene serve\`) to restore one or to start empty on purpose.`
    );
  }
  return null;
}
