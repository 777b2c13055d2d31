import type { Messages } from '../shape.js';
import type { recovery as zh } from '../zh-CN/recovery.js';

export const recovery: Messages<typeof zh> = {
  title: 'The database cannot be opened',
  titleMissing: 'The database file is missing',
  titleEmpty: 'The database file is empty',
  corrupt:
    'The data file is damaged, so Convene did not open it, to avoid further loss. You can restore the latest backup; the damaged file is renamed and kept in the data folder, never deleted.',
  future:
    'This database was written by a newer Convene (version {{found}}; this one supports up to {{supported}}). To protect it, this version will not open or change it. Update Convene to open it.',
  foreign:
    'This file in the data folder is not a Convene database; it may belong to another program. To protect it, Convene neither opened nor changed it. Move it out of the data folder, or choose another data folder.',
  missing:
    'The data folder has no database file, but it holds earlier backups. Convene did not create an empty database, so that work does not go on over empty data while the good backups are replaced one by one. Restore the latest backup, or choose to start with an empty database; either way every backup is kept.',
  empty:
    'The database file is empty; it may have been cut off when the disk was full or the program was killed. Convene did not open it, so that work does not go on over empty data while the good backups are replaced one by one. Restore the latest backup, or choose to start with an empty database; either way every backup is kept, and the empty file is kept under another name.',
  file: 'Database file: {{file}}',
  detail: 'Technical detail: {{detail}}',
  backups: 'Backups you can restore',
  noBackups: 'No backups were found. Ask for technical help, or import a session bundle from another computer.',
  restoreLatest: 'Restore the latest backup',
  restoreThis: 'Restore this backup',
  restoring: 'Restoring…',
  restored: 'The backup was restored. The damaged file was kept as: {{file}}',
  restoredOnly: 'The backup was restored.',
  startEmptyTitle: 'Or: start with an empty database',
  startEmptyHint: 'Restore nothing and create a new, empty database. The backups stay in the backups folder, to restore at any time later.',
  startEmpty: 'Start with an empty database',
  startingEmpty: 'Creating…',
  startedEmpty: 'A new, empty database was created; every backup was kept.',
  created: 'Taken',
  size: 'Size',
  damagedTitle: 'The database check found damage',
  damaged:
    'The full check run after opening found damage in the data file (for example, an index missing a row). Convene keeps working, but some lookups may go wrong and further writes may make the damage worse. Restoring the latest backup is advised: changes made after it are not in it; the current file is renamed and kept in the data folder, never deleted.',
  backToApp: 'Not now, back to Convene',
  nothingToRecover: 'The database check found no problem: there is nothing to recover.',
  banner: 'The database check found damage: some data may be wrong. You can restore a backup; the current file is kept.',
  bannerAction: 'See recovery options',
};
