import path from 'node:path';
import { AppError } from '../../shared/contract/result.js';

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
