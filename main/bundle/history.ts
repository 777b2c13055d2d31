import type BetterSqlite3 from 'better-sqlite3';
import type { Tally } from './insert.js';
import type { Row } from '../core/tables.js';

/**
 * An action's history has local integer ids, not stable ones, so an entry is "already here" when the
 * same change (action, time, field, old and new value) is. A new entry keeps its id when that id is
 * free here (a copy to an empty laptop reads back identical), else takes the next one.
 */
export function writeActionHistory(db: BetterSqlite3.Database, rows: readonly Row[]): Tally {
  const same = db
    .prepare('SELECT 1 FROM action_history WHERE action_id = @action_id AND at = @at AND field = @field AND old_value IS @old_value AND new_value IS @new_value')
    .pluck();
  const taken = db.prepare('SELECT 1 FROM action_history WHERE id = ?').pluck();
  const insert = db.prepare(
    'INSERT INTO action_history (id, action_id, at, field, old_value, new_value) VALUES (@id, @action_id, @at, @field, @old_value, @new_value)',
  );
  const tally: Tally = { written: 0, skipped: 0 };
  for (const row of rows) {
    if (same.get(row) !== undefined) {
      tally.skipped += 1;
      continue;
    }
    insert.run({ ...row, id: taken.get(row.id) === undefined ? row.id : null });
    tally.written += 1;
  }
  return tally;
}
