import { LATEST_VERSION } from '../../db/migrations/index.js';
import { optionalString, type Command } from '../command.js';
import { openExistingReadOnly } from '../database-file.js';
import { dataDirFrom } from '../defaults.js';

export const check: Command = {
  summary: 'check the database for damage (integrity and references); prints ok or the problems',
  usage: `Usage: convene check [--data DIR]

Runs SQLite's full integrity check and a foreign-key check on the database, read-only.
Prints "ok" and exits 0, or prints every problem found and exits 1.

  --data DIR      data folder (default: $CONVENE_DATA_DIR, else the desktop app's folder)`,
  options: {
    data: { type: 'string' },
  },
  async run(values, io) {
    const { db, file } = openExistingReadOnly(dataDirFrom(optionalString(values, 'data'), io.env));
    const problems: string[] = [];
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > LATEST_VERSION) {
        problems.push(`written by a newer version of Convene (schema ${version}; this version reads up to ${LATEST_VERSION})`);
      }
      // Every row: a damaged file answers one row per problem, and the first one rarely tells all.
      const integrity = db.prepare('PRAGMA integrity_check').raw().all() as [string][];
      problems.push(...integrity.map((row) => row[0]).filter((message) => message !== 'ok'));
      const dangling = db.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number | null; parent: string }[];
      problems.push(...dangling.map((row) => `${row.table} row ${row.rowid ?? '?'} refers to a missing ${row.parent}`));
    } catch (error) {
      problems.push((error as Error).message);
    } finally {
      db.close();
    }
    if (problems.length === 0) {
      io.out('ok');
      return 0;
    }
    io.out(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const problem of problems) io.out(`  ${problem}`);
    return 1;
  },
};
