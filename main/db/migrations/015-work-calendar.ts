import type { Migration } from './migration.js';

/**
 * The official calendar's days for years Convene does not ship (docs/WORKING-DAYS.md): entered or
 * imported in Settings. A day is a holiday (放假) or a weekend day worked instead (调休上班); every
 * other day follows the weekend rule. Shipped years live in shared/work-calendar, never here. The
 * due-soon threshold is a row of `setting` (dueSoonDays) and needs no schema.
 */
const sql = `
CREATE TABLE work_calendar_day (
  date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500)
) STRICT, WITHOUT ROWID;
`;

export const migration: Migration = {
  version: 15,
  name: 'work-calendar',
  up: (db) => db.exec(sql),
};
