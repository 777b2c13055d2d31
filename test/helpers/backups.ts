import fs from 'node:fs';
import path from 'node:path';
import { openRuntime } from '../../main/service/runtime.js';
import { listBackups } from '../../main/db/backup.js';
import { ok, tempDir } from './runtime.js';

export const BACKED_UP_TITLE = '备份里的项目';

export interface BackedUpFolder {
  dir: string;
  file: string;
  backupDir: string;
  /** The good backups, newest first (as listBackups answers). */
  backups: string[];
  /** A clock one minute further at every call: backup names sort in the order they were taken. */
  now: () => Date;
}

/**
 * A data folder holding a programme and `quits` good at-quit backups of it, taken by real
 * open-close cycles. `fillerMegabytes` pads the database (settings rows) so that a backup takes
 * long enough to be interrupted.
 */
export function folderWithBackups(options: { quits?: number; fillerMegabytes?: number; prefix?: string } = {}): BackedUpFolder {
  const dir = tempDir(options.prefix ?? 'convene-backups-');
  let minute = 0;
  const now = () => new Date(Date.UTC(2027, 0, 1, 8, minute++));
  const rt = openRuntime({ dataDir: dir, now });
  ok(rt.core.call('programme.create', { title: BACKED_UP_TITLE }));
  const megabytes = options.fillerMegabytes ?? 0;
  if (megabytes > 0) {
    // 1,000 rows of about 1 KB per megabyte: 340 characters of three bytes each in UTF-8.
    const insert = rt.core.db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)');
    const value = JSON.stringify('填'.repeat(340));
    rt.core.db.transaction(() => {
      for (let i = 0; i < megabytes * 1000; i++) insert.run(`filler-${i}`, value);
    })();
  }
  rt.close({ backup: true });
  for (let i = 1; i < (options.quits ?? 1); i++) openRuntime({ dataDir: dir, now }).close({ backup: true });
  const backupDir = path.join(dir, 'backups');
  return { dir, file: path.join(dir, 'convene.db'), backupDir, backups: listBackups(backupDir).map((b) => b.file), now };
}

/** Replaces the database with `content` (0 bytes by default), its WAL and shared-memory files gone. */
export function replaceDatabase(folder: Pick<BackedUpFolder, 'file'>, content: Buffer | string = ''): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(folder.file + suffix, { force: true });
  fs.writeFileSync(folder.file, content);
}

/** What the backups folder holds, by name: proof that nothing was added, removed or left behind. */
export function backupFolderNames(folder: Pick<BackedUpFolder, 'backupDir'>): string[] {
  return fs.existsSync(folder.backupDir) ? fs.readdirSync(folder.backupDir).sort() : [];
}
