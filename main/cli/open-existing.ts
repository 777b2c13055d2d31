import fs from 'node:fs';
import { openRuntime, type Runtime } from '../service/runtime.js';
import { listBackups } from '../db/backup.js';
import { dataPaths } from '../db/paths.js';
import { CliError } from './command.js';

/**
 * The runtime over a data folder that already holds a database. Commands that only read (list,
 * export) must not leave an empty database behind in a folder that was mistyped.
 */
export function openExistingRuntime(dataDir: string): Runtime {
  const { databaseFile, backupDir } = dataPaths(dataDir);
  // Missing beside backups, openRuntime refuses with database_empty, which says where the backups are.
  if (!fs.existsSync(databaseFile) && listBackups(backupDir).length === 0) throw new CliError(`no Convene database in ${dataDir} (looked for ${databaseFile})`);
  return openRuntime({ dataDir });
}
