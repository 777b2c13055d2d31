import fs from 'node:fs';
import path from 'node:path';
import { backupInto } from '../../db/backup.js';
import { CliError, optionalString, requireString, type Command } from '../command.js';
import { openExistingReadOnly } from '../database-file.js';
import { dataDirFrom } from '../defaults.js';
import { reasonOf } from '../open-errors.js';

export const backup: Command = {
  summary: 'copy the database into a standalone file (safe while the app is running)',
  usage: `Usage: convene backup --out FILE [--data DIR]

Writes a consistent, compact copy of the database (SQLite VACUUM INTO) under a temporary name
beside FILE, checks it (integrity, Convene's file) and only then renames it to FILE: a full disk, a
failed check or an interruption never leaves a partial FILE. Never overwrites a file.

  --out FILE      where to write the copy; must not exist
  --data DIR      data folder (default: $CONVENE_DATA_DIR, else the desktop app's folder)`,
  options: {
    out: { type: 'string' },
    data: { type: 'string' },
  },
  async run(values, io) {
    const out = path.resolve(requireString(values, 'out'));
    const dataDir = dataDirFrom(optionalString(values, 'data'), io.env);
    if (fs.existsSync(out)) throw new CliError(`${out} already exists: choose another --out (a backup never overwrites a file)`);
    const { db, file } = openExistingReadOnly(dataDir);
    try {
      backupInto(db, out);
    } catch (error) {
      throw new CliError(`backing up ${file} failed: ${reasonOf(error)}`);
    } finally {
      db.close();
    }
    io.out(`Backup written to ${out} (${fs.statSync(out).size} bytes)`);
    return 0;
  },
};
