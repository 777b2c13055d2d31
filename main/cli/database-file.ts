import fs from 'node:fs';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { dataPaths } from '../db/paths.js';
import { CliError } from './command.js';

/**
 * Opens an existing data folder's database read-only. Backup and check must neither create a
 * database where there was none nor migrate one (that is a write, and the app's job).
 */
export function openExistingReadOnly(dataDir: string): { db: BetterSqlite3.Database; file: string } {
  const { databaseFile } = dataPaths(dataDir);
  if (!fs.existsSync(databaseFile)) throw new CliError(`no Convene database in ${dataDir} (looked for ${databaseFile})`);
  try {
    return { db: new Database(databaseFile, { readonly: true, fileMustExist: true }), file: databaseFile };
  } catch (error) {
    throw new CliError(`cannot open ${databaseFile}: ${(error as Error).message}`);
  }
}
