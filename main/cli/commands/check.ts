import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { listBackups } from '../../db/backup.js';
import { describeApplicationId, identify } from '../../db/identity.js';
import { LATEST_VERSION } from '../../db/migrations/index.js';
import { dataPaths } from '../../db/paths.js';
import { optionalString, type Command } from '../command.js';
import { openExistingReadOnly } from '../database-file.js';
import { dataDirFrom } from '../defaults.js';

/** What the backups folder offers, said after a problem that a restore answers. */
function backupsHint(backupDir: string): string {
  const count = listBackups(backupDir).length;
  return count === 0 ? 'no backups to restore' : `${count} backup${count === 1 ? '' : 's'} in ${backupDir}: start Convene to restore one`;
}

/** Every problem of an open database, read-only: what the file is, its version, integrity and references. */
function problemsOf(db: BetterSqlite3.Database, file: string, backupDir: string): string[] {
  const identity = identify(db);
  if (identity.kind === 'foreign') {
    return [`not a Convene database (application_id ${describeApplicationId(identity.applicationId)}, user_version ${identity.version}): Convene will not open it`];
  }
  if (identity.kind === 'empty') return [`holds no Convene data (${fs.statSync(file).size} bytes, no tables); ${backupsHint(backupDir)}`];
  const problems: string[] = [];
  if (identity.version < 1) problems.push(`damaged: schema version ${identity.version}; ${backupsHint(backupDir)}`);
  if (identity.version > LATEST_VERSION) {
    problems.push(`written by a newer version of Convene (schema ${identity.version}; this version reads up to ${LATEST_VERSION})`);
  }
  // Every row: a damaged file answers one row per problem, and the first one rarely tells all.
  const integrity = db.prepare('PRAGMA integrity_check').raw().all() as [string][];
  problems.push(...integrity.map((row) => row[0]).filter((message) => message !== 'ok'));
  const dangling = db.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number | null; parent: string }[];
  problems.push(...dangling.map((row) => `${row.table} row ${row.rowid ?? '?'} refers to a missing ${row.parent}`));
  return problems;
}

export const check: Command = {
  summary: 'check the database for damage (integrity and references); prints ok or the problems',
  usage: `Usage: convene check [--data DIR]

Checks, read-only, that the database is Convene's and holds data, then runs SQLite's full
integrity check and a foreign-key check. A missing or empty database beside backups is a problem
too (Convene opens it in recovery mode). Prints "ok" and exits 0, or prints every problem found
and exits 1.

  --data DIR      data folder (default: $CONVENE_DATA_DIR, else the desktop app's folder)`,
  options: {
    data: { type: 'string' },
  },
  async run(values, io) {
    const dataDir = dataDirFrom(optionalString(values, 'data'), io.env);
    const { databaseFile, backupDir } = dataPaths(dataDir);
    const report = (file: string, problems: string[]) => {
      io.out(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
      for (const problem of problems) io.out(`  ${problem}`);
      return 1;
    };
    // A missing database is only a problem where backups say there was one.
    if (!fs.existsSync(databaseFile) && listBackups(backupDir).length > 0) return report(databaseFile, [`missing; ${backupsHint(backupDir)}`]);
    const { db, file } = openExistingReadOnly(dataDir);
    let problems: string[];
    try {
      problems = problemsOf(db, file, backupDir);
    } catch (error) {
      problems = [(error as Error).message];
    } finally {
      db.close();
    }
    if (problems.length > 0) return report(file, problems);
    io.out('ok');
    return 0;
  },
};
