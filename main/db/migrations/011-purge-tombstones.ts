import type { Migration } from './migration.js';

/**
 * A unit or person purged from the trash while tasks, notes, sessions or people still refer to it
 * stays as a tombstone (`purged_at`): out of the directory and the trash for good, but every row
 * that showed its name keeps showing it. See main/core/purge.ts for why a tombstone rather than a
 * copy of the name on each referring row.
 */
const sql = `
ALTER TABLE unit ADD COLUMN purged_at TEXT;
ALTER TABLE person ADD COLUMN purged_at TEXT;
`;

export const migration: Migration = {
  version: 11,
  name: 'purge-tombstones',
  up: (db) => db.exec(sql),
};
