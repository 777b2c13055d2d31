import type { Migration } from './migration.js';

/**
 * Each programme keeps the time zone its meetings happen in (an IANA name). Minutes read the actual
 * times of agenda items and the date of an export in it, not in the zone of the machine that
 * exports: a laptop set to UTC, or an export made before 08:00 in Shanghai, gives the room's clock.
 * Stored minutes need no rewriting: older documents are read tolerantly (shared/minutes.ts,
 * upgradeMinutesDocument), which also covers older bundles and editors' local backups.
 */
const sql = `
ALTER TABLE programme ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai' CHECK (length(time_zone) BETWEEN 1 AND 64);
`;

export const migration: Migration = {
  version: 12,
  name: 'programme-time-zone',
  up: (db) => db.exec(sql),
};
